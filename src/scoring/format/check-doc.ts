import { checkClauses } from "./check-clauses";
import { checkFacts } from "./check-facts";
import { checkPoints } from "./check-points";
import { checkReferences } from "./check-refs";
import { checkShape } from "./check-shape";
import type { FrameworkDoc } from "./doc";
import { parseDoc } from "./parse";
import type { Problem } from "./problem";

/** What the checks make of a framework file: its problems and, when it has no error, the file ready to compile. */
export interface DocCheck {
  problems: Problem[];
  parsed?: FrameworkDoc;
}

/**
 * The checks every framework file passes, bundled or the bureau's, from a file or a workbook: its shape, then its
 * references, then points, bands and clauses; then its formulas are parsed for compileFramework. Plain data in and
 * out, so the task pane can run them as a script of their own.
 */
export function checkDoc(value: unknown): DocCheck {
  const shape = checkShape(value);
  if (shape.length > 0) return { problems: shape };
  const doc = value as FrameworkDoc;
  const references = checkReferences(doc);
  if (references.length > 0) return { problems: references };
  const problems = [...checkPoints(doc), ...checkClauses(doc), ...checkFacts(doc)];
  if (problems.some((p) => p.severity === "error")) return { problems };
  return { problems, parsed: parseDoc(doc) };
}
