/*
 * monitor.js, a script of its own: the 运行监控 tab (its view, the monitoring core, the Office write), loaded when the
 * tab is first opened (monitor-load.ts). React, its JSX runtime and Fluent are not in it: webpack.config.js maps them
 * to the pane's own (the kit monitor-load.ts hands over), so the view renders with the pane's React and styles, and
 * the pane's bundle keeps its modules concatenated (a chunk importing them would split them apart: 6 KB gzip more).
 */
import { MonitorPanel } from "./components/MonitorPanel";

(globalThis as { PERF_MONITOR?: unknown }).PERF_MONITOR = MonitorPanel;
