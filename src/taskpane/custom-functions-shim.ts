/*
 * The pane's bundle also registers the PERF.* functions (shared runtime: one page hosts both). Outside Excel there is
 * no CustomFunctions global; this stand-in lets the page load there (a browser preview, the end-to-end test).
 */
const scope = globalThis as { CustomFunctions?: unknown };
if (typeof scope.CustomFunctions === "undefined") {
  class StandInError extends Error {}
  scope.CustomFunctions = {
    associate: () => undefined,
    Error: StandInError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
  };
}

export {};
