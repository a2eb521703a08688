import type { PartialTheme } from "@fluentui/react-components";
import { darkTokens, lightTokens } from "./theme-tokens";

/** Dark when Office's body background is dark; outside Office, the system's colour scheme decides. */
export function isDark(): boolean {
  const background = typeof Office !== "undefined" ? Office.context?.officeTheme?.bodyBackgroundColor : undefined;
  if (background && /^#?[0-9a-f]{6}$/i.test(background)) {
    const hex = background.replace("#", "");
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
  }
  return typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;
}

/** Fluent's web theme, light or dark, with the tokens the pane uses (theme-tokens.ts). */
export function themeOf(dark: boolean): PartialTheme {
  return dark ? darkTokens : lightTokens;
}
