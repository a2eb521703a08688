import type { Framework } from "../framework";
import { compileFramework, type BundledFramework } from "../format/compile";
import dapeng2024 from "./compiled/dapeng-2024";

/**
 * The frameworks PERF ships, compiled from frameworks/*.yaml by `npm run build:frameworks` (checked there, so they are
 * compiled here without checking again). 指标说明 and 参考评分标准 are left out: scoring never reads them (see texts.ts).
 */
const BUNDLED: readonly BundledFramework[] = [dapeng2024];

/** A workbook without a framework of its own was made before frameworks were files: it is scored with this one. */
export const DEFAULT_FRAMEWORK_ID = "dapeng-2024";

const compiled = new Map<string, Framework>();

/** The bundled framework with this id, compiled on first use. */
export function getFramework(id: string): Framework | undefined {
  let found = compiled.get(id);
  if (!found) {
    const bundled = BUNDLED.find((b) => b.data.id === id);
    if (!bundled) return undefined;
    compiled.set(id, (found = compileFramework(bundled.data, bundled.hash)));
  }
  return found;
}

export function bundledFrameworkIds(): string[] {
  return BUNDLED.map((b) => b.data.id);
}

/** dapeng-2024: the framework of workbooks that carry none, and of the functions written for it (SCORE_EXEC …). */
export function defaultFramework(): Framework {
  return getFramework(DEFAULT_FRAMEWORK_ID) as Framework;
}
