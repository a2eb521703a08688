import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Notice } from "../useScoring";

const useStyles = makeStyles({
  bar: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid`,
    color: tokens.colorNeutralForeground1,
    whiteSpace: "pre-wrap",
  },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    ...shorthands.borderColor(tokens.colorPaletteGreenBorder1),
  },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    ...shorthands.borderColor(tokens.colorPaletteYellowBorder1),
  },
  error: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    ...shorthands.borderColor(tokens.colorPaletteRedBorder1),
  },
  info: { backgroundColor: tokens.colorNeutralBackground3, ...shorthands.borderColor(tokens.colorNeutralStroke2) },
  detail: {
    marginTop: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
});

/** A message after an action: errors are announced at once (role alert), the rest politely. */
export const NoticeBar: React.FC<{ notice: Notice }> = ({ notice }) => {
  const styles = useStyles();
  return (
    <div
      className={mergeClasses(styles.bar, styles[notice.intent])}
      role={notice.intent === "error" ? "alert" : "status"}
    >
      {notice.text}
      {notice.detail ? (
        <details className={styles.detail}>
          <summary>技术细节</summary>
          {notice.detail}
        </details>
      ) : null}
    </div>
  );
};
