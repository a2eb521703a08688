import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import * as React from "react";

const useStyles = makeStyles({
  list: {
    display: "flex",
    gap: tokens.spacingHorizontalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    padding: `${tokens.spacingVerticalXS} 2px`,
    border: "none",
    borderBottom: `${tokens.strokeWidthThicker} solid transparent`,
    marginBottom: `-${tokens.strokeWidthThin}`,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground2,
    font: "inherit",
    cursor: "pointer",
    whiteSpace: "nowrap",
    ":hover": { color: tokens.colorNeutralForeground1 },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorBrandForeground1,
  },
});

export interface ViewTab<K extends string> {
  key: K;
  label: string;
}

/**
 * The pane's views as tabs (WAI-ARIA's tab pattern: one Tab stop, the arrow keys move and select). Plain buttons in
 * Fluent's colours: Fluent's TabList would bring its focus manager into the bundle.
 */
export function ViewTabs<K extends string>(p: { tabs: readonly ViewTab<K>[]; current: K; onSelect(key: K): void }) {
  const styles = useStyles();
  const at = p.tabs.findIndex((t) => t.key === p.current);
  const move = (e: React.KeyboardEvent) => {
    const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    const next = (at + step + p.tabs.length) % p.tabs.length;
    p.onSelect(p.tabs[next].key);
    (e.currentTarget.children[next] as HTMLElement).focus();
  };
  return (
    <div className={styles.list} role="tablist" aria-label="功能" onKeyDown={move}>
      {p.tabs.map((t) => (
        <button
          key={t.key}
          type="button"
          role="tab"
          id={`tab-${t.key}`}
          aria-selected={t.key === p.current}
          aria-controls={`view-${t.key}`}
          tabIndex={t.key === p.current ? 0 : -1}
          className={mergeClasses(styles.tab, t.key === p.current && styles.selected)}
          onClick={() => p.onSelect(t.key)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
