import * as React from "react";
import type { PaneHost } from "../host";
import { useMonitor } from "../useMonitor";
import { MonitorView } from "./MonitorView";

/**
 * The 运行监控 tab's whole content with its state, in monitor.js (loaded when the tab is first opened), so the pane's
 * first load carries none of 运行监控.
 */
export const MonitorPanel: React.FC<{
  host: PaneHost;
  /** Another action of the pane is running (or asking). */
  waiting: boolean;
  onRecorded(): void;
  onSelect(cell: string): void;
}> = ({ host, waiting, onRecorded, onSelect }) => {
  const m = useMonitor(host, { busy: waiting, onRecorded });
  return (
    <MonitorView
      model={m.model}
      Results={m.Results}
      findings={m.findings}
      month={m.month}
      onMonth={m.setMonth}
      onRun={m.run}
      busy={m.busy}
      waiting={waiting}
      notice={m.notice}
      onDismiss={() => m.setNotice(null)}
      onSelect={onSelect}
    />
  );
};

export default MonitorPanel;
