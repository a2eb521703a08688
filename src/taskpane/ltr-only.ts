/*
 * Stands in for rtl-css-js in the pane's bundle. The UI library computes a right-to-left variant of every style; the
 * pane is Chinese, left to right only, so each style is its own variant and the 20 KB converter is left out.
 */
export function convertProperty(key: string, value: unknown): { key: string; value: unknown } {
  return { key, value };
}

export function convert<T>(object: T): T {
  return object;
}
