import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { FrameworkDoc } from "../../scoring/format/doc";
import { loadFrameworkText, problemLine } from "./file";
import { frameworkSchema } from "./schema";

export const ROOT = join(__dirname, "..", "..", "..");
export const FRAMEWORKS_DIR = join(ROOT, "frameworks");
export const COMPILED_DIR = join(ROOT, "src", "scoring", "frameworks", "compiled");

/** The framework files PERF ships: frameworks/*.yaml. */
export function bundledFiles(): string[] {
  return readdirSync(FRAMEWORKS_DIR)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(FRAMEWORKS_DIR, f));
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * What `npm run build:frameworks` writes, by path: the shipped schema, and for each framework file its compiled form
 * for scoring (without 指标说明, 参考评分标准 and not_scored, which scoring never reads) and its texts apart. A file
 * with an error stops the build.
 */
export function frameworkArtifacts(): Map<string, string> {
  const out = new Map<string, string>([[join(FRAMEWORKS_DIR, "schema.json"), json(frameworkSchema())]]);
  for (const file of bundledFiles()) {
    const loaded = loadFrameworkText(readFileSync(file, "utf8"));
    const errors = loaded.problems.filter((p) => p.severity === "error");
    if (!loaded.framework || errors.length > 0)
      throw new Error(`${file} 有误：\n${errors.map((p) => problemLine(file, p)).join("\n")}`);
    const doc = loaded.doc as FrameworkDoc;
    const texts = Object.fromEntries(
      doc.indicators.map((i) => [
        i.code,
        { description: i.description, criteria: i.criteria, ...(i.not_scored ? { not_scored: i.not_scored } : {}) },
      ]),
    );
    const lean = {
      ...doc,
      indicators: doc.indicators.map((i) =>
        Object.fromEntries(Object.entries(i).filter(([k]) => !["description", "criteria", "not_scored"].includes(k))),
      ),
    };
    out.set(join(COMPILED_DIR, `${doc.id}.json`), json({ hash: loaded.framework.hash, doc: lean }));
    out.set(join(COMPILED_DIR, `${doc.id}.texts.json`), json(texts));
  }
  return out;
}
