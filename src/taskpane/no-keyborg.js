/*
 * Stands in for keyborg in the pane's bundle (webpack.config.js). Fluent's provider uses it to mark the element focused
 * by keyboard (data-fui-focus-visible) for components whose focus ring keys on that attribute; none of the pane's do
 * (its buttons use the browser's own :focus-visible, and a browser test checks that no style rule of the page reads
 * the attribute), so the 1.5 KB library is left out and nothing is marked.
 */
export const KEYBORG_FOCUSIN = "keyborg:focusin";
export const KEYBORG_FOCUSOUT = "keyborg:focusout";

export function createKeyborg() {
  return {
    isNavigatingWithKeyboard: () => false,
    setVal: () => undefined,
    subscribe: () => undefined,
    unsubscribe: () => undefined,
  };
}

export function disposeKeyborg() {}

/** Named by tabster, which the pane's bundle does not keep; here so the import resolves. */
export function nativeFocus(element) {
  element.focus();
}
