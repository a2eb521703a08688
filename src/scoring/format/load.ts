import type { Framework } from "../framework";
import { checkDoc } from "./check-doc";
import { compileFramework } from "./compile";
import { FURTHER_KINDS } from "./compile-further";
import type { FrameworkDoc } from "./doc";
import { prepareFramework } from "./prepare";
import type { Problem } from "./problem";

export interface Checked {
  /** Set when the file has no error: the framework, ready to score. */
  framework?: Framework;
  problems: Problem[];
}

/**
 * Checks a framework file's content (parsed YAML, or the JSON a workbook carries) and compiles it. The same checks run
 * on bundled frameworks (when PERF is built), on a file the bureau wrote, and on a framework read from a workbook.
 */
export function checkFramework(value: unknown, hash = ""): Checked {
  const { problems, parsed } = checkDoc(value);
  if (!parsed) return { problems };
  return {
    framework: compileFramework(prepareFramework(parsed), hash, value as FrameworkDoc, FURTHER_KINDS),
    problems,
  };
}

export { canonicalText } from "./canonical";
