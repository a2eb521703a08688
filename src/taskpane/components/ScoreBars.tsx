import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import * as React from "react";
import { fmt, type Dec, type IndicatorScore, type ScoreResult } from "../../scoring";
import { useSectionStyles } from "../styles";
import { Words } from "./Words";

const useStyles = makeStyles({
  item: { display: "grid", gridTemplateColumns: "1fr auto", rowGap: "2px", columnGap: tokens.spacingHorizontalS },
  level1: { fontWeight: tokens.fontWeightSemibold },
  level2: { paddingInlineStart: tokens.spacingHorizontalL },
  score: { whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  track: {
    gridColumn: "1 / span 2",
    height: "6px",
    borderRadius: "3px",
    backgroundColor: tokens.colorNeutralBackground5,
  },
  fill: { height: "100%", borderRadius: "3px" },
  good: { backgroundColor: tokens.colorBrandBackground },
  some: { backgroundColor: tokens.colorPaletteMarigoldBackground3 },
  much: { backgroundColor: tokens.colorPaletteRedBackground3 },
});

/**
 * How alarming a bar looks, by the share of its points lost: under a tenth (19.21 of 20) is the brand colour like a
 * full score, a tenth to under three tenths is amber, three tenths or more (1 of 2) is red.
 */
export function barTone(score: Dec | null, points: Dec): "good" | "some" | "much" {
  if (score === null || points.isZero()) return "much";
  const lost = points.minus(score).div(points);
  return lost.lessThan(0.1) ? "good" : lost.lessThan(0.3) ? "some" : "much";
}

const Bar: React.FC<{ row: IndicatorScore }> = ({ row }) => {
  const styles = useStyles();
  const share = row.score === null ? 0 : Math.max(0, Math.min(1, row.score.div(row.points).toNumber()));
  const tone = barTone(row.score, row.points);
  return (
    <li className={mergeClasses(styles.item, row.level === 1 ? styles.level1 : styles.level2)}>
      <span>
        {row.code} <Words text={row.name} />
      </span>
      <span className={styles.score}>{row.score === null ? "未能评分" : `${fmt(row.score)} / ${fmt(row.points)}`}</span>
      <div className={styles.track} aria-hidden="true">
        <div
          className={mergeClasses(styles.fill, styles[tone])}
          data-tone={tone}
          style={{ width: `${share * 100}%` }}
        />
      </div>
    </li>
  );
};

/** The three 一级 and their 二级, each as score against points. */
export const ScoreBars: React.FC<{ result: ScoreResult }> = ({ result }) => {
  const section = useSectionStyles();
  const rows = result.indicators.filter((r) => r.level < 3);
  return (
    <section className={section.section} aria-labelledby="bars-title" role="region">
      <h2 id="bars-title" className={section.heading}>
        <Words text="一级、二级指标得分" />
      </h2>
      <ul className={section.list}>
        {rows.map((r) => (
          <Bar key={r.code} row={r} />
        ))}
      </ul>
    </section>
  );
};
