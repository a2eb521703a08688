import { Button } from "@fluentui/react-components";
import * as React from "react";
import type { Overwrite } from "../../workbook";
import { useSectionStyles } from "../styles";

interface Props {
  overwrites: readonly Overwrite[];
  onConfirm(): void;
  onCancel(): void;
}

/** Hand-entered 得分 that would change: listed old → new, and nothing is written until the user says so. */
export const OverwriteConfirm: React.FC<Props> = ({ overwrites, onConfirm, onCancel }) => {
  const styles = useSectionStyles();
  return (
    <section className={styles.section} aria-labelledby="overwrite-title" role="region">
      <h2 id="overwrite-title" className={styles.heading}>
        以下手工填写的得分与计算结果不同
      </h2>
      <p className={styles.muted}>改写后，原值记入“评分记录”表，可用“撤销上次评分”还原。</p>
      <ul className={styles.list}>
        {overwrites.map((o) => (
          <li key={o.cell}>
            {o.cell} · {o.code} {o.name}：{o.oldFormula ?? String(o.old)} → {o.value}
          </li>
        ))}
      </ul>
      <div className={styles.row}>
        <Button appearance="primary" onClick={onConfirm}>
          改写并写入
        </Button>
        <Button onClick={onCancel}>取消</Button>
      </div>
    </section>
  );
};
