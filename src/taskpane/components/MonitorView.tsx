import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Finding } from "../../workbook";
import type { MonitorModel, StatusLine } from "../monitor-run";
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
  head: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightSemibold,
  },
  badge: {
    whiteSpace: "nowrap",
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid currentColor`,
    fontSize: tokens.fontSizeBase200,
  },
  met: {
    color: tokens.colorStatusSuccessForeground1,
    backgroundColor: tokens.colorStatusSuccessBackground1,
  },
  warn: {
    color: tokens.colorStatusWarningForeground3,
    backgroundColor: tokens.colorStatusWarningBackground1,
  },
  behind: {
    color: tokens.colorStatusDangerForeground1,
    backgroundColor: tokens.colorStatusDangerBackground1,
  },
  later: { color: tokens.colorNeutralForeground3 },
  lines: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingInlineStart: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground2,
  },
  amount: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, whiteSpace: "nowrap" },
  todo: { margin: 0, fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteRedForeground1 },
});

const Lines: React.FC<{ lines: readonly string[] }> = ({ lines }) => {
  const styles = useStyles();
  return lines.length === 0 ? null : (
    <ul className={styles.lines}>
      {lines.map((l) => (
        <li key={l}>
          <Words text={l} />
        </li>
      ))}
    </ul>
  );
};

/** Checkpoints, or the other monthly figures: each with its status (coloured as 监控结果 fills it) and arithmetic. */
const Statuses: React.FC<{ id: string; title: string; items: readonly StatusLine[] }> = ({ id, title, items }) => {
  const section = useSectionStyles();
  const styles = useStyles();
  if (items.length === 0) return null;
  return (
    <section className={section.section} aria-labelledby={`${id}-title`} role="region">
      <h2 id={`${id}-title`} className={section.heading}>
        <Words text={title} />
      </h2>
      <ol className={section.list} data-testid={id}>
        {items.map((c) => (
          <li key={c.key}>
            <div className={styles.head}>
              <Words text={c.title} />
              <span className={mergeClasses(styles.badge, styles[c.tone])} data-status={c.status}>
                {c.status}
              </span>
            </div>
            <Lines lines={c.lines} />
          </li>
        ))}
      </ol>
    </section>
  );
};

const Results: React.FC<{ model: MonitorModel }> = ({ model }) => {
  const section = useSectionStyles();
  const styles = useStyles();
  return (
    <>
      <Statuses id="checkpoints" title="各检查点：支出进度与序时进度" items={model.checkpoints} />
      <section className={section.section} aria-labelledby="next-title" role="region">
        <h2 id="next-title" className={section.heading}>
          <Words text={model.next.title} />
        </h2>
        {model.next.amount ? (
          <span className={styles.amount} data-testid="needed">
            {model.next.amount}
          </span>
        ) : null}
        <p className={section.text}>
          <Words text={model.next.text} />
        </p>
      </section>
      <section className={section.section} aria-labelledby="projected-title" role="region">
        <h2 id="projected-title" className={section.heading}>
          <Words text="预计得分" />
        </h2>
        <ul className={section.list} data-testid="projected">
          {model.projections.map((e) => (
            <li key={e.code}>
              <p className={section.text}>
                <strong>
                  <Words text={e.title} />
                </strong>
              </p>
              <ul className={section.list}>
                {e.cases.map((c) => (
                  <li key={c.how}>
                    <div className={styles.head}>
                      <Words text={c.how} />
                      <span className={styles.amount}>{c.score}</span>
                    </div>
                    <Lines lines={c.lines} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>
      <Statuses id="figures" title="其他逐月监控的数字" items={model.figures} />
    </>
  );
};

const MONTHS = Array.from({ length: 12 }, (_, k) => k + 1);

interface Props {
  model: MonitorModel | null;
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
      {model ? <Results model={model} /> : null}
      {errors > 0 || !model ? null : list}
    </div>
  );
};
