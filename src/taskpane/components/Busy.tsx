import { makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";

const useStyles = makeStyles({
  busy: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
  },
});

/** Slower for whoever asked the system for less motion. */
const duration = () =>
  typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches ? "2.4s" : "0.8s";

/**
 * What the pane is doing, as a small spinning ring and its label (role progressbar for assistive technology). The ring
 * turns by SVG's own animation, so no keyframes need shipping in the style sheet.
 */
export const Busy: React.FC<{ label: string }> = ({ label }) => {
  const styles = useStyles();
  return (
    <div className={styles.busy} role="progressbar" aria-label={label}>
      <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
        <circle cx="7" cy="7" r="6" fill="none" style={{ stroke: "var(--colorNeutralStroke1)" }} strokeWidth="2" />
        <path d="M7 1a6 6 0 0 1 6 6" fill="none" style={{ stroke: "var(--colorBrandForeground1)" }} strokeWidth="2">
          <animateTransform
            attributeName="transform"
            type="rotate"
            from="0 7 7"
            to="360 7 7"
            dur={duration()}
            repeatCount="indefinite"
          />
        </path>
      </svg>
      <span>{label}</span>
    </div>
  );
};
