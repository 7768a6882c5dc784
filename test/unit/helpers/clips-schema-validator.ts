import Ajv2020 from 'ajv/dist/2020';
import schemaV1 from '../../../schema/clips.v1.schema.json';
import schemaV2 from '../../../schema/clips.v2.schema.json';
import schemaV3 from '../../../schema/clips.v3.schema.json';
import { isIsoDateTime } from '../../../src/core/export/clip-schema';

/**
 * A validator for schema/clips.v<version>.schema.json (the current one, 3, by default). Formats are asserted, not just annotated,
 * with the same meaning DocClip gives them.
 */
export function createClipsSchemaValidator(version: 1 | 2 | 3 = 3) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  ajv.addFormat('date-time', isIsoDateTime);
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  return ajv.compile(version === 1 ? schemaV1 : version === 2 ? schemaV2 : schemaV3);
}
