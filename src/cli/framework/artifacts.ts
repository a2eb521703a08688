import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { FrameworkDoc, RuleDoc } from "../../scoring/format/doc";
import { parseDoc } from "../../scoring/format/parse";
import { loadFrameworkText, problemLine } from "./file";
import { frameworkSchema } from "./schema";

export const ROOT = join(__dirname, "..", "..", "..");
export const FRAMEWORKS_DIR = join(ROOT, "frameworks");
export const COMPILED_DIR = join(ROOT, "src", "scoring", "frameworks", "compiled");

/**
 * The frameworks compiled into the scoring core, and so into the task pane and the custom functions: dapeng-2024,
 * the default (a workbook that carries no framework of its own was made for it). Every other framework file is
 * checked here as well, and a workbook made from its template carries it.
 */
export const CORE_FRAMEWORKS = ["dapeng-2024"];

/** The framework files PERF ships: frameworks/*.yaml. */
export function bundledFiles(): string[] {
  return readdirSync(FRAMEWORKS_DIR)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(FRAMEWORKS_DIR, f));
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** What scoring never reads: an indicator's words, and the clause each rule quotes (the checks read them)… */
const TEXT_KEYS = ["description", "criteria", "not_scored", "source"];
/** …where the framework comes from, which indicator each input feeds, and the 效果性 block's words. */
const META_KEYS = ["issuer", "source", "effective"];

function pick<T extends object>(o: T, keys: readonly string[]): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([k]) => keys.includes(k))) as Partial<T>;
}

function without<T extends object>(o: T, keys: readonly string[]): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k))) as Partial<T>;
}

function withoutClauses(rule: RuleDoc): unknown {
  const rest = without(rule, ["clause"]) as Record<string, unknown>;
  if (rule.kind === "sum") rest.parts = rule.parts.map(withoutClauses);
  if (rule.kind === "condition") rest.otherwise = withoutClauses(rule.otherwise);
  if (rule.kind === "optional") rest.rule = withoutClauses(rule.rule);
  if (rule.kind === "either")
    rest.options = Object.fromEntries(Object.entries(rule.options).map(([k, o]) => [k, withoutClauses(o)]));
  return rest;
}

/**
 * What `npm run build:frameworks` writes, by path: the shipped schema, and for each framework file its compiled form
 * for scoring (parsed, and without the words scoring never reads: 指标说明, 参考评分标准, not_scored, sources, the
 * clauses rules quote), and the file itself as JSON for what needs its words. A file with an error stops the build.
 */
export function frameworkArtifacts(): Map<string, string> {
  const out = new Map<string, string>([[join(FRAMEWORKS_DIR, "schema.json"), json(frameworkSchema())]]);
  for (const file of bundledFiles()) {
    const loaded = loadFrameworkText(readFileSync(file, "utf8"));
    const errors = loaded.problems.filter((p) => p.severity === "error");
    if (!loaded.framework || errors.length > 0)
      throw new Error(`${file} 有误：\n${errors.map((p) => problemLine(file, p)).join("\n")}`);
    const doc = loaded.doc as FrameworkDoc;
    if (!CORE_FRAMEWORKS.includes(doc.id)) continue;
    const parsed = parseDoc(doc);
    const lean = {
      ...without(parsed, META_KEYS),
      inputs: parsed.inputs.map((d) => without(d, ["indicator"])),
      groups: parsed.groups.map((g) => (g.personal ? { ...g, personal: pick(g.personal, ["levels"]) } : g)),
      indicators: parsed.indicators.map((i) => ({ ...without(i, TEXT_KEYS), rule: withoutClauses(i.rule) })),
    };
    out.set(join(COMPILED_DIR, `${doc.id}.json`), json({ hash: loaded.framework.hash, doc: lean }));
    out.set(join(COMPILED_DIR, `${doc.id}.file.json`), json(doc));
  }
  return out;
}
