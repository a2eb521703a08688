import { makeResetStyles, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import * as React from "react";
import { Words } from "./Words";
import { SEVERITY_WORDS as WORD, sortFindings, type Finding, type FindingKind } from "../../workbook";
import { useSectionStyles } from "../styles";

/** A finding's card (base styles as one rule, a reset style: the variants below override it). */
const useCard = makeResetStyles({
  display: "flex",
  flexDirection: "column",
  alignItems: "flex-start",
  gap: "2px",
  width: "100%",
  boxSizing: "border-box",
  textAlign: "start",
  padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: tokens.colorNeutralBackground1,
  color: tokens.colorNeutralForeground1,
  font: "inherit",
  overflowWrap: "anywhere",
});

const useStyles = makeStyles({
  button: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  errorItem: {
    borderInlineStartWidth: tokens.strokeWidthThicker,
    borderInlineStartColor: tokens.colorPaletteRedBorder2,
  },
  badge: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  // An address is one thing to find in Excel: never broken across lines (“基础/数据!D73”); a sheet name too long for
  // the line is cut with an ellipsis (the button's label and the tooltip say it whole).
  address: {
    display: "inline-block",
    maxWidth: "100%",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    verticalAlign: "bottom",
  },
  details: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  members: {
    margin: 0,
    paddingInlineStart: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: "2px",
  },
});

/** Findings of these kinds come in numbers (a template left blank): they are listed together, under one thing to do. */
const GROUPS: Partial<Record<FindingKind, (n: number) => string>> = {
  "input-blank": (n) => `有 ${n} 项基础数据未填写：请在“基础数据”表的“值”列逐项填写。点击一项可定位到它的单元格。`,
  "input-row-missing": (n) =>
    `“基础数据”表缺少 ${n} 个输入项的行：请从模板的“基础数据”表复制这些行，或在模板中重新填写。`,
};
const GROUP_FROM = 2;

type Entry = { finding: Finding } | { kind: FindingKind; members: Finding[] };

/** Errors first; findings of a grouped kind gathered where the first of them stands. */
function entries(findings: readonly Finding[]): Entry[] {
  const sorted = sortFindings(findings);
  const counts = new Map<FindingKind, number>();
  for (const f of sorted) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  const out: Entry[] = [];
  const groups = new Map<FindingKind, Finding[]>();
  for (const f of sorted) {
    if (GROUPS[f.kind] && (counts.get(f.kind) ?? 0) >= GROUP_FROM) {
      let members = groups.get(f.kind);
      if (!members) {
        groups.set(f.kind, (members = []));
        out.push({ kind: f.kind, members });
      }
      members.push(f);
    } else out.push({ finding: f });
  }
  return out;
}

interface Props {
  findings: readonly Finding[];
  onSelect(cell: string): void;
  /** The input's Chinese label, by id (a grouped list names each input by it). */
  labelOf(id: string): string;
}

/**
 * The check's findings, errors first, each saying what to do; clicking one selects its cell in Excel. The input's id
 * is only in a small details line, for whoever compares with the 代码 column or the JSON.
 */
export const Findings: React.FC<Props> = ({ findings, onSelect, labelOf }) => {
  const section = useSectionStyles();
  const styles = useStyles();
  const item = useCard();
  const errors = findings.filter((f) => f.severity === "error").length;
  const address = (cell: string) => (
    <span className={mergeClasses("perf-nowrap", styles.address)} title={cell}>
      {cell}
    </span>
  );
  const card = (f: Finding, body: React.ReactNode, label: string) =>
    f.cell ? (
      <button
        type="button"
        className={mergeClasses(item, styles.button, f.severity === "error" && styles.errorItem)}
        onClick={() => onSelect(f.cell as string)}
        aria-label={label}
      >
        {body}
      </button>
    ) : (
      <div className={mergeClasses(item, f.severity === "error" && styles.errorItem)}>{body}</div>
    );
  return (
    <section className={section.section} aria-labelledby="findings-title" role="region">
      <h2 id="findings-title" className={section.heading}>
        <Words text={`检查结果（错误 ${errors} 处，提示 ${findings.length - errors} 处）`} />
      </h2>
      {findings.length === 0 ? <p className={section.text}>未发现问题。</p> : null}
      <ul className={section.list} data-testid="findings">
        {entries(findings).map((e, k) => {
          if ("finding" in e) {
            const f = e.finding;
            const id = f.subject && labelOf(f.subject) !== f.subject ? f.subject : undefined;
            return (
              <li key={`${k}-${f.cell ?? ""}`}>
                {card(
                  f,
                  <>
                    <span className={mergeClasses(styles.badge, styles[f.severity])}>
                      {WORD[f.severity]}
                      {f.cell ? <span className={styles.cell}> · {address(f.cell)}</span> : null}
                    </span>
                    <Words text={f.message} />
                    {id ? (
                      <span className={styles.details} data-details="">
                        代码 {id}
                      </span>
                    ) : null}
                  </>,
                  `${WORD[f.severity]}，定位到 ${f.cell}：${f.message}`,
                )}
              </li>
            );
          }
          const severity = e.members.some((f) => f.severity === "error") ? "error" : "warning";
          return (
            <li key={`${k}-${e.kind}`} className={styles.group} data-group={e.kind}>
              <span className={mergeClasses(styles.badge, styles[severity])}>{WORD[severity]}</span>
              <Words text={GROUPS[e.kind]?.(e.members.length) ?? ""} />
              <ul className={styles.members}>
                {e.members.map((f, j) => {
                  const name = f.subject ? labelOf(f.subject) : f.message;
                  return (
                    <li key={`${j}-${f.cell ?? ""}`}>
                      {card(
                        f,
                        <span>
                          <Words text={name} />
                          {f.cell ? <span className={styles.cell}> · {address(f.cell)}</span> : null}
                        </span>,
                        `${WORD[f.severity]}，定位到 ${f.cell}：${f.message}`,
                      )}
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ul>
    </section>
  );
};
