import type { Case, Framework, Issue } from "../../scoring";
import { CliError } from "../io";
import { bundledFramework } from "./bundled";
import { finding, readEmbedded, type Finding, type WorkbookSnapshot } from "../../workbook";

/** A workbook scored with --framework that records another framework: a finding says so. */
export function givenFindings(wb: WorkbookSnapshot, given: Framework | undefined): Finding[] {
  const embedded = given && readEmbedded(wb);
  if (!given || !embedded || (embedded.id === given.id && embedded.hash === given.hash)) return [];
  const message = `工作簿记录的指标框架为 ${embedded.id}（${embedded.sheet} 表），本次按指定的 ${given.id} 评分`;
  return [finding("warning", "framework", message)];
}

/**
 * The framework a case of the exchange JSON is scored (or imported) with: the one given with --framework, else the
 * bundled one it names. What the choice says: a warning when the given one is not what the case names (its id, or
 * its content hash); an error, and no framework, when the case names PERF's id with another content (a bureau's
 * version of the same id), which only --framework can settle.
 */
export async function caseFramework(
  c: Case,
  given: Framework | undefined,
): Promise<{ framework?: Framework; issues: Issue[] }> {
  const short = (hash: string) => `${hash.slice(0, 12)}…`;
  if (given) {
    const message =
      c.framework !== given.id
        ? `输入注明的指标框架为 ${c.framework}，本次按指定的 ${given.id} 评分`
        : c.frameworkHash && c.frameworkHash !== given.hash
          ? `输入注明的指标框架 ${c.framework} 校验码为 ${short(c.frameworkHash)}，与指定的框架（${short(given.hash)}）不同，本次按指定的框架评分`
          : undefined;
    return { framework: given, issues: message ? [{ severity: "warning", input: "framework", message }] : [] };
  }
  const framework = await bundledFramework(c.framework);
  if (!framework) throw new CliError(`未知的指标框架：${c.framework}`);
  if (c.frameworkHash && c.frameworkHash !== framework.hash)
    return {
      issues: [
        {
          severity: "error",
          input: "framework_hash",
          message: `输入注明的指标框架 ${c.framework} 校验码为 ${short(c.frameworkHash)}，不是 PERF 自带的 ${c.framework}（${short(framework.hash)}）：它按同一代码的另一版本框架填报，未评分。请用 --framework 指定该版本的框架文件，或由它生成的模板工作簿`,
        },
      ],
    };
  return { framework, issues: [] };
}
