import { checkClauses } from "./check-clauses";
import { checkFacts } from "./check-facts";
import { checkDetails } from "./check-details";
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
 * out, so the task pane can run them as a script of their own. `carried`: the framework a workbook carries, issued
 * under the checks of its day; what a check added since finds (Problem.stricter) is a warning there, not an error,
 * so a department's workbook keeps scoring after PERF is updated. `framework check` of a file reports it as an error.
 */
export function checkDoc(value: unknown, carried = false): DocCheck {
  const soften = (problems: Problem[]): Problem[] =>
    carried ? problems.map((p) => (p.stricter ? { ...p, severity: "warning" } : p)) : problems;
  const isError = (p: Problem) => p.severity === "error";
  const shape = checkShape(value);
  if (shape.length > 0) return { problems: shape };
  const doc = value as FrameworkDoc;
  const references = soften(checkReferences(doc));
  if (!references.some(isError)) references.push(...soften(checkDetails(doc)));
  if (references.some(isError)) return { problems: references };
  const problems = [...references, ...soften([...checkPoints(doc), ...checkClauses(doc), ...checkFacts(doc)])];
  if (problems.some(isError)) return { problems };
  return { problems, parsed: parseDoc(doc) };
}
