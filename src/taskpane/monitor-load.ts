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
import { createElement, forwardRef, useCallback, useContext, useMemo, useRef, useState } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import type { MonitorPanel } from "./components/MonitorPanel";

type Panel = typeof MonitorPanel;

const loaded = () => (globalThis as { PERF_MONITOR?: Panel }).PERF_MONITOR;

/**
 * What monitor.js takes from the pane instead of carrying its own (webpack.config.js's externals for its layer): the
 * one React (hooks need it), its JSX runtime, and the Fluent parts its view uses, styles compiled at build time.
 * Only the names monitor.js uses (a whole namespace here would keep all of Preact's compat layer: 4 KB gzip).
 */
function shareKit(): void {
  (globalThis as { PERF_KIT?: unknown }).PERF_KIT = {
    react: { Fragment, createElement, forwardRef, useCallback, useContext, useMemo, useRef, useState },
    jsx: { Fragment, jsx, jsxs },
    fluent: {
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

let loading: Promise<Panel> | null = null;

/** monitor.js, served beside the pane (same origin), once; a failed load may be tried again. */
export function loadMonitor(): Promise<Panel> {
  const ready = loaded();
  if (ready) return Promise.resolve(ready);
  loading ??= new Promise<Panel>((resolve, reject) => {
    shareKit();
    const script = document.createElement("script");
    script.src = "monitor.js";
    const fail = () => {
      loading = null;
      script.remove();
      reject(new Error("无法加载运行监控程序，请检查网络后重新打开加载项再试。"));
    };
    script.onload = () => {
      const panel = loaded();
      if (panel) resolve(panel);
      else fail();
    };
    script.onerror = fail;
    document.head.appendChild(script);
  });
  return loading;
}
