import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Overwrite } from "../../workbook";
import { Question } from "./Question";
import { Words } from "./Words";

const useStyles = makeStyles({
  list: {
    margin: `${tokens.spacingVerticalS} 0`,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  change: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
  muted: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  cell: { display: "inline-block", maxWidth: "100%" },
});

interface Props {
  overwrites: readonly Overwrite[];
  onConfirm(): void;
  onCancel(): void;
}

/**
 * Hand-entered 得分 that would change, listed old → new in a dialog; nothing is written, and no new score is shown,
 * until the user agrees.
 */
export const OverwriteConfirm: React.FC<Props> = ({ overwrites, onConfirm, onCancel }) => {
  const styles = useStyles();
  return (
    <Question title="改写手工填写的得分？" confirm="改写并写入" onConfirm={onConfirm} onCancel={onCancel}>
      <p style={{ margin: 0 }}>
        <Words text={`以下 ${overwrites.length} 个得分是手工填写的，与按基础数据计算的结果不同：`} />
      </p>
      <ul className={styles.list}>
        {overwrites.map((o) => (
          <li key={o.cell} className={styles.item}>
            <Words text={o.code === o.name ? o.name : `${o.code} ${o.name}`} />
            <br />
            <span className={styles.change}>
              {o.oldFormula ?? String(o.old)} → {o.value === null ? "清空（无法评分）" : o.value}
            </span>
            <span className={mergeClasses(styles.muted, styles.cell)}>（{o.cell}）</span>
          </li>
        ))}
      </ul>
      <p className={styles.muted}>
        <Words text="改写后，原值记入“评分记录”表，可用“撤销上次评分”还原。" />
      </p>
    </Question>
  );
};
