import Cite from 'citation-js';

/**
 * `input` read by citation-js (its RIS and CSL-JSON plugins, offline) into CSL-JSON items,
 * without citation-js's bookkeeping (`_graph`) and its invented `temp_id_…` ids.
 */
export async function parseCitations(input: string, forceType: '@ris/file' | '@csl/list+object'): Promise<Record<string, unknown>[]> {
  const cite = await Cite.async(forceType === '@ris/file' ? input : JSON.parse(input), { forceType });
  return cite.data.map(({ _graph, ...item }) => {
    void _graph;
    return typeof item.id === 'string' && item.id.startsWith('temp_id_') ? { ...item, id: undefined } : item;
  });
}
