import { FluentProvider, makeResetStyles, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { ActionBar, type Action } from "./components/ActionBar";
import { Busy } from "./components/Busy";
import { Deductions } from "./components/Deductions";
import { Findings } from "./components/Findings";
import { NoticeBar } from "./components/Notice";
import { OverwriteConfirm } from "./components/OverwriteConfirm";
import { ProblemsDraft } from "./components/ProblemsDraft";
import { ScoreBars } from "./components/ScoreBars";
import { StartHere } from "./components/StartHere";
import { Summary } from "./components/Summary";
import { TemplateConfirm } from "./components/TemplateConfirm";
import type { MonitorPanel } from "./components/MonitorPanel";
import { ViewTabs } from "./components/ViewTabs";
import { Words } from "./components/Words";
import { ALL_CAPABILITIES, type Capabilities, type PaneHost } from "./host";
import { FUNCTIONS_UNAVAILABLE, TEMPLATE_UNAVAILABLE } from "./support";
import { loadMonitor } from "./monitor-load";
import { isDark, themeOf } from "./theme";
import { useScoring } from "./useScoring";

/** The 运行监控 tab's content, from monitor.js (loaded when the tab is first opened); a failed load says so. */
const MonitorTab: React.FC<React.ComponentProps<typeof MonitorPanel>> = (props) => {
  const [panel, setPanel] = React.useState<{ Panel: typeof MonitorPanel } | { error: string } | null>(null);
  const load = () =>
    loadMonitor().then(
      (Panel) => setPanel({ Panel }),
      (e: Error) => setPanel({ error: e.message }),
    );
  React.useEffect(() => void load(), []);
  if (!panel) return <Busy label="正在加载运行监控…" />;
  // Closing the message tries again.
  if ("error" in panel) return <NoticeBar notice={{ intent: "error", text: panel.error }} onDismiss={load} />;
  return <panel.Panel {...props} />;
};

/** The page (base styles as one rule, a reset style). */
const useRoot = makeResetStyles({
  minHeight: "100vh",
  boxSizing: "border-box",
  padding: tokens.spacingHorizontalM,
  display: "flex",
  flexDirection: "column",
  gap: tokens.spacingVerticalM,
  backgroundColor: tokens.colorNeutralBackground1,
  color: tokens.colorNeutralForeground1,
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase300,
  lineHeight: tokens.lineHeightBase300,
  overflowWrap: "anywhere",
});

const useStyles = makeStyles({
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  intro: { margin: 0, color: tokens.colorNeutralForeground3 },
  live: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  /** A tab's view: its parts spaced as the page's. */
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** Follows the Office theme (or the system's) as it changes. */
function useDarkTheme(): boolean {
  const [dark, setDark] = React.useState(isDark);
  React.useEffect(() => {
    const media = typeof matchMedia === "function" ? matchMedia("(prefers-color-scheme: dark)") : undefined;
    const update = () => setDark(isDark());
    media?.addEventListener("change", update);
    return () => media?.removeEventListener("change", update);
  }, []);
  return dark;
}

/**
 * The task pane: 评分 checks the whole workbook, fills 得分, explains every lost point, and can undo. What went wrong
 * comes first: a workbook without PERF's tables gets nothing written and is offered 插入模板; errors that stop the
 * score are listed right under the summary; questions are dialogs, and results wait until they are answered.
 */
export const App: React.FC<{ host: PaneHost; capabilities?: Capabilities }> = ({
  host,
  capabilities = ALL_CAPABILITIES,
}) => {
  const styles = useStyles();
  const root = useRoot();
  const dark = useDarkTheme();
  const s = useScoring(host);
  const [view, setView] = React.useState<"score" | "monitor">("score");
  const [monitorOpened, setMonitorOpened] = React.useState(false);
  const busy = s.phase.kind === "busy";
  const asking = s.phase.kind === "confirm-overwrite" || s.phase.kind === "confirm-template";
  const result = s.check?.result;
  const errors = s.findings.filter((f) => f.severity === "error").length;
  const fresh = s.workbook === "not-perf" && capabilities.template;
  const actions: Action[] = [
    { key: "score", label: "评分", onClick: s.score, primary: !fresh },
    {
      key: "undo",
      label: "撤销上次评分",
      onClick: s.undo,
      unavailable: s.undoable === false ? "“评分记录”表中没有可撤销的评分" : undefined,
    },
    {
      key: "template",
      label: "插入模板",
      onClick: () => s.insertTemplate(),
      primary: fresh,
      // This Excel lacks what 插入模板 needs: said under the bar all the time (src/taskpane/support.ts).
      unavailable: capabilities.template ? undefined : TEMPLATE_UNAVAILABLE,
      lasting: true,
    },
  ];
  // Closing a message puts the focus back on the action bar (the focus must not fall to the page).
  const bar = React.useRef<HTMLDivElement>(null);
  const dismiss = () => {
    s.setNotice(null);
    bar.current?.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
  };
  const findings = result ? <Findings findings={s.findings} onSelect={s.select} labelOf={s.labelOf} /> : null;
  return (
    <FluentProvider theme={themeOf(dark)}>
      <main className={root} aria-busy={busy} data-workbook={s.workbook}>
        <header>
          <h1 className={styles.title}>
            <Words text="部门整体绩效评价评分" />
          </h1>
          <p className={styles.intro}>
            <Words text="按指标体系检查整个工作簿，写入得分并说明每一处扣分。" />
          </p>
        </header>
        <ViewTabs<"score" | "monitor">
          tabs={[
            { key: "score", label: "评分" },
            { key: "monitor", label: "运行监控" },
          ]}
          current={view}
          onSelect={(v) => (setView(v), v === "monitor" && setMonitorOpened(true))}
        />
        {/* Kept once opened (its results stay while the 评分 tab is shown). */}
        {view === "monitor" || monitorOpened ? (
          <div role="tabpanel" id="view-monitor" aria-labelledby="tab-monitor" hidden={view !== "monitor"}>
            <MonitorTab host={host} waiting={s.phase.kind !== "idle"} onRecorded={s.markUndoable} onSelect={s.select} />
          </div>
        ) : null}
        <div
          role="tabpanel"
          id="view-score"
          aria-labelledby="tab-score"
          hidden={view !== "score"}
          // Not display: flex while hidden, or the attribute would not hide it.
          className={view === "score" ? styles.panel : undefined}
        >
          <div ref={bar}>
            <ActionBar actions={actions} busy={busy} />
          </div>
          {capabilities.functions ? null : (
            <p id="functions-unavailable" className={styles.intro}>
              {FUNCTIONS_UNAVAILABLE}
            </p>
          )}
          {/* Right under the buttons that caused them, and always mounted, so a screen reader hears each new message. */}
          <div className={styles.live} aria-live="polite" aria-atomic="true">
            {s.phase.kind === "busy" ? <Busy label={s.phase.label} /> : null}
            {s.notice ? <NoticeBar notice={s.notice} onDismiss={dismiss} /> : null}
          </div>
          {s.workbook === "not-perf" && !s.notice && !result ? <StartHere canInsert={capabilities.template} /> : null}
          {s.phase.kind === "confirm-overwrite" ? (
            <OverwriteConfirm
              overwrites={s.phase.plan.overwrites}
              onConfirm={() => s.phase.kind === "confirm-overwrite" && s.confirmOverwrite(s.phase.plan)}
              onCancel={s.cancel}
            />
          ) : null}
          {s.phase.kind === "confirm-template" ? (
            <TemplateConfirm
              clash={s.phase.clash}
              missing={s.phase.missing}
              onInsertMissing={() => s.phase.kind === "confirm-template" && s.insertTemplate(s.phase.missing)}
              onCancel={s.cancel}
            />
          ) : null}
          {result && !asking ? (
            <>
              <Summary result={result} errors={errors} />
              {errors > 0 ? findings : null}
              <ScoreBars result={result} />
              <Deductions result={result} />
              {errors > 0 ? null : findings}
              <ProblemsDraft
                paragraphs={s.problems}
                busy={busy || s.draftBusy}
                onInsert={() => s.insertProblems(s.problems.map((p) => p.text))}
                onCopied={(ok) =>
                  s.setDraftNotice(
                    ok
                      ? { intent: "success", text: "已复制到剪贴板。" }
                      : { intent: "error", text: "复制失败：请选中文字后按 Ctrl+C。" },
                  )
                }
                notice={s.draftNotice}
                onDismiss={() => s.setDraftNotice(null)}
              />
            </>
          ) : null}
        </div>
        <footer className={styles.intro}>
          {/* The manifest's SupportUrl, served beside the pane: supported versions, common problems. */}
          <a href="help.html" target="_blank" rel="noopener noreferrer">
            PERF 帮助
          </a>
        </footer>
      </main>
    </FluentProvider>
  );
};
