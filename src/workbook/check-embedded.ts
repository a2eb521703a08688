import type { Framework } from "../scoring";
import { checkDoc } from "../scoring/format/check-doc";
import { compileFramework } from "../scoring/format/compile";
import { FURTHER_KINDS } from "../scoring/format/compile-further";
import type { FrameworkDoc } from "../scoring/format/doc";
import { prepareFramework } from "../scoring/format/prepare";
import { pathText } from "../scoring/format/problem";

/** What the checks make of the framework a workbook carries: the file and the framework, or what is wrong with it. */
export interface EmbeddedCheck {
  doc?: unknown;
  framework?: Framework;
  problem?: string;
}

/**
 * Reads and checks the JSON of a workbook's own framework, as any framework file is checked, and compiles it with
 * the content hash the workbook records; `where` names it in the problem. Part of the framework checks: the task
 * pane loads them as a script of their own.
 */
export function checkEmbedded(json: string, where: string, hash = ""): EmbeddedCheck {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch {
    return { problem: `${where}已损坏，无法读取` };
  }
  let checked: ReturnType<typeof checkDoc>;
  try {
    checked = checkDoc(doc, true);
  } catch (e) {
    // Nesting deep enough to exhaust the stack is no framework anyone wrote.
    if (e instanceof RangeError) return { problem: `${where}层层嵌套过深，无法读取` };
    throw e;
  }
  const { problems, parsed } = checked;
  if (parsed)
    return { doc, framework: compileFramework(prepareFramework(parsed), hash, doc as FrameworkDoc, FURTHER_KINDS) };
  const errors = problems.filter((p) => p.severity === "error");
  const shown = errors.slice(0, 3).map((p) => `${pathText(p.path) || "全文"}：${p.message}`);
  return { doc, problem: `${where}有误：${shown.join("；")}${errors.length > 3 ? `；等 ${errors.length} 处` : ""}` };
}
