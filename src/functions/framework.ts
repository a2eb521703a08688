import { bundledFrameworkIds, defaultFramework, getFramework, type Framework } from "../scoring";
import { isBlank, textArg } from "./args";
import { invalid } from "./errors";
import { workbookFramework } from "./workbook-framework";

/**
 * The framework an optional `framework` argument names: when left out, the one the workbook carries once the pane
 * has read it (else dapeng-2024, which a workbook without one of its own was made for); a bundled framework by id,
 * or the workbook's by its id.
 */
export function frameworkArg(raw: unknown): Framework {
  const workbook = workbookFramework();
  if (isBlank(raw)) return workbook ?? defaultFramework();
  const id = textArg(raw, "指标框架（framework）");
  if (workbook?.id === id) return workbook;
  const found = getFramework(id);
  if (found) return found;
  const known = [...new Set([...bundledFrameworkIds(), ...(workbook ? [workbook.id] : [])])];
  throw invalid(
    `未知的指标框架“${id}”，可用：${known.join("、")}（工作簿自带的框架，在任务窗格“评分”读取工作簿后即可使用）`,
  );
}
