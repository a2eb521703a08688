/*
 * Placeholder for the PERF task pane (the React pane comes in its own issue). The page also hosts the custom
 * functions: in the shared runtime, taskpane.html loads functions.js beside this script.
 */

/* global document, Office */

function render(): void {
  const container = document.getElementById("container");
  if (container) container.textContent = "PERF 绩效评分";
}

if (typeof Office !== "undefined") {
  Office.onReady(render);
} else {
  render();
}
