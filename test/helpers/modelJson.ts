/**
 * A parsed document as JSON, for comparing a parse made with a previous version against one made from
 * scratch: a section's `path` (its ancestors, a cycle) is written as their titles.
 */
export const modelJson = (doc: unknown): string =>
  JSON.stringify(doc, (k, v) => (k === 'path' && Array.isArray(v) ? v.map((s: { title: { text: string } }) => s.title.text) : v));
