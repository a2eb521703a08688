import { makeResetStyles, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { Words } from "./Words";
import { Button } from "./Button";

// Fluent's dialog surface, drawn on the browser's own modal <dialog> (see below).
const useSurface = makeResetStyles({
  boxSizing: "border-box",
  width: `calc(100vw - 2 * ${tokens.spacingHorizontalL})`,
  maxWidth: "480px",
  maxHeight: `calc(100vh - 2 * ${tokens.spacingVerticalXXL})`,
  padding: tokens.spacingHorizontalXL,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
  borderRadius: tokens.borderRadiusXLarge,
  backgroundColor: tokens.colorNeutralBackground1,
  color: tokens.colorNeutralForeground1,
  boxShadow: tokens.shadow64,
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase300,
  lineHeight: tokens.lineHeightBase300,
  overflowY: "auto",
  "::backdrop": { backgroundColor: "rgba(0, 0, 0, 0.4)" },
  // A narrow pane (200% zoom): less margin and padding, so the text has room.
  "@media (max-width: 240px)": {
    width: `calc(100vw - ${tokens.spacingHorizontalL})`,
    padding: tokens.spacingHorizontalM,
  },
});

const useStyles = makeStyles({
  title: {
    margin: `0 0 ${tokens.spacingVerticalS}`,
    outlineStyle: "none",
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "flex-end",
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalL,
  },
  button: { whiteSpace: "nowrap" },
});

interface Props {
  title: string;
  /** The answer that goes ahead. */
  confirm: string;
  onConfirm(): void;
  onCancel(): void;
  children: React.ReactNode;
}

const FOCUSABLE = "button:not([disabled]), [href], input, select, textarea, summary, [tabindex]:not([tabindex='-1'])";

/**
 * A question the pane needs answered before it writes: a modal dialog (the browser's <dialog> shown with showModal,
 * which makes everything behind it inert) in Fluent's look. The focus stays inside (Tab and Shift+Tab wrap), Esc
 * cancels, and when it closes the focus goes back to the button that led to it.
 */
export const Question: React.FC<Props> = ({ title, confirm, onConfirm, onCancel, children }) => {
  const styles = useStyles();
  const surface = useSurface();
  const ref = React.useRef<HTMLDialogElement>(null);
  const heading = React.useRef<HTMLHeadingElement>(null);
  const ids = React.useId();
  React.useLayoutEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog) return undefined;
    if (typeof dialog.showModal === "function") dialog.showModal();
    else dialog.setAttribute("open", ""); // no modal <dialog> here: shown in place, still labelled and answerable
    // The question's title takes the focus: read first, and its top in view however long the list below it.
    heading.current?.focus();
    return () => {
      if (typeof dialog.close === "function" && dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  const keys = (e: React.KeyboardEvent<HTMLDialogElement>) => {
    if (e.key === "Escape") {
      e.preventDefault();
      onCancel();
      return;
    }
    if (e.key !== "Tab") return;
    const all = Array.from(e.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE));
    if (all.length === 0) return;
    const [first, last] = [all[0], all[all.length - 1]];
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };
  return (
    <dialog
      ref={ref}
      className={surface}
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-body`}
      onKeyDown={keys}
      // The browser's own Esc (and Android's back): cancel the question instead of letting the dialog close by itself.
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${ids}-title`} className={styles.title} ref={heading} tabIndex={-1}>
        <Words text={title} />
      </h2>
      <div id={`${ids}-body`}>{children}</div>
      <div className={styles.actions}>
        <Button appearance="primary" className={styles.button} onClick={onConfirm}>
          {confirm}
        </Button>
        <Button className={styles.button} onClick={onCancel}>
          取消
        </Button>
      </div>
    </dialog>
  );
};
