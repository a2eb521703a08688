import { bundledMatch, readEmbedded, type CheckOptions, type OwnFramework, type WorkbookSnapshot } from "../workbook";
import { contentHash } from "./framework-hash";
import { loadScript } from "./load-script";

/** framework-checks.js, served beside the pane (same origin), once. */
const loadChecks = () =>
  loadScript<OwnFramework>(
    "framework-checks.js",
    "PERF_FRAMEWORK_CHECKS",
    "无法加载指标框架检查程序，请重新打开加载项后再试。",
  );

/**
 * How 评分 treats the framework a workbook carries, as perf-score does: its content is hashed (SHA-256, Web Crypto)
 * and compared with the hash the PERF框架 sheet records. PERF's own version, unaltered, is scored with the bundled
 * one and the pane's first load stays small; a framework PERF does not ship, or one whose content is not what its
 * hash records (a tampered sheet), goes to the framework checks, a script of their own loaded only then: a version
 * PERF ships stands in for an altered one with a finding that says so, any other is refused (own-framework.ts).
 */
export async function checkOptions(snapshot: WorkbookSnapshot): Promise<CheckOptions> {
  const embedded = readEmbedded(snapshot);
  if (!embedded) return {};
  let doc: unknown;
  try {
    doc = JSON.parse(embedded.json);
  } catch {
    doc = undefined; // damaged: the checks say so
  }
  const hash = doc === undefined ? undefined : await contentHash(doc);
  if (bundledMatch(embedded) && doc !== undefined && (hash === undefined || hash === embedded.hash)) return {};
  // own-framework.ts hashes the one document there is, the workbook's, parsed again from the same text.
  return { own: await loadChecks(), ...(hash === undefined ? {} : { hashOf: () => hash }) };
}
