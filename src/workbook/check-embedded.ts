import { checkDoc } from "../scoring/format/check-doc";
import type { FrameworkDoc } from "../scoring/format/doc";
import { pathText } from "../scoring/format/problem";

/** What the checks make of the framework a workbook carries: the file, ready to compile, or what is wrong with it. */
export interface EmbeddedCheck {
  doc?: unknown;
  parsed?: FrameworkDoc;
  problem?: string;
}

/**
 * Reads and checks the JSON of a workbook's own framework, as any framework file is checked; `where` names it in the
 * problem. Part of the framework checks: the task pane loads them as a script of their own.
 */
export function checkEmbedded(json: string, where: string): EmbeddedCheck {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch {
    return { problem: `${where}已损坏，无法读取` };
  }
  let checked: ReturnType<typeof checkDoc>;
  try {
    checked = checkDoc(doc);
  } catch (e) {
    // Nesting deep enough to exhaust the stack is no framework anyone wrote.
    if (e instanceof RangeError) return { problem: `${where}层层嵌套过深，无法读取` };
    throw e;
  }
  const { problems, parsed } = checked;
  if (parsed) return { doc, parsed };
  const errors = problems.filter((p) => p.severity === "error");
  const shown = errors.slice(0, 3).map((p) => `${pathText(p.path) || "全文"}：${p.message}`);
  return { doc, problem: `${where}有误：${shown.join("；")}${errors.length > 3 ? `；等 ${errors.length} 处` : ""}` };
}
