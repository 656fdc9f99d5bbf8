import { fileURLToPath, pathToFileURL } from 'node:url';

/** The file path of a `file:` URI, or null for any other scheme. */
export function URI_TO_PATH(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

export function pathToUri(p: string): string {
  return pathToFileURL(p).href;
}
