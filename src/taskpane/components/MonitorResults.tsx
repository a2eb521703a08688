import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { MonitorModel, StatusLine } from "../monitor-run";
import { useSectionStyles } from "../styles";
import { Words } from "./Words";

/*
 * The 运行监控 view's results, in monitor.js with the monitoring core (loaded on the first click of 运行监控): each
 * checkpoint's status and arithmetic, what is still to spend, the projected points, the other figures.
 */

const useStyles = makeStyles({
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

export const MonitorResults: React.FC<{ model: MonitorModel }> = ({ model }) => {
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
