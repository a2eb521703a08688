import { Button } from "@fluentui/react-components";
import * as React from "react";
import { useSectionStyles } from "../styles";

interface Props {
  clash: readonly string[];
  missing: readonly string[];
  onInsertMissing(): void;
  onCancel(): void;
}

/** A name clash is a choice for the user, never an overwrite: existing sheets are left as they are. */
export const TemplateConfirm: React.FC<Props> = ({ clash, missing, onInsertMissing, onCancel }) => {
  const styles = useSectionStyles();
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useLayoutEffect(() => heading.current?.focus(), []);
  return (
    <section className={styles.section} aria-labelledby="template-title" role="region">
      <h2 id="template-title" className={styles.heading} ref={heading} tabIndex={-1}>
        工作簿中已有同名工作表
      </h2>
      <p>
        已有：{clash.join("、")}。这些工作表不会被改动。
        {missing.length > 0 ? `可以只插入缺少的：${missing.join("、")}。` : "模板的各表都已存在，无需插入。"}
      </p>
      <div className={styles.row}>
        <Button appearance="primary" disabled={missing.length === 0} onClick={onInsertMissing}>
          只插入缺少的工作表
        </Button>
        <Button onClick={onCancel}>取消</Button>
      </div>
    </section>
  );
};
