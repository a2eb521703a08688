/*
 * Stands in for rtl-css-js in the pane's bundle. The UI library computes a right-to-left variant of every style; the
 * pane is Chinese, left to right only, so each style is its own variant and the 20 KB converter is left out.
 * (Plain JavaScript: the build also evaluates it when it precomputes the pane's styles.)
 */
export function convertProperty(key, value) {
  return { key, value };
}

export function convert(object) {
  return object;
}
