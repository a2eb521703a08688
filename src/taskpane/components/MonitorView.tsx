import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import * as React from "react";
import { fmt, type Framework } from "../../scoring";
import {
  checkpointEnd,
  money,
  severityOf,
  statusesOf,
  type CheckpointReport,
  type MonitorResult,
  type Projected,
} from "../../scoring/monitor";
import type { Finding, MonitorCheck } from "../../workbook";
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

type Tone = "met" | "warn" | "behind" | "later";

/** A status's colour, as the 监控结果 sheet fills it: green 达标, red the worst status, amber any between. */
function toneOf(framework: Framework, status: string | undefined): Tone {
  if (!status) return "later";
  const severity = severityOf(framework, status);
  if (severity < 0) return "later";
  return severity === 0 ? "met" : severity === statusesOf(framework).length ? "behind" : "warn";
}

const Badge: React.FC<{ framework: Framework; status: string | undefined; label?: string }> = (p) => {
  const styles = useStyles();
  return (
    <span className={mergeClasses(styles.badge, styles[toneOf(p.framework, p.status)])} data-status={p.status ?? ""}>
      {p.label ?? p.status}
    </span>
  );
};

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

function checkpointState(c: CheckpointReport): string | undefined {
  return c.status?.status ?? (c.passed ? "未能判断" : undefined);
}

const Checkpoints: React.FC<{ framework: Framework; result: MonitorResult }> = ({ framework, result }) => {
  const section = useSectionStyles();
  const styles = useStyles();
  return (
    <section className={section.section} aria-labelledby="checkpoints-title" role="region">
      <h2 id="checkpoints-title" className={section.heading}>
        <Words text="各检查点：支出进度与序时进度" />
      </h2>
      <ol className={section.list} data-testid="checkpoints">
        {result.checkpoints.map((c) => (
          <li key={c.checkpoint.id} data-checkpoint={c.checkpoint.id}>
            <div className={styles.head}>
              <Words text={checkpointEnd(c.checkpoint)} />
              <Badge framework={framework} status={checkpointState(c)} label={checkpointState(c) ?? "未到"} />
            </div>
            <Lines
              lines={
                c.passed
                  ? c.lines.length > 0
                    ? c.lines
                    : ["该月的数字有误或未填写，见上方检查结果。"]
                  : [`序时进度 ${pctOf(c.checkpoint.target)}，尚未到期。`]
              }
            />
          </li>
        ))}
      </ol>
    </section>
  );
};

/** "0.75" → "75%". */
function pctOf(target: string | number): string {
  return `${Number((Number(target) * 100).toFixed(2))}%`;
}

const NextCheckpoint: React.FC<{ result: MonitorResult }> = ({ result }) => {
  const section = useSectionStyles();
  const styles = useStyles();
  const next = result.next;
  return (
    <section className={section.section} aria-labelledby="next-title" role="region">
      <h2 id="next-title" className={section.heading}>
        <Words text={next ? `到${checkpointEnd(next.checkpoint)}还须支出` : "到下一检查点还须支出"} />
      </h2>
      {next ? (
        <>
          <span className={styles.amount} data-testid="needed">
            {money(next.needed.amount)} 万元
          </span>
          <p className={section.text}>
            <Words text={next.needed.text} />
          </p>
        </>
      ) : (
        <p className={section.text}>
          <Words text={result.month === 12 ? "全年各检查点都已过去。" : "未能计算：请先更正上方的错误。"} />
        </p>
      )}
    </section>
  );
};

const Projection: React.FC<{ how: string; p: Projected; points: string }> = ({ how, p, points }) => {
  const styles = useStyles();
  return (
    <li>
      <div className={styles.head}>
        <Words text={how} />
        <span className={styles.amount}>{p.score === null ? "未能预计" : `${fmt(p.score)} 分`}</span>
      </div>
      <Lines lines={p.lines.length > 0 ? p.lines : [`满分 ${points} 分`]} />
    </li>
  );
};

const Projections: React.FC<{ result: MonitorResult }> = ({ result }) => {
  const section = useSectionStyles();
  return (
    <section className={section.section} aria-labelledby="projected-title" role="region">
      <h2 id="projected-title" className={section.heading}>
        <Words text="预计得分" />
      </h2>
      <ul className={section.list} data-testid="projected">
        {result.execution.map((e) => (
          <li key={e.code}>
            <p className={section.text}>
              <strong>
                {e.code} <Words text={`${e.name}（满分 ${fmt(e.points)} 分）`} />
              </strong>
            </p>
            <ul className={section.list}>
              <Projection how="此后各检查点都达到序时进度" p={e.onTarget} points={fmt(e.points)} />
              <Projection how="按目前进度" p={e.atPace} points={fmt(e.points)} />
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
};

const Figures: React.FC<{ framework: Framework; result: MonitorResult }> = ({ framework, result }) => {
  const section = useSectionStyles();
  const styles = useStyles();
  if (result.figures.length === 0) return null;
  return (
    <section className={section.section} aria-labelledby="figures-title" role="region">
      <h2 id="figures-title" className={section.heading}>
        <Words text="其他逐月监控的数字" />
      </h2>
      <ul className={section.list} data-testid="figures">
        {result.figures.map((f) => (
          <li key={f.figure.id}>
            <div className={styles.head}>
              <Words text={f.figure.label} />
              <Badge framework={framework} status={f.status} label={f.status ?? "未填写"} />
            </div>
            <Lines lines={f.lines} />
          </li>
        ))}
      </ul>
    </section>
  );
};

const MONTHS = Array.from({ length: 12 }, (_, k) => k + 1);

interface Props {
  check: MonitorCheck | null;
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
  const check = p.check;
  const result = check?.result;
  const findings: readonly Finding[] = check?.findings ?? [];
  const errors = findings.filter((f) => f.severity === "error").length;
  const list = check ? <Findings findings={findings} onSelect={p.onSelect} labelOf={(id) => id} /> : null;
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
      {check && result ? (
        <>
          <p className={section.text} data-testid="monitor-month">
            <Words
              text={`${check.department ?? "（未填部门名称）"}${check.year ? ` ${check.year} 年度` : ""}，截至 ${result.month} 月末`}
            />
          </p>
          {errors > 0 ? (
            <p className={styles.todo} data-testid="monitor-errors">
              <Words text={`有 ${errors} 处错误需要更正，下面逐条列出。`} />
            </p>
          ) : null}
          {errors > 0 ? list : null}
          <Checkpoints framework={check.framework} result={result} />
          <NextCheckpoint result={result} />
          <Projections result={result} />
          <Figures framework={check.framework} result={result} />
          {errors > 0 ? null : list}
        </>
      ) : check ? (
        list
      ) : null}
    </div>
  );
};
