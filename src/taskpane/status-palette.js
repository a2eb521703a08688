/*
 * Stands in for @fluentui/tokens/lib/global/colorPalette.js in the pane's bundle (webpack.config.js). The themes give
 * every one of Fluent's 28 avatar ("persona") colours its tokens, and their hex values are a fifth of the theme code;
 * the pane uses none of them (test/e2e checks that every token the page refers to is defined). The status colours
 * are Fluent's own, imported from the module beside the one replaced (imports resolve from the original's folder).
 */
import {
  berry,
  cranberry,
  darkOrange,
  darkRed,
  green,
  lightGreen,
  marigold,
  orange,
  plum,
  red,
  yellow,
} from "./colors.js";

export const statusSharedColors = { red, green, darkOrange, yellow, berry, lightGreen, marigold };
// The dark theme patches two avatar tokens by name; they stay defined, the other 26 colours are left out.
export const personaSharedColors = { darkRed, plum };
export const mappedStatusColors = { cranberry, green, orange };
