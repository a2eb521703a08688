import { FluentProvider, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { ActionBar } from "./components/ActionBar";
import { Busy } from "./components/Busy";
import { Deductions } from "./components/Deductions";
import { Findings } from "./components/Findings";
import { NoticeBar } from "./components/NoticeBar";
import { OverwriteConfirm } from "./components/OverwriteConfirm";
import { ProblemsDraft } from "./components/ProblemsDraft";
import { ScoreBars } from "./components/ScoreBars";
import { Summary } from "./components/Summary";
import { TemplateConfirm } from "./components/TemplateConfirm";
import { ALL_CAPABILITIES, type Capabilities, type PaneHost } from "./host";
import { TEMPLATE_UNAVAILABLE } from "./support";
import { isDark, themeOf } from "./theme";
import { useScoring } from "./useScoring";

const useStyles = makeStyles({
  root: {
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
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, color: tokens.colorNeutralForeground3 },
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

/** The task pane: 评分 checks the whole workbook, fills 得分, explains every lost point, and can undo. */
export const App: React.FC<{ host: PaneHost; capabilities?: Capabilities }> = ({
  host,
  capabilities = ALL_CAPABILITIES,
}) => {
  const styles = useStyles();
  const dark = useDarkTheme();
  const s = useScoring(host);
  const busy = s.phase.kind === "busy";
  const result = s.check?.result;
  return (
    <FluentProvider theme={themeOf(dark)}>
      <main className={styles.root} aria-busy={busy}>
        <header>
          <h1 className={styles.title}>部门整体绩效评价评分</h1>
          <p className={styles.intro}>按指标体系检查整个工作簿，写入得分并说明每一处扣分。</p>
        </header>
        <ActionBar
          busy={busy}
          onScore={s.score}
          onUndo={s.undo}
          onTemplate={() => s.insertTemplate()}
          templateUnavailable={capabilities.template ? undefined : TEMPLATE_UNAVAILABLE}
        />
        <div aria-live="polite">{s.phase.kind === "busy" ? <Busy label={s.phase.label} /> : null}</div>
        {/* Always mounted, so a screen reader hears each new message (a live region added with its text is often missed). */}
        <div aria-live="polite" aria-atomic="true">
          {s.notice ? <NoticeBar notice={s.notice} /> : null}
        </div>
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
        {result && s.check ? (
          <>
            <Summary result={result} errors={s.check.findings.filter((f) => f.severity === "error").length} />
            <ScoreBars result={result} />
            <Deductions result={result} />
            <Findings findings={s.check.findings} onSelect={s.select} />
            <ProblemsDraft
              paragraphs={s.problems}
              busy={busy}
              onInsert={() => s.insertProblems(s.problems)}
              onCopied={(ok) =>
                s.setNotice(
                  ok
                    ? { intent: "success", text: "已复制到剪贴板。" }
                    : { intent: "error", text: "复制失败：请选中文字后按 Ctrl+C。" },
                )
              }
            />
          </>
        ) : null}
      </main>
    </FluentProvider>
  );
};
