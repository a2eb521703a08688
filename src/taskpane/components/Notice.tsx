import {
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import * as React from "react";
import { Words } from "./Words";
import { Button } from "./Button";

/** A message after an action: what happened, in Chinese, and what to do next. */
export interface Notice {
  intent: "success" | "warning" | "error" | "info";
  title?: string;
  text: string;
  /** Technical detail (Excel's own message), folded away. */
  detail?: string;
}

const useStyles = makeStyles({
  // In a narrow pane (200% zoom), the text takes the whole width under the icon and the close button.
  bar: {
    "@media (max-width: 240px)": {
      gridTemplateColumns: "1fr auto",
      gridTemplateAreas: '"icon actions" "body body" "secondaryActions secondaryActions"',
    },
  },
  body: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  detail: { marginTop: tokens.spacingVerticalXS, fontSize: tokens.fontSizeBase200 },
});

/**
 * Fluent's message bar: the intent's icon and colour, a title, the text, and a close button. Errors are announced at
 * once (role alert), the rest politely (role status).
 */
export const NoticeBar: React.FC<{ notice: Notice; onDismiss(): void }> = ({ notice, onDismiss }) => {
  const styles = useStyles();
  return (
    <MessageBar
      className={styles.bar}
      intent={notice.intent}
      layout="multiline"
      role={notice.intent === "error" ? "alert" : "status"}
    >
      <MessageBarBody className={styles.body}>
        {notice.title ? <MessageBarTitle>{notice.title}</MessageBarTitle> : null}
        <Words text={notice.text} />
        {notice.detail ? (
          <details className={styles.detail}>
            <summary>技术细节</summary>
            {notice.detail}
          </details>
        ) : null}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            size="small"
            icon={<DismissRegular />}
            aria-label="关闭此消息"
            onClick={onDismiss}
          />
        }
      />
    </MessageBar>
  );
};
