import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import * as React from "react";
import { fmt, type Dec, type ScoreResult } from "../../scoring";
import { useSectionStyles } from "../styles";
import { Words } from "./Words";

const useStyles = makeStyles({
  head: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightSemibold,
  },
  lost: { color: tokens.colorPaletteRedForeground1, whiteSpace: "nowrap" },
  reasons: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingInlineStart: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground2,
  },
});

/** Every lost point, the largest losses first, each with the clause and the arithmetic behind it. */
export const Deductions: React.FC<{ result: ScoreResult }> = ({ result }) => {
  const complete = result.total !== null;
  const section = useSectionStyles();
  const styles = useStyles();
  const losing = result.indicators
    .filter((r) => r.level === 3 && r.lost !== null && r.lost.greaterThan(0))
    .sort((a, b) => (b.lost as Dec).comparedTo(a.lost as Dec) || a.code.localeCompare(b.code, "en", { numeric: true }));
  return (
    <section className={section.section} aria-labelledby="deductions-title" role="region">
      <h2 id="deductions-title" className={section.heading}>
        <Words text={`扣分明细（${losing.length} 项）`} />
      </h2>
      {losing.length === 0 ? (
        <p className={section.text}>
          <Words
            text={complete ? "各项指标均得满分，没有扣分。" : "已评分的指标没有扣分；其余指标待更正错误后才能评分。"}
          />
        </p>
      ) : null}
      <ol className={section.list} data-testid="deductions">
        {losing.map((r) => (
          <li key={r.code}>
            <div className={styles.head}>
              <span>
                {r.code} <Words text={r.name} />
              </span>
              <span className={mergeClasses("perf-nowrap", styles.lost)}>扣 {fmt(r.lost as Dec)} 分</span>
            </div>
            <ul className={styles.reasons}>
              {r.reasons.map((reason) => (
                <li key={reason}>
                  <Words text={reason} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
};
