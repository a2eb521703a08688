import type { Framework } from "../framework";
import { checkClauses } from "./check-clauses";
import { checkPoints } from "./check-points";
import { checkReferences } from "./check-refs";
import { checkShape } from "./check-shape";
import { compileFramework } from "./compile";
import type { FrameworkDoc } from "./doc";
import { parseDoc } from "./parse";
import type { Problem } from "./problem";

export interface Checked {
  /** Set when the file has no error: the framework, ready to score. */
  framework?: Framework;
  problems: Problem[];
}

/**
 * Checks a framework file's content (parsed YAML, or the JSON a workbook carries) and compiles it: its shape, then
 * its references, then points, bands and clauses. The same checks run on bundled frameworks (when they are built),
 * on a file the bureau wrote, and on a framework read from a workbook.
 */
export function checkFramework(value: unknown, hash = ""): Checked {
  const shape = checkShape(value);
  if (shape.length > 0) return { problems: shape };
  const doc = value as FrameworkDoc;
  const references = checkReferences(doc);
  if (references.length > 0) return { problems: references };
  const problems = [...checkPoints(doc), ...checkClauses(doc)];
  if (problems.some((p) => p.severity === "error")) return { problems };
  return { framework: { ...compileFramework(parseDoc(doc), hash), doc }, problems };
}

/** JSON with every object's keys in order: the same framework gives the same text, however its file orders keys. */
export function canonicalText(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === "object" && v !== null && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, (v as Record<string, unknown>)[k]]),
        )
      : v,
  );
}
