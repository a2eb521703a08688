import { webDarkTheme, webLightTheme } from "@fluentui/tokens";

/** Where the pane's themes are written (src/taskpane/theme.ts uses them). */
export const THEME_TOKENS_FILE = "src/taskpane/theme-tokens.ts";

type Tokens = Record<string, string | number>;

/** Every theme token a script refers to as var(--name), and those the tokens' own values refer to. */
export function tokensUsed(js: string): string[] {
  const light = webLightTheme as unknown as Tokens;
  const dark = webDarkTheme as unknown as Tokens;
  const found = new Set<string>();
  const scan = (text: string) => {
    for (const [, name] of text.matchAll(/var\(--([A-Za-z0-9]+)/g)) {
      if (!(name in light) || found.has(name)) continue;
      found.add(name);
      scan(`${light[name]} ${dark[name]}`);
    }
  };
  scan(js);
  return [...found].sort();
}

/**
 * The pane's two themes, only the tokens its bundle uses: FluentProvider writes every token of a theme as a CSS
 * variable, and Fluent's whole web themes (459 tokens each, built from its palettes) are 6 KB of the pane's gzip.
 * Values are Fluent's own; a token both themes share is written once. Laid out as prettier lays it out (lint checks).
 */
export function themeTokensModule(js: string): string {
  const light = webLightTheme as unknown as Tokens;
  const dark = webDarkTheme as unknown as Tokens;
  const names = tokensUsed(js);
  const entry = (k: string, v: string) => (`  ${k}: ${v},`.length > 120 ? `  ${k}:\n    ${v},` : `  ${k}: ${v},`);
  const entries = (theme: Tokens, keys: string[]) => keys.map((k) => entry(k, JSON.stringify(theme[k]))).join("\n");
  const shared = names.filter((n) => light[n] === dark[n]);
  const own = names.filter((n) => light[n] !== dark[n]);
  return [
    "// Written by `npm run build:themes` from @fluentui/tokens' webLightTheme and webDarkTheme: never edit it by hand",
    "// (test/taskpane/bundle.test.ts rebuilds it from the production build and compares). Only the tokens the pane's",
    "// bundle refers to (var(--token)), so FluentProvider defines those and the bundle carries no more of Fluent's themes.",
    'import type { PartialTheme } from "@fluentui/react-components";\n',
    `const shared: PartialTheme = {\n${entries(light, shared)}\n};\n`,
    `export const lightTokens: PartialTheme = {\n  ...shared,\n${entries(light, own)}\n};\n`,
    `export const darkTokens: PartialTheme = {\n  ...shared,\n${entries(dark, own)}\n};\n`,
  ].join("\n");
}
