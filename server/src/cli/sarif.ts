import type { Diagnostic } from '../core/model';

export interface RuleDescriptor {
  readonly id: string;
  readonly description: string;
  readonly helpUri?: string;
}

const LEVEL: Record<Diagnostic['severity'], 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

/**
 * SARIF 2.1.0 (what GitHub code scanning and most CI dashboards ingest). SARIF lines and columns
 * are 1-based; columns count UTF-16 code units, which `columnKind` states explicitly.
 */
export function toSarif(
  files: readonly { path: string; diagnostics: readonly Diagnostic[] }[],
  rules: readonly RuleDescriptor[],
  version: string,
) {
  const ruleIds = [...new Set([...rules.map((r) => r.id), ...files.flatMap((f) => f.diagnostics.map((d) => d.rule))])];
  const descriptors = ruleIds.map((id) => {
    const r = rules.find((x) => x.id === id);
    return {
      id,
      ...(r ? { shortDescription: { text: r.description } } : {}),
      ...(r?.helpUri ? { helpUri: r.helpUri } : {}),
    };
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'fengong', version, informationUri: 'https://example.invalid/fengong', rules: descriptors } },
        columnKind: 'utf16CodeUnits',
        results: files.flatMap((f) =>
          f.diagnostics.map((d) => ({
            ruleId: d.rule,
            ruleIndex: ruleIds.indexOf(d.rule),
            level: LEVEL[d.severity],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: f.path.split('\\').join('/') },
                  region: {
                    startLine: d.range.start.line + 1,
                    startColumn: d.range.start.character + 1,
                    endLine: d.range.end.line + 1,
                    endColumn: d.range.end.character + 1,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
}
