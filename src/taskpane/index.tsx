/*
 * The task pane's entry. In the shared runtime this page also hosts the custom functions: importing them here
 * registers every PERF.* function, and the page loads one bundle, with the scoring core in it once.
 */
import "./custom-functions-shim";
import "../functions/functions";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { officeHost } from "./host";

function start(): void {
  const container = document.getElementById("container");
  if (container) createRoot(container).render(<App host={officeHost} />);
}

if (typeof Office !== "undefined") void Office.onReady(start);
else start();
