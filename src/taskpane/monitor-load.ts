import {
  __resetStyles,
  __styles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  mergeClasses,
  renderButton_unstable,
  useButton_unstable,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { forwardRef, useCallback, useRef, useState } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import type { MonitorPanel } from "./components/MonitorPanel";
import { loadScript } from "./load-script";

type Panel = typeof MonitorPanel;

/**
 * What monitor.js takes from the pane instead of carrying its own (webpack.config.js's externals for its layer): the
 * one React (hooks need it), its JSX runtime, and the Fluent parts its view uses, styles compiled at build time.
 * Only the names monitor.js uses: Fluent's `tokens`, say, would bring its whole table back into taskpane.js (4 KB gzip).
 */
function shareKit(): void {
  (globalThis as { PERF_KIT?: unknown }).PERF_KIT = {
    react: { Fragment, forwardRef, jsx, jsxs, useCallback, useRef, useState },
    fluent: {
      DismissRegular,
      __resetStyles,
      __styles,
      MessageBar,
      MessageBarActions,
      MessageBarBody,
      MessageBarTitle,
      mergeClasses,
      renderButton_unstable,
      useButton_unstable,
    },
  };
}

/** monitor.js, served beside the pane (same origin), once; a failed load may be tried again. */
export function loadMonitor(): Promise<Panel> {
  shareKit();
  return loadScript<Panel>("monitor.js", "PERF_MONITOR", "无法加载运行监控程序，请重新打开加载项后再试。");
}
