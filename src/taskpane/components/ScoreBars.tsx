import { makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { fmt, type IndicatorScore, type ScoreResult } from "../../scoring";
import { useSectionStyles } from "../styles";

const useStyles = makeStyles({
  item: { display: "grid", gridTemplateColumns: "1fr auto", rowGap: "2px", columnGap: tokens.spacingHorizontalS },
  level1: { fontWeight: tokens.fontWeightSemibold },
  level2: { paddingLeft: tokens.spacingHorizontalL },
  track: {
    gridColumn: "1 / span 2",
    height: "6px",
    borderRadius: "3px",
    backgroundColor: tokens.colorNeutralBackground5,
  },
  fill: { height: "100%", borderRadius: "3px", backgroundColor: tokens.colorBrandBackground },
  lost: { backgroundColor: tokens.colorPaletteDarkOrangeBackground3 },
});

const Bar: React.FC<{ row: IndicatorScore }> = ({ row }) => {
  const styles = useStyles();
  const share = row.score === null ? 0 : Math.max(0, Math.min(1, row.score.div(row.points).toNumber()));
  const full = row.lost?.isZero();
  return (
    <li className={`${styles.item} ${row.level === 1 ? styles.level1 : styles.level2}`}>
      <span>
        {row.code} {row.name}
      </span>
      <span>{row.score === null ? "未能评分" : `${fmt(row.score)} / ${fmt(row.points)}`}</span>
      <div className={styles.track} aria-hidden="true">
        <div className={`${styles.fill} ${full ? "" : styles.lost}`} style={{ width: `${share * 100}%` }} />
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
        一级、二级指标得分
      </h2>
      <ul className={section.list}>
        {rows.map((r) => (
          <Bar key={r.code} row={r} />
        ))}
      </ul>
    </section>
  );
};
