import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { InputDef } from "../../scoring";
import { compileFramework, type BundledFramework, type FrameworkData } from "../../scoring/format/compile";
import type { FrameworkDoc, RuleDoc } from "../../scoring/format/doc";
import { parseDoc } from "../../scoring/format/parse";
import { prepareFramework } from "../../scoring/format/prepare";
import { loadFrameworkText, problemLine } from "./file";
import { bundledFiles, FRAMEWORKS_DIR, ROOT } from "./files";
import { frameworkSchema } from "./schema";

export { bundledFiles, FRAMEWORKS_DIR, ROOT };
export const COMPILED_DIR = join(ROOT, "src", "scoring", "frameworks", "compiled");

/**
 * The frameworks compiled into the scoring core, and so into the task pane and the custom functions: dapeng-2024,
 * the default (a workbook that carries no framework of its own was made for it). Every other framework file is
 * checked here as well, and a workbook made from its template carries it.
 */
export const CORE_FRAMEWORKS = ["dapeng-2024"];

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * A framework's scoring data as a module of the core: an object literal, which the build minifies (a JSON module
 * would keep every key's quotes).
 */
function scoringModule(id: string, framework: BundledFramework): string {
  return [
    `// Written by \`npm run build:frameworks\` from frameworks/${id}.yaml: never edit it by hand (a test rebuilds it).`,
    "// The framework's scoring data, without the words scoring never reads (指标说明, 参考评分标准, the clauses rules",
    "// quote, which indicator each input feeds): frameworks/texts.ts has the whole file.",
    'import type { BundledFramework } from "../../format/compile";',
    "",
    "// (Its rules leave out the clauses a framework file must have, hence the cast.)",
    `const framework = ${JSON.stringify(framework, null, 2)} as unknown as BundledFramework;`,
    "",
    "export default framework;",
    "",
  ].join("\n");
}

function without<T extends object>(o: T, keys: readonly string[]): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k))) as Partial<T>;
}

function withoutClauses(rule: RuleDoc): unknown {
  const rest = without(rule, ["clause", "zero_when_clause"]) as Record<string, unknown>;
  if (rule.kind === "sum") rest.parts = rule.parts.map(withoutClauses);
  if (rule.kind === "condition") rest.otherwise = withoutClauses(rule.otherwise);
  if (rule.kind === "optional") rest.rule = withoutClauses(rule.rule);
  if (rule.kind === "either")
    rest.options = Object.fromEntries(Object.entries(rule.options).map(([k, o]) => [k, withoutClauses(o)]));
  return rest;
}

/**
 * What `npm run build:frameworks` writes, by path: the shipped schema, and for each framework the core carries its
 * scoring data (prepared, and without the words scoring never reads: 指标说明, 参考评分标准, the clauses rules quote)
 * and the file itself as JSON for what needs its words. A file with an error stops the build.
 */
export function frameworkArtifacts(): Map<string, string> {
  const out = new Map<string, string>([[join(FRAMEWORKS_DIR, "schema.json"), json(frameworkSchema())]]);
  for (const file of bundledFiles()) {
    const loaded = loadFrameworkText(readFileSync(file, "utf8"));
    const errors = loaded.problems.filter((p) => p.severity === "error");
    if (!loaded.framework || errors.length > 0)
      throw new Error(`${file} 有误：\n${errors.map((p) => problemLine(file, p)).join("\n")}`);
    const doc = loaded.doc as FrameworkDoc;
    // The command line knows the bundled ids by their files' names, without reading them.
    if (basename(file).replace(/\.ya?ml$/, "") !== doc.id)
      throw new Error(`${file}：文件名应为框架代码 ${doc.id}.yaml`);
    if (!CORE_FRAMEWORKS.includes(doc.id)) continue;
    const data = prepareFramework(parseDoc(doc));
    const lean: FrameworkData = {
      ...data,
      inputs: data.inputs.map((d) => without(d, ["indicator"]) as InputDef),
      tree: data.tree.map((l1) => ({
        ...l1,
        children: l1.children.map((l2) => ({
          ...l2,
          indicators: l2.indicators.map((i) => ({ ...i, rule: withoutClauses(i.rule) as RuleDoc })),
        })),
      })),
      ...(data.personal ? { personal: { ...data.personal, clause: "", itemClause: "", description: "" } } : {}),
    };
    try {
      // The core compiles the frameworks it carries without the further rule kinds (the task pane leaves them out).
      compileFramework(lean, loaded.framework.hash);
    } catch {
      throw new Error(`${file}：编入评分核心的框架只能用任务窗格内置的规则类型（不含 optional、either、weighted）`);
    }
    out.set(join(COMPILED_DIR, `${doc.id}.ts`), scoringModule(doc.id, { hash: loaded.framework.hash, data: lean }));
    out.set(join(COMPILED_DIR, `${doc.id}.file.json`), json(doc));
  }
  return out;
}
