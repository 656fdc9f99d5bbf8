/**
 * Fengong's additions to LSP: the custom requests and the status notification. Plain constants and
 * types (no imports), shared by the server and the VS Code client so the two cannot drift; any other
 * client may use them too (docs/editor.md).
 */

/** Custom requests a client may send. */
export const REQUESTS = {
  statistics: 'fengong/statistics',
  ledger: 'fengong/ledger',
  createRegistry: 'fengong/createRegistry',
  renumber: 'fengong/renumber',
  /** How many times documents were parsed (tests check "once per version"), and what lints keep cached. */
  cacheStats: 'fengong/cacheStats',
} as const;

export const STATUS_NOTIFICATION = 'fengong/status';

/** Sent after each validation: what the status bar shows. */
export interface Status {
  readonly uri: string;
  readonly version: number;
  readonly kind: string;
  readonly tasks: number;
  readonly errors: number;
  readonly warnings: number;
}
