import type { EmbeddedCheck } from "./check-embedded";
import { bundledMatch, WorkbookFrameworkError, type OwnFramework } from "./embedded";
import { finding } from "./finding";

/**
 * How a workbook's own framework is resolved, given the framework checks (check-embedded.ts; the task pane loads them
 * as a script of their own): checked as any framework file is, the workbook scores with it. If it cannot be read,
 * does not match its recorded content hash, or has an error, it is not used: the version PERF ships under the same
 * record stands in (with a finding), or nothing is scored.
 */
export function ownFrameworkWith(check: (json: string, where: string, hash: string) => EmbeddedCheck): OwnFramework {
  return (embedded, hashOf) => {
    const where = `工作簿内嵌的指标框架（${embedded.sheet} 表）`;
    const bundled = bundledMatch(embedded);
    let doc: unknown;
    let hash: string | undefined;
    try {
      doc = JSON.parse(embedded.json);
      hash = hashOf?.(doc);
    } catch {
      doc = undefined; // damaged, or nested deeper than the stack: the checks below say which
    }
    const altered = doc !== undefined && hash !== undefined && hash !== embedded.hash;
    // A version PERF ships whose content is the record's: scored with that version, checked when PERF was built.
    if (bundled && doc !== undefined && !altered) return { framework: bundled, findings: [] };
    const { framework, problem } = check(embedded.json, where, embedded.hash);
    if (framework && !altered) return { framework, findings: [] };
    const why = altered ? `${where}与其记录的校验码不符，可能被改动` : problem;
    if (bundled) {
      const message = `${why}；已按 PERF 自带的同一版本“${bundled.name}”评分，不受改动影响。该表由 PERF 生成，请勿修改；如确需改用其他框架，请向财政局索取新的模板`;
      return { framework: bundled, findings: [finding("warning", "framework", message)] };
    }
    throw new WorkbookFrameworkError(`${why}。无法评分：请用财政局下发的模板重新填报，或由财政局指定框架文件评分。`);
  };
}
