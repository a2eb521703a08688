/** Two projects: the pure core, workbook and CLI in Node; the task pane's components in jsdom. */
const tsJest = [
  "ts-jest",
  {
    tsconfig: {
      module: "CommonJS",
      moduleResolution: "Node10",
      jsx: "react-jsx",
      isolatedModules: true,
      esModuleInterop: true,
    },
    diagnostics: false,
  },
];

/** Packages published only as ES modules, made CommonJS for Jest (perf-score's build bundles them). */
const ESM_ONLY = ["string-width", "get-east-asian-width", "strip-ansi", "ansi-regex"];
const ESM_ONLY_TRANSFORM = { [`/node_modules/(${ESM_ONLY.join("|")})/.+\\.js$`]: "<rootDir>/test/esm-transform.js" };

module.exports = {
  // perf-score's JavaScript (dist-cli/) built from the sources under test before any test runs the real command.
  globalSetup: "<rootDir>/test/global-setup.js",
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: ["/test/taskpane/", "/test/e2e/"],
      transform: { "^.+\\.tsx?$": tsJest, ...ESM_ONLY_TRANSFORM },
      transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join("|")})/)`],
    },
    {
      // The task pane as it ships: Preact's React-compatible core, in jsdom, against the fake Excel.
      displayName: "pane",
      testEnvironment: "jsdom",
      // CommonJS builds of Preact and Fluent (jsdom would pick their browser ES modules).
      testEnvironmentOptions: { customExportConditions: ["node", "require", "default"] },
      roots: ["<rootDir>/test/taskpane"],
      testMatch: ["**/*.test.ts?(x)"],
      transform: { "^.+\\.tsx?$": tsJest },
      moduleNameMapper: {
        "^react$": "preact/compat",
        "^react-dom$": "preact/compat",
        "^react-dom/client$": "preact/compat/client",
        "^react-dom/test-utils$": "preact/test-utils",
        "^react/jsx-runtime$": "preact/jsx-runtime",
      },
    },
    {
      // The production build in Debian's Chromium (see test/e2e): slow, so in a project of its own.
      displayName: "browser",
      testEnvironment: "node",
      roots: ["<rootDir>/test/e2e"],
      testMatch: ["**/*.e2e.test.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
  ],
};
