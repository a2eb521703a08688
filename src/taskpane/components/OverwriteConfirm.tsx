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
  // The question takes the focus, so keyboard and screen-reader users meet it at once.
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useLayoutEffect(() => heading.current?.focus(), []);
  return (
    <section className={styles.section} aria-labelledby="overwrite-title" role="region">
      <h2 id="overwrite-title" className={styles.heading} ref={heading} tabIndex={-1}>
        以下手工填写的得分将被改写
      </h2>
      <p className={styles.muted}>改写后，原值记入“评分记录”表，可用“撤销上次评分”还原。</p>
      <ul className={styles.list}>
        {overwrites.map((o) => (
          <li key={o.cell}>
            {o.cell} · {o.code === o.name ? o.name : `${o.code} ${o.name}`}：{o.oldFormula ?? String(o.old)} →{" "}
            {o.value === null ? "清空（无法评分）" : o.value}
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
