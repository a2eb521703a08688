import { Button, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  note: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

interface Props {
  busy: boolean;
  onScore(): void;
  onUndo(): void;
  onTemplate(): void;
  /** Why 插入模板 is unavailable in this Excel (it is then disabled), if it is. */
  templateUnavailable?: string;
}

/** The pane's three actions. */
export const ActionBar: React.FC<Props> = ({ busy, onScore, onUndo, onTemplate, templateUnavailable }) => {
  const styles = useStyles();
  return (
    <>
      <div className={styles.bar} role="toolbar" aria-label="评分操作">
        <Button appearance="primary" disabled={busy} onClick={onScore}>
          评分
        </Button>
        <Button disabled={busy} onClick={onUndo}>
          撤销上次评分
        </Button>
        <Button
          disabled={busy}
          // Focusable though disabled, so a keyboard or screen reader user reaches it and hears why.
          disabledFocusable={templateUnavailable !== undefined}
          onClick={onTemplate}
          aria-describedby={templateUnavailable ? "template-unavailable" : undefined}
        >
          插入模板
        </Button>
      </div>
      {templateUnavailable ? (
        <p id="template-unavailable" className={styles.note}>
          {templateUnavailable}
        </p>
      ) : null}
    </>
  );
};
