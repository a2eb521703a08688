import { pathText } from "../scoring/format/problem";
import { checkFramework } from "../scoring/format/load";
import { bundledMatch, WorkbookFrameworkError, type Embedded, type ResolvedFramework } from "./embedded";
import { finding } from "./finding";

/**
 * The framework a workbook carries, checked as any framework file is (the same core checks): the workbook scores with
 * it. If it cannot be read, does not match its recorded content hash, or has an error, it is not used: the version
 * PERF ships under the same record stands in (with a finding), or nothing is scored.
 */
export function ownFramework(embedded: Embedded, hashOf?: (doc: unknown) => string): ResolvedFramework {
  const where = `工作簿内嵌的指标框架（${embedded.sheet} 表）`;
  const bundled = bundledMatch(embedded);
  let problem: string;
  try {
    const doc: unknown = JSON.parse(embedded.json);
    if (hashOf && hashOf(doc) !== embedded.hash)
      throw new WorkbookFrameworkError(`${where}与其记录的校验码不符，可能被改动`);
    // A version PERF ships was checked when PERF was built.
    if (bundled) return { framework: bundled, findings: [] };
    const checked = checkFramework(doc, embedded.hash);
    if (checked.framework) return { framework: checked.framework, findings: [] };
    const errors = checked.problems.filter((p) => p.severity === "error");
    const shown = errors.slice(0, 3).map((p) => `${pathText(p.path) || "全文"}：${p.message}`);
    problem = `${where}有误：${shown.join("；")}${errors.length > 3 ? `；等 ${errors.length} 处` : ""}`;
  } catch (e) {
    if (!(e instanceof WorkbookFrameworkError) && !(e instanceof SyntaxError)) throw e;
    problem = e instanceof WorkbookFrameworkError ? e.message : `${where}已损坏，无法读取`;
  }
  if (bundled) {
    const message = `${problem}；已按 PERF 自带的同一版本 ${bundled.id} 评分`;
    return { framework: bundled, findings: [finding("warning", "framework", message)] };
  }
  throw new WorkbookFrameworkError(`${problem}。无法评分：请用财政局下发的模板重新填报，或由财政局指定框架文件评分。`);
}
