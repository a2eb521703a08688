import { FluentProvider, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Root } from "react-dom/client";
import { detectCapabilities, type Capabilities, type Requirements } from "./host";
import { EXCEL_TOO_OLD, NOT_IN_EXCEL, OFFICE_NOT_LOADED, OFFICE_SLOW, OFFICE_TIMEOUT_MS } from "./support";
import { isDark, themeOf } from "./theme";

/** The part of the `Office` namespace the start-up reads. */
export interface OfficeLike {
  onReady(): Promise<{ host: unknown }>;
  context?: { requirements?: Requirements };
}

/** Why the pane cannot start (or not yet), in place of the pane: never a blank page. Rare, so styled inline. */
export const StartupProblem: React.FC<{ text: string }> = ({ text }) => (
  <FluentProvider theme={themeOf(isDark())}>
    <main
      style={{
        minHeight: "100vh",
        boxSizing: "border-box",
        padding: tokens.spacingHorizontalM,
        backgroundColor: tokens.colorNeutralBackground1,
        color: tokens.colorNeutralForeground1,
        fontFamily: tokens.fontFamilyBase,
      }}
    >
      <h1 style={{ fontSize: tokens.fontSizeBase500 }}>部门整体绩效评价评分</h1>
      <p role="alert">{text}</p>
      <p>
        支持的 Excel 版本与部署说明见{" "}
        <a href="help.html" target="_blank" rel="noopener noreferrer">
          PERF 帮助
        </a>
        。
      </p>
    </main>
  </FluentProvider>
);

/**
 * Starts the pane: waits for Office (Office.onReady), checks the host's requirement sets and renders the pane, or
 * says in Chinese why it cannot: Office.js never loaded (its CDN unreachable), still loading after a while (the
 * pane follows if it does load), the page opened outside Excel, or an Excel too old for PERF.
 */
export async function startPane(
  root: Root,
  office: OfficeLike | undefined,
  pane: (capabilities: Capabilities) => React.ReactElement,
  timeoutMs = OFFICE_TIMEOUT_MS,
): Promise<void> {
  // taskpane.html's static notice (#boot) stays until the pane has something to say in its place.
  const render = (element: React.ReactElement) => {
    document.getElementById("boot")?.remove();
    root.render(element);
  };
  if (!office) {
    render(<StartupProblem text={OFFICE_NOT_LOADED} />);
    return;
  }
  const slow = setTimeout(() => render(<StartupProblem text={OFFICE_SLOW} />), timeoutMs);
  let info: { host: unknown };
  try {
    info = await office.onReady();
  } finally {
    clearTimeout(slow);
  }
  // Office.HostType.Excel is "Excel"; outside Office the host is null.
  if (info.host !== "Excel") {
    render(<StartupProblem text={NOT_IN_EXCEL} />);
    return;
  }
  const capabilities = detectCapabilities(office.context?.requirements);
  render(capabilities.score ? pane(capabilities) : <StartupProblem text={EXCEL_TOO_OLD} />);
}
