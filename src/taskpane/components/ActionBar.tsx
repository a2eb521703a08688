import { makeResetStyles, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { Words } from "./Words";
import { Button } from "./Button";

/** A tooltip under the bar (base styles as one rule, a reset style: smaller in the bundled style sheet). */
const useTip = makeResetStyles({
  display: "none",
  position: "absolute",
  zIndex: 1,
  top: `calc(100% + ${tokens.spacingVerticalXS})`,
  insetInlineStart: 0,
  maxWidth: "100%",
  boxSizing: "border-box",
  padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: tokens.colorNeutralBackground1,
  color: tokens.colorNeutralForeground1,
  boxShadow: tokens.shadow8,
  fontSize: tokens.fontSizeBase200,
});

const useStyles = makeStyles({
  bar: { position: "relative", display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  slot: {
    ":hover > [role=tooltip]": { display: "block" },
    ":focus-within > [role=tooltip]": { display: "block" },
  },
  button: { whiteSpace: "nowrap", minWidth: "auto" },
  note: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** One of the pane's actions. Whatever cannot be done now says why, in `unavailable`, instead of failing later. */
export interface Action {
  key: string;
  label: string;
  onClick(): void;
  /** The action the pane suggests now (评分 usually; 插入模板 in a workbook without PERF's tables). */
  primary?: boolean;
  /** Why it cannot be used now, in Chinese: the button stays reachable (dimmed) and says this as its tooltip. */
  unavailable?: string;
  /**
   * The reason is a lasting limit (this Excel lacks what the action needs), not a passing state: it is shown under the
   * bar all the time instead of as a tooltip.
   */
  lasting?: boolean;
}

interface Props {
  actions: readonly Action[];
  /** Something is running: every action waits, and the focused button keeps the focus. */
  busy: boolean;
}

/**
 * The pane's actions as a toolbar: one Tab stop, the arrow keys (and Home, End) move between the buttons. Buttons that
 * cannot be used now stay focusable but dimmed (aria-disabled), so the focus never falls to the page and a keyboard
 * or screen-reader user still hears why.
 */
export const ActionBar: React.FC<Props> = ({ actions, busy }) => {
  const styles = useStyles();
  const tipStyle = useTip();
  const [current, setCurrent] = React.useState(0);
  const refs = React.useRef<(HTMLButtonElement | null)[]>([]);
  const move = (e: React.KeyboardEvent) => {
    const last = actions.length - 1;
    const steps: Record<string, number> = {
      ArrowRight: current === last ? 0 : current + 1,
      ArrowDown: current === last ? 0 : current + 1,
      ArrowLeft: current === 0 ? last : current - 1,
      ArrowUp: current === 0 ? last : current - 1,
      Home: 0,
      End: last,
    };
    const next = steps[e.key];
    if (next === undefined) return;
    e.preventDefault();
    setCurrent(next);
    refs.current[next]?.focus();
  };
  const lasting = actions.filter((a) => a.unavailable && a.lasting);
  return (
    <>
      <div className={styles.bar} role="toolbar" aria-label="评分操作" onKeyDown={move}>
        {actions.map((a, k) => {
          const why = `${a.key}-unavailable`;
          const tip = a.unavailable && !a.lasting && !busy;
          return (
            <span key={a.key} className={styles.slot}>
              <Button
                ref={(el: HTMLButtonElement | null) => void (refs.current[k] = el)}
                className={styles.button}
                appearance={a.primary ? "primary" : "secondary"}
                tabIndex={k === (current < actions.length ? current : 0) ? 0 : -1}
                disabledFocusable={busy || Boolean(a.unavailable)}
                aria-describedby={a.unavailable && (a.lasting || !busy) ? why : undefined}
                onFocus={() => setCurrent(k)}
                onClick={a.onClick}
                data-action={a.key}
                data-primary={a.primary ? "" : undefined}
              >
                {a.label}
              </Button>
              {tip ? (
                <span id={why} role="tooltip" className={tipStyle}>
                  <Words text={a.unavailable as string} />
                </span>
              ) : null}
            </span>
          );
        })}
      </div>
      {lasting.map((a) => (
        <p key={a.key} id={`${a.key}-unavailable`} className={styles.note}>
          {a.unavailable}
        </p>
      ))}
    </>
  );
};
