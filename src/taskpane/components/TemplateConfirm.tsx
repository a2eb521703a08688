import * as React from "react";
import { Words } from "./Words";
import { Question } from "./Question";

interface Props {
  clash: readonly string[];
  missing: readonly string[];
  onInsertMissing(): void;
  onCancel(): void;
}

/**
 * Some of the template's sheet names are taken: insert only the others, or nothing. Existing sheets are never
 * replaced. (With nothing left to insert there is no question: the pane just says so.)
 */
export const TemplateConfirm: React.FC<Props> = ({ clash, missing, onInsertMissing, onCancel }) => (
  <Question title="工作簿中已有同名工作表" confirm="只插入缺少的工作表" onConfirm={onInsertMissing} onCancel={onCancel}>
    <p style={{ margin: 0 }}>
      <Words text={`已有：${clash.join("、")}。这些工作表不会被改动。`} />
      <br />
      <Words text={`将插入缺少的：${missing.join("、")}。`} />
    </p>
  </Question>
);
