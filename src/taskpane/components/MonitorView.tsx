import { makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Finding } from "../../workbook";
import type { MonitorModel, MonitorResults } from "../monitor-run";
import { useSectionStyles } from "../styles";
import type { Notice } from "./Notice";
import { Busy } from "./Busy";
import { Button } from "./Button";
import { Findings } from "./Findings";
import { NoticeBar } from "./Notice";
import { Words } from "./Words";

const useStyles = makeStyles({
  controls: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  select: {
    minHeight: "32px",
    maxWidth: "100%",
    padding: `0 ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    font: "inherit",
  },
  live: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  todo: { margin: 0, fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteRedForeground1 },
});

const MONTHS = Array.from({ length: 12 }, (_, k) => k + 1);

interface Props {
  model: MonitorModel | null;
  /** The results' view, from monitor.js (loaded with the model it shows). */
  Results: typeof MonitorResults | null;
  /** The last run's findings; null before any run (or in a workbook without PERF's tables). */
  findings: readonly Finding[] | null;
  month: number | undefined;
  onMonth(month: number | undefined): void;
  onRun(): void;
  busy: string | null;
  /** Another action of the pane is running. */
  waiting: boolean;
  notice: Notice | null;
  onDismiss(): void;
  onSelect(cell: string): void;
}

/**
 * 运行监控: for the month chosen (by default the last with 累计支出 filled), each checkpoint's status against its
 * 序时进度, what must still be spent by the next, and 3.2.1's projected points, each number with the core's
 * arithmetic. One click (运行监控) reads, shows and writes the 状态 column and the 监控结果 sheet. Errors come first.
 */
export const MonitorView: React.FC<Props> = (p) => {
  const section = useSectionStyles();
  const styles = useStyles();
  const model = p.model;
  const findings = p.findings ?? [];
  const errors = findings.filter((f) => f.severity === "error").length;
  const list = p.findings ? <Findings findings={findings} onSelect={p.onSelect} labelOf={(id) => id} /> : null;
  return (
    <div className={styles.live} data-testid="monitor">
      <p className={section.muted}>
        <Words text="按“运行监控”表逐月填写的预算数和累计支出，看各检查点是否达到序时进度、到下一检查点还须支出多少、预计得多少分；结果写入“运行监控”表的状态列和“监控结果”表。" />
      </p>
      <div className={styles.controls}>
        <label htmlFor="monitor-month">监控月份</label>
        <select
          id="monitor-month"
          className={styles.select}
          value={p.month ?? ""}
          disabled={Boolean(p.busy)}
          onChange={(e) => p.onMonth(e.currentTarget.value === "" ? undefined : Number(e.currentTarget.value))}
        >
          <option value="">最近填写的月份</option>
          {MONTHS.map((m) => (
            <option key={m} value={m}>
              {m} 月
            </option>
          ))}
        </select>
        <Button appearance="primary" disabledFocusable={Boolean(p.busy) || p.waiting} onClick={p.onRun}>
          运行监控
        </Button>
      </div>
      <div className={styles.live} aria-live="polite" aria-atomic="true">
        {p.busy ? <Busy label={p.busy} /> : null}
        {p.notice ? <NoticeBar notice={p.notice} onDismiss={p.onDismiss} /> : null}
      </div>
      {model ? (
        <p className={section.text} data-testid="monitor-month">
          <Words text={model.heading} />
        </p>
      ) : null}
      {errors > 0 && model ? (
        <p className={styles.todo} data-testid="monitor-errors">
          <Words text={`有 ${errors} 处错误需要更正，下面逐条列出。`} />
        </p>
      ) : null}
      {errors > 0 || !model ? list : null}
      {model && p.Results ? <p.Results model={model} /> : null}
      {errors > 0 || !model ? null : list}
    </div>
  );
};
