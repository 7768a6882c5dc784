/** The part of citation-js (no types of its own) the export tests use: parse input to CSL-JSON items. */
declare module 'citation-js' {
  interface Cite {
    data: Array<Record<string, unknown>>;
    format(style: 'bibliography', options: { format: 'text' | 'html'; template: string }): string;
  }
  const Cite: {
    new (input: string | object): Cite;
    async(input: string | object, options?: { forceType?: string }): Promise<Cite>;
  };
  export default Cite;
}
