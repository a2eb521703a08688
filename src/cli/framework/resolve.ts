import type { Framework } from "../../scoring";
import { readEmbedded, WorkbookFrameworkError, workbookFramework } from "../../workbook";
import { readWorkbook, WorkbookLoadError } from "../../xlsx";
import { CliError, processIo } from "../io";
import { readFrameworkText } from "./read";
import { ownFramework } from "../../workbook/own-framework-node";
import { bundledFramework, bundledIds } from "./bundled";
import { frameworkHash } from "./hash";

/** Reads a framework file; its errors stop the command (exit 1), each with its line and path. */
export async function frameworkFromFile(path: string): Promise<Framework> {
  const text = await readFrameworkText(path, processIo());
  const { loadFrameworkText, problemLine } = await import("./file"); // the YAML reader and the schema: only here
  const loaded = loadFrameworkText(text);
  const errors = loaded.problems.filter((p) => p.severity === "error");
  if (!loaded.framework || errors.length > 0) {
    throw new CliError(`指标框架文件有误，未能使用：\n${errors.map((p) => `  ${problemLine(path, p)}`).join("\n")}`);
  }
  return loaded.framework;
}

/** The framework a workbook (a template) carries, verified against its recorded content hash. */
async function frameworkFromWorkbook(path: string): Promise<Framework> {
  try {
    const { pkg, snapshot } = await readWorkbook(path);
    pkg.close();
    if (!readEmbedded(snapshot)) throw new CliError(`${path} 中没有 PERF 记录的指标框架`);
    return workbookFramework(snapshot, undefined, ownFramework, frameworkHash).framework;
  } catch (e) {
    if (e instanceof WorkbookLoadError || e instanceof WorkbookFrameworkError) throw new CliError(e.message);
    throw e;
  }
}

/**
 * `--framework ID|FILE`: a bundled framework by id, a framework file (YAML or JSON), or a workbook made from a
 * template, whose framework it carries.
 */
export async function resolveFramework(spec: string): Promise<Framework> {
  const bundled = await bundledFramework(spec);
  if (bundled) return bundled;
  if (/\.xlsx$/i.test(spec)) return frameworkFromWorkbook(spec);
  if (/\.(ya?ml|json)$/i.test(spec)) return frameworkFromFile(spec);
  throw new CliError(
    `未知的指标框架“${spec}”：应为内置框架代码（${bundledIds().join("、")}），或框架文件（.yaml、.json）、模板工作簿（.xlsx）的路径`,
    2,
  );
}

/**
 * A framework file that takes the id of one PERF ships but not its content: the exchange JSON and a workbook name a
 * framework by id, so such a copy would be taken for PERF's own. Issuing it (check, template) is refused.
 */
export async function shippedIdTaken(f: Framework): Promise<string | undefined> {
  const shipped = await bundledFramework(f.id);
  if (!shipped || shipped.hash === f.hash) return undefined;
  return `框架代码 ${f.id} 是 PERF 自带框架的代码，而本文件的内容与它不同（校验码 ${f.hash.slice(0, 12)}，自带的为 ${shipped.hash.slice(0, 12)}）：同一代码的两个框架会被互相当作对方，请为本框架另起代码（id），如 district-2025`;
}

/** The command's --framework, if given. */
export async function frameworkOption(options: ReadonlyMap<string, string>): Promise<Framework | undefined> {
  const spec = options.get("framework");
  return spec === undefined ? undefined : resolveFramework(spec);
}
