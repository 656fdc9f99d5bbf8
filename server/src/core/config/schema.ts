/**
 * The configuration file (`.fengong/config.json` or `.fengongrc.json`) and the registry file
 * (`.fengong/units.json`), as zod schemas. The JSON Schemas in `schemas/` are generated from these
 * (see scripts/gen-schema.mjs and test/config/schema.test.ts), so the editor validates the files too.
 */
import { z } from 'zod';
import { RULE_IDS, type RuleId } from './ruleIds';

export const levelSchema = z
  .enum(['off', 'hint', 'information', 'warning', 'error'])
  .describe('Severity of the rule\'s diagnostics, or "off". 诊断级别，或 "off" 关闭。');

export const fieldRoleSchema = z
  .enum(['leaders', 'leadUnits', 'units', 'deadline'])
  .describe('leaders 牵头领导 · leadUnits 牵头单位 · units 责任单位 · deadline 完成时限');

export const ruleSettingSchema = z.union([
  levelSchema,
  z
    .object({
      level: levelSchema.optional(),
      options: z.record(z.string(), z.unknown()).optional().describe('Rule-specific options; see docs/rules/<id>.md.'),
    })
    .strict(),
]);

const ruleShape = Object.fromEntries(
  RULE_IDS.map((id) => [id, ruleSettingSchema.optional().describe(`docs/rules/${id}.md`)]),
) as Record<RuleId, z.ZodOptional<typeof ruleSettingSchema>>;

export const configSchema = z
  .object({
    $schema: z.string().optional(),
    locale: z.enum(['zh', 'en']).optional().describe('Language of messages. 诊断信息的语言（zh 中文，en 英文）。'),
    planYear: z
      .number()
      .int()
      .min(1949)
      .max(2200)
      .optional()
      .describe('The year the plan covers; by default read from the plan title (2023年…). 方案年度，缺省时从标题读取。'),
    requiredFields: z
      .union([z.literal('auto'), z.array(fieldRoleSchema)])
      .optional()
      .describe(
        'Fields every task must carry. "auto" (default): what most of the document\'s own comparable tasks carry. 必填字段；"auto" 表示按本文件多数任务的做法。',
      ),
    registry: z
      .string()
      .optional()
      .describe('Path of the unit/leader registry, relative to this file. Default: .fengong/units.json when present. 单位名录路径。'),
    rules: z.object(ruleShape).strict().optional().describe('Per-rule level and options. 各规则的级别与选项。'),
  })
  .strict();

export type FengongConfig = z.infer<typeof configSchema>;
export type RuleSetting = z.infer<typeof ruleSettingSchema>;
export type RequiredRole = z.infer<typeof fieldRoleSchema>;

const entrySchema = z.union([
  z.string().min(1),
  z
    .object({
      name: z.string().min(1).describe('Full, canonical name. 全称。'),
      aliases: z.array(z.string().min(1)).optional().describe('Other names for the same body. 别名。'),
      abbreviations: z.array(z.string().min(1)).optional().describe('Accepted abbreviations (区发改局). 简称。'),
      note: z.string().optional(),
    })
    .strict(),
]);

export const registrySchema = z
  .object({
    $schema: z.string().optional(),
    units: z.array(entrySchema).optional().describe('Units (单位). A string is a name with no aliases.'),
    leaders: z.array(entrySchema).optional().describe('Leaders, people or posts (领导).'),
    collectives: z
      .array(z.string().min(1))
      .optional()
      .describe('Extra collective assignees that are never unknown (各成员单位…). 集体称谓。'),
  })
  .strict();

export type RegistryFile = z.infer<typeof registrySchema>;
export type RegistryFileEntry = z.infer<typeof entrySchema>;
