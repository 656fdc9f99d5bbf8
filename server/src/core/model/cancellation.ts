/** Structurally the LSP CancellationToken, so the server passes its own token straight in. */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

export const NEVER_CANCELLED: CancellationToken = { isCancellationRequested: false };
