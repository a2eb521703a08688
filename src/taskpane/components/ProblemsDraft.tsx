import { Button } from "@fluentui/react-components";
import * as React from "react";
import { useSectionStyles } from "../styles";

interface Props {
  paragraphs: readonly string[];
  busy: boolean;
  onInsert(): void;
  onCopied(ok: boolean): void;
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

/** The report's 存在问题, drafted from the deductions, ready to copy or to insert as a sheet. */
export const ProblemsDraft: React.FC<Props> = ({ paragraphs, busy, onInsert, onCopied }) => {
  const styles = useSectionStyles();
  if (paragraphs.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby="problems-title" role="region">
      <h2 id="problems-title" className={styles.heading}>
        存在问题（草稿）
      </h2>
      <div data-testid="problems">
        {paragraphs.map((p) => (
          <p key={p} style={{ margin: "0 0 6px" }}>
            {p}
          </p>
        ))}
      </div>
      <div className={styles.row}>
        <Button onClick={() => void copy(paragraphs.join("\n")).then(onCopied)}>复制</Button>
        <Button disabled={busy} onClick={onInsert}>
          插入为工作表
        </Button>
      </div>
    </section>
  );
};
