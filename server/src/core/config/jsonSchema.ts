/** JSON Schemas of the configuration and registry files, generated from the zod schemas (zod 4). */
import { z } from 'zod';
import { configSchema, registrySchema } from './schema';

export const CONFIG_SCHEMA_FILE = 'schemas/fengong.schema.json';
export const REGISTRY_SCHEMA_FILE = 'schemas/fengong-units.schema.json';

function withHeader(schema: Record<string, unknown>, id: string, title: string, description: string): Record<string, unknown> {
  const { $schema, ...rest } = schema;
  return { $schema, $id: id, title, description, ...rest };
}

export function configJsonSchema(): Record<string, unknown> {
  return withHeader(
    z.toJSONSchema(configSchema, { io: 'input' }) as Record<string, unknown>,
    'https://fengong.invalid/schemas/fengong.schema.json',
    'Fengong configuration',
    'Fengong 分工方案 linter configuration: .fengong/config.json or .fengongrc.json. See docs/configuration.md.',
  );
}

export function registryJsonSchema(): Record<string, unknown> {
  return withHeader(
    z.toJSONSchema(registrySchema, { io: 'input' }) as Record<string, unknown>,
    'https://fengong.invalid/schemas/fengong-units.schema.json',
    'Fengong unit/leader registry',
    'Names, aliases and abbreviations of units and leaders: .fengong/units.json. See docs/configuration.md.',
  );
}

/** The files' contents as written to disk (2-space JSON, trailing newline). */
export function schemaFiles(): Record<string, string> {
  return {
    [CONFIG_SCHEMA_FILE]: JSON.stringify(configJsonSchema(), null, 2) + '\n',
    [REGISTRY_SCHEMA_FILE]: JSON.stringify(registryJsonSchema(), null, 2) + '\n',
  };
}
