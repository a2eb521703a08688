import { needsChecker, type OwnFramework, type WorkbookSnapshot } from "../workbook";

const loaded = () => (globalThis as { PERF_FRAMEWORK_CHECKS?: OwnFramework }).PERF_FRAMEWORK_CHECKS;

/** framework-checks.js, served beside the pane (same origin), once. */
function loadChecks(): Promise<OwnFramework> {
  const ready = loaded();
  if (ready) return Promise.resolve(ready);
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = "framework-checks.js";
    const fail = () => reject(new Error("无法加载指标框架检查程序，请重新打开加载项后再试。"));
    script.onload = () => {
      const checks = loaded();
      if (checks) resolve(checks);
      else fail();
    };
    script.onerror = fail;
    document.head.appendChild(script);
  });
}

/**
 * The framework checks, for a workbook that carries a framework PERF does not ship (a bureau's own): a script of
 * their own, loaded only then. A workbook made from PERF's own template is scored with the bundled version, which
 * was checked when PERF was built, and the pane's first load stays small.
 */
export async function checksFor(snapshot: WorkbookSnapshot): Promise<OwnFramework | undefined> {
  return needsChecker(snapshot) ? loadChecks() : undefined;
}
