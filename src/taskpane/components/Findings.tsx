import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import * as React from "react";
import { SEVERITY_WORDS as WORD, sortFindings, type Finding } from "../../workbook";
import { useSectionStyles } from "../styles";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: "2px",
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  static: { cursor: "default" },
  badge: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

/** The check's findings, errors first; clicking one selects its cell in Excel. */
export const Findings: React.FC<{ findings: readonly Finding[]; onSelect(cell: string): void }> = ({
  findings,
  onSelect,
}) => {
  const section = useSectionStyles();
  const styles = useStyles();
  const sorted = sortFindings(findings);
  const errors = sorted.filter((f) => f.severity === "error").length;
  return (
    <section className={section.section} aria-labelledby="findings-title" role="region">
      <h2 id="findings-title" className={section.heading}>
        检查结果（错误 {errors} 处，提示 {sorted.length - errors} 处）
      </h2>
      {sorted.length === 0 ? <p>未发现问题。</p> : null}
      <ul className={section.list} data-testid="findings">
        {sorted.map((f, k) => {
          const body = (
            <>
              <span className={mergeClasses(styles.badge, styles[f.severity])}>
                {WORD[f.severity]}
                {f.cell ? <span className={styles.cell}> · {f.cell}</span> : null}
              </span>
              <span>{f.message}</span>
            </>
          );
          return (
            <li key={`${k}-${f.cell ?? ""}`}>
              {f.cell ? (
                <button
                  type="button"
                  className={styles.item}
                  onClick={() => onSelect(f.cell as string)}
                  aria-label={`${WORD[f.severity]}，定位到 ${f.cell}：${f.message}`}
                >
                  {body}
                </button>
              ) : (
                <div className={mergeClasses(styles.item, styles.static)}>{body}</div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
};
