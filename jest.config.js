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

module.exports = {
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: ["/test/taskpane/", "/test/e2e/"],
      transform: { "^.+\\.tsx?$": tsJest },
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
