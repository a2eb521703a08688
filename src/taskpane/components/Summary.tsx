import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import * as React from "react";
import { Words } from "./Words";
import { describeGradeBand, fmt, type ScoreResult } from "../../scoring";

const useStyles = makeStyles({
  box: { display: "flex", alignItems: "baseline", columnGap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  total: {
    fontSize: tokens.fontSizeHero800,
    lineHeight: tokens.lineHeightHero800,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
    whiteSpace: "nowrap",
  },
  grade: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
    whiteSpace: "nowrap",
  },
  line: { width: "100%", margin: 0 },
  who: { color: tokens.colorNeutralForeground3 },
  band: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  failed: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorPaletteRedForeground1,
  },
  todo: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteRedForeground1 },
});

/**
 * Total and grade, the first thing a person looks for; when errors stopped the score, how many there are and that
 * they are listed right below.
 */
export const Summary: React.FC<{ result: ScoreResult; errors: number }> = ({ result, errors }) => {
  const styles = useStyles();
  // A workbook whose 部门名称 is blank says so in words, not with a placeholder in brackets.
  const year = result.year ? `${result.year} 年度` : "";
  const who = result.department
    ? [result.department, year].join(" ")
    : [year, "部门名称未填写"].filter(Boolean).join("，");
  const band = result.grades.find((b) => b.level === result.grade);
  return (
    <section className={styles.box} aria-label="评分结果" role="region">
      <p className={mergeClasses(styles.line, styles.who)}>
        <Words text={who} />
      </p>
      {result.total === null ? (
        <>
          <span className={styles.failed} data-testid="total">
            未能评分
          </span>
          <p className={styles.line} data-testid="errors-summary">
            <Words text={`有 ${errors} 处错误，下面逐条列出，请更正后重新点击“评分”。`} />
          </p>
        </>
      ) : (
        <>
          <span className={styles.total} data-testid="total">
            {fmt(result.total)} 分
          </span>
          <span className={styles.grade} data-testid="grade">
            等级：{result.grade}
          </span>
          {band ? (
            <p className={mergeClasses(styles.line, styles.band)}>
              <Words text={`${band.level}：总分 ${describeGradeBand(band)}`} />
            </p>
          ) : null}
          {errors > 0 ? (
            <p className={mergeClasses(styles.line, styles.todo)} data-testid="errors-summary">
              <Words text={`另有 ${errors} 处错误需要更正，下面逐条列出。`} />
            </p>
          ) : null}
        </>
      )}
    </section>
  );
};
