import type { FengongDocument } from '../model';

/**
 * Reads any draft into the document model. Never throws: whatever the input, the result is a
 * document (perhaps of kind `other` with no plan).
 */
export function parseDocument(text: string): FengongDocument {
  void text;
  throw new Error('parseDocument: not implemented yet');
}
