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
  ],
};
