/**
 * Which Excel can run PERF, in the words the pane, the help page (assets/help.html), the README and docs/deploy.md
 * use; a test keeps them the same. The versions are Microsoft's minimum builds for the requirement sets PERF uses
 * (OfficeDev/office-js-docs-reference docs/requirement-sets/common/shared-runtime-requirement-sets.md,
 * docs/requirement-sets/excel/excel-api-requirement-sets.md and custom-functions-requirement-sets.md):
 *
 * - SharedRuntime 1.1 (the pane and the PERF.* functions in one runtime; declared in manifest.xml): Excel on the web;
 *   on Windows, Microsoft 365 and retail perpetual Office 2016 and later from Version 2002 (Build 12527.20092),
 *   volume-licensed Excel 2021 (Version 2108); on Mac from 16.35. Every one of those carries ExcelApi 1.10 or later.
 * - ExcelApi 1.9 (评分, 撤销, the 存在问题 sheet: getUsedRangeOrNullObject 1.4, protection 1.2 and 1.7,
 *   suspendScreenUpdatingUntilNextSync 1.9; also declared in manifest.xml).
 * - ExcelApi 1.13 (插入模板: insertWorksheetsFromBase64): Microsoft 365 and retail perpetual on Windows from Version
 *   2102 (Build 13801.20738), volume-licensed Excel 2021, on Mac from 16.50; Excel on the web. Checked at start-up.
 *   Also Range.getMergedAreasOrNullObject, by which 评分 finds merged 得分 cells: without it the pane scores all the
 *   same and says what it did not check (src/office/read-extras.ts).
 * - CustomFunctionsRuntime 1.2 (the PERF.* functions and CustomFunctions.Error): Excel on the web; on Windows,
 *   Microsoft 365 from Version 1909 (Build 11929.20934), retail perpetual only from Version 2311 (Build 17029.20126),
 *   volume-licensed Office 2021 from Version 2108 (Build 16.0.14332.20011); on Mac from 16.34. So a retail Excel of
 *   Version 2002 to 2310 runs the pane without the functions. Checked at start-up, not declared in the manifest: the
 *   pane is worth having without them.
 */

/** The Excel that runs all of PERF. */
export const SUPPORTED_EXCEL =
  "Excel 网页版；Windows 版 Excel：Microsoft 365 订阅版版本 2002 及以上，零售版（一次性购买）版本 2311 及以上，批量许可版 Excel 2021 及以上；Mac 版 Excel 16.35 及以上";

/** A retail Excel with the shared runtime but not the functions' runtime: said wherever PERF's versions are. */
export const RETAIL_BEFORE_FUNCTIONS =
  "Windows 零售版 Excel 版本 2002 至 2310 可以使用任务窗格评分，但没有 PERF.* 单元格函数（需要版本 2311 及以上）。";

/** The requirement sets PERF checks at start-up, with the version each needs. */
export const REQUIRED = {
  /** 评分, 撤销上次评分, 插入“存在问题”工作表: the pane's minimum. */
  score: { set: "ExcelApi", version: "1.9" },
  /** 插入模板. */
  template: { set: "ExcelApi", version: "1.13" },
  /** Reading merged areas (Range.getMergedAreasOrNullObject), for merged 得分 and 扣分原因 cells. */
  merges: { set: "ExcelApi", version: "1.13" },
  /** The PERF.* functions (CustomFunctions.Error is 1.2). */
  functions: { set: "CustomFunctionsRuntime", version: "1.2" },
} as const;

export const TEMPLATE_UNAVAILABLE =
  "此版本的 Excel 不支持“插入模板”，需要 Excel 网页版、Microsoft 365 版 Excel（Windows 版本 2102 及以上，Mac 版本 16.50 及以上）或 Excel 2021 及以上版本。其他功能照常可用。";

export const FUNCTIONS_UNAVAILABLE =
  "此版本的 Excel 不支持 PERF.* 单元格函数（Windows 零售版 Excel 需要版本 2311 及以上），输入的 PERF.* 公式会显示 #NAME?。评分、撤销等其他功能照常可用。";

export const EXCEL_TOO_OLD = `当前 Excel 版本过旧，无法运行 PERF。PERF 支持：${SUPPORTED_EXCEL}。请更新 Office，或改用 Excel 网页版。`;

export const OFFICE_NOT_LOADED =
  "无法加载微软的 Office 脚本库（office.js），PERF 无法连接 Excel。请检查网络；在单位内网中，请信息中心放行 https://appsforoffice.microsoft.com 后重新打开本窗格。PERF 不会向该地址发送任何数据。";

export const OFFICE_SLOW =
  "Office 脚本库加载已超过 10 秒，可能是网络慢或 https://appsforoffice.microsoft.com 受阻；加载完成后本窗格会自动继续。";

export const NOT_IN_EXCEL = "请在 Excel 中点击“开始 → 绩效评分”打开 PERF；直接用浏览器打开本页无法读写工作簿。";

/** How long the pane waits for Office.onReady before saying so. */
export const OFFICE_TIMEOUT_MS = 10_000;
