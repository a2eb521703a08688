/* Flat config: Microsoft's office-addins rules (sync/load discipline) over TypeScript and React code. */
const officeAddins = require("eslint-plugin-office-addins");
const globals = require("globals");
const tsParser = require("@typescript-eslint/parser");

const officeRules = officeAddins.configs.recommended.find((c) => c.plugins && c.plugins["office-addins"]);

module.exports = [
  { ignores: ["node_modules/", "dist/", "dist-test/", "dist-cli/", "coverage/", "test-results/"] },
  ...officeAddins.configs.recommended,
  // The plugin's config covers .ts and .js; the task pane's .tsx files follow the same rules.
  { ...officeRules, files: ["**/*.tsx"] },
  {
    // The plugin brings its own @typescript-eslint; these are the recommended rules that matter here.
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/no-require-imports": "error",
      "@typescript-eslint/no-non-null-asserted-optional-chain": "error",
      "@typescript-eslint/prefer-as-const": "error",
      "no-undef": "off",
      "no-redeclare": "off",
    },
  },
  {
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.node, ...globals.browser, ...globals.jest } },
  },
  {
    files: ["**/*.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The office-addins rules read any getCell/getRange as Office.js; ExcelJS code (the xlsx adapter, the command
    // line, their tests) is not Office.js and loads nothing, so they do not apply there.
    files: [
      "src/xlsx/**",
      "src/cli/**",
      "scripts/**",
      "bench/**",
      "test/workbook/**",
      "test/cli/**",
      "test/helpers/xlsx.ts",
    ],
    rules: Object.fromEntries(
      Object.keys(officeRules.rules)
        .filter((r) => r.startsWith("office-addins/"))
        .map((r) => [r, "off"]),
    ),
  },
  {
    // The scoring core is pure: no Office, no DOM, no Node. Every surface depends on it, never the reverse.
    files: ["src/scoring/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            "fs",
            "path",
            "os",
            "node:*",
            "react",
            "react-dom",
            "@fluentui/*",
            "exceljs",
            "../workbook/*",
            "../cli/*",
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        "window",
        "document",
        "Office",
        "Excel",
        "CustomFunctions",
        "process",
        "require",
        "Buffer",
      ],
    },
  },
];
