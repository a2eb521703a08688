import { makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { fmt, type ScoreResult } from "../../scoring";

const useStyles = makeStyles({
  box: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  total: {
    fontSize: tokens.fontSizeHero800,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  grade: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
  who: { color: tokens.colorNeutralForeground3, width: "100%" },
  failed: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** Total and grade, the first thing a person looks for. */
export const Summary: React.FC<{ result: ScoreResult; errors: number }> = ({ result, errors }) => {
  const styles = useStyles();
  const who = [result.department || "（未填部门名称）", result.year ? `${result.year} 年度` : ""].join(" ");
  return (
    <section className={styles.box} aria-label="评分结果" role="region">
      <span className={styles.who}>{who}</span>
      {result.total === null ? (
        <span className={styles.failed} data-testid="total">
          未能评分：有 {errors} 处错误，见下方检查结果
        </span>
      ) : (
        <>
          <span className={styles.total} data-testid="total">
            {fmt(result.total)} 分
          </span>
          <span className={styles.grade} data-testid="grade">
            等级：{result.grade}
          </span>
        </>
      )}
    </section>
  );
};
