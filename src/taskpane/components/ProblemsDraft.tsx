import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import * as React from "react";
import { Button } from "./Button";
import { fmt } from "../../scoring";
import type { ProblemParagraph } from "../../workbook";
import { useSectionStyles } from "../styles";
import { NoticeBar, type Notice } from "./Notice";
import { Words } from "./Words";

const useStyles = makeStyles({
  item: { display: "flex", flexDirection: "column", gap: "2px" },
  about: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  text: { margin: 0, lineHeight: tokens.lineHeightBase400 },
  lost: { whiteSpace: "nowrap" },
});

interface Props {
  paragraphs: readonly ProblemParagraph[];
  busy: boolean;
  onInsert(): void;
  onCopied(ok: boolean): void;
  /** What 复制 or 插入为工作表 just did: shown under those buttons, not at the top of the pane. */
  notice: Notice | null;
  onDismiss(): void;
}

/** Copies text where the Clipboard API is refused (some Office webviews): a hidden textarea and execCommand. */
async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    return ok;
  }
}

/**
 * The report's 存在问题, drafted from the deductions (one paragraph per indicator that lost points, in the report's
 * manner), ready to copy or to insert as a sheet. Each paragraph's indicator is named beside it, not in the text.
 */
export const ProblemsDraft: React.FC<Props> = ({ paragraphs, busy, onInsert, onCopied, notice, onDismiss }) => {
  const section = useSectionStyles();
  const styles = useStyles();
  const copyButton = React.useRef<HTMLButtonElement>(null);
  if (paragraphs.length === 0) return null;
  return (
    <section className={section.section} aria-labelledby="problems-title" role="region">
      <h2 id="problems-title" className={section.heading}>
        <Words text="存在问题（草稿）" />
      </h2>
      <ol className={section.list} data-testid="problems">
        {paragraphs.map((p) => (
          <li key={p.code} className={styles.item}>
            <span className={styles.about}>
              {p.code} <Words text={p.name} /> ·{" "}
              <span className={mergeClasses("perf-nowrap", styles.lost)}>扣 {fmt(p.lost)} 分</span>
            </span>
            <p className={styles.text}>
              <Words text={p.text} />
            </p>
          </li>
        ))}
      </ol>
      <div className={section.row}>
        <Button ref={copyButton} onClick={() => void copy(paragraphs.map((p) => p.text).join("\n")).then(onCopied)}>
          复制
        </Button>
        <Button disabledFocusable={busy} onClick={onInsert}>
          插入为工作表
        </Button>
      </div>
      <div aria-live="polite">
        {notice ? (
          <NoticeBar
            notice={notice}
            onDismiss={() => {
              onDismiss();
              copyButton.current?.focus();
            }}
          />
        ) : null}
      </div>
    </section>
  );
};
