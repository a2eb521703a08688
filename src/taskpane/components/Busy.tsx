import { makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";

const useStyles = makeStyles({
  busy: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
  },
  ring: {
    width: "14px",
    height: "14px",
    borderRadius: "50%",
    border: `2px solid ${tokens.colorNeutralStroke1}`,
    borderTopColor: tokens.colorBrandForeground1,
    animationName: { from: { transform: "rotate(0deg)" }, to: { transform: "rotate(360deg)" } },
    animationDuration: "0.8s",
    animationIterationCount: "infinite",
    animationTimingFunction: "linear",
    "@media (prefers-reduced-motion: reduce)": { animationDuration: "2.4s" },
  },
});

/** What the pane is doing, as a small spinning ring and its label (role progressbar for assistive technology). */
export const Busy: React.FC<{ label: string }> = ({ label }) => {
  const styles = useStyles();
  return (
    <div className={styles.busy} role="progressbar" aria-label={label}>
      <span className={styles.ring} aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
};
