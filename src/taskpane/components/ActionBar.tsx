import { Button, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

interface Props {
  busy: boolean;
  onScore(): void;
  onUndo(): void;
  onTemplate(): void;
}

/** The pane's three actions. */
export const ActionBar: React.FC<Props> = ({ busy, onScore, onUndo, onTemplate }) => {
  const styles = useStyles();
  return (
    <div className={styles.bar} role="toolbar" aria-label="评分操作">
      <Button appearance="primary" disabled={busy} onClick={onScore}>
        评分
      </Button>
      <Button disabled={busy} onClick={onUndo}>
        撤销上次评分
      </Button>
      <Button disabled={busy} onClick={onTemplate}>
        插入模板
      </Button>
    </div>
  );
};
