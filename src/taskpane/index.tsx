/*
 * The task pane's entry. In the shared runtime this page also hosts the custom functions: importing them here
 * registers every PERF.* function, and the page loads one bundle, with the scoring core in it once.
 */
import "./custom-functions-shim";
import "../functions/functions";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { officeHostFor } from "./host";
import { startPane, type OfficeLike } from "./startup";

const container = document.getElementById("container");
// office.js is a deferred script before this bundle (taskpane.html): if it could not be loaded, `Office` is undefined.
const office = typeof Office !== "undefined" ? (Office as unknown as OfficeLike) : undefined;
if (container) {
  void startPane(createRoot(container), office, (capabilities) => (
    <App host={officeHostFor(capabilities)} capabilities={capabilities} />
  ));
}
