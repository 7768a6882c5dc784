import Ajv2020 from 'ajv/dist/2020';
import schema from '../../../schema/clips.v1.schema.json';
import { isIsoDateTime } from '../../../src/core/export/clip-schema';

/**
 * A validator for schema/clips.v1.schema.json. Formats are asserted, not just annotated,
 * with the same meaning DocClip gives them.
 */
export function createClipsSchemaValidator() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  ajv.addFormat('date-time', isIsoDateTime);
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  return ajv.compile(schema);
}
