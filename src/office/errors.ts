/** A failure in Excel, in Chinese, with what to do about it. */
export class ExcelActionError extends Error {
  constructor(
    message: string,
    readonly detail?: string,
  ) {
    super(message);
  }
}

/** Excel on the web's 5 MB limit: reads stay under it (read.ts); a write that does not is rare enough to say so. */
const TOO_MUCH = "数据量超过 Excel 单次传输的上限。请删去与评分无关的大表后重试，或改用 perf-score 命令行评分。";

const BY_CODE: Record<string, string> = {
  AccessDenied:
    "工作表受保护或单元格被锁定，Excel 拒绝写入。请在“审阅 → 撤销工作表保护”后重试，或只保护不需评分写入的单元格。",
  ItemNotFound: "找不到要读写的工作表或单元格，工作簿可能在评分过程中被修改。请重新点击“评分”。",
  ItemAlreadyExists: "已有同名工作表。请重命名或删除它后重试。",
  InvalidArgument: "Excel 不接受要写入的内容。请重新点击“评分”；如仍失败，请保存工作簿后重新打开。",
  InvalidOperation: "当前无法执行此操作。请先退出单元格编辑状态（按 Enter 或 Esc），再重试。",
  RequestPayloadSizeLimitExceeded: TOO_MUCH,
  ResponsePayloadSizeLimitExceeded: TOO_MUCH,
  InsertDeleteConflict: "工作表中有冲突的插入或删除操作。请保存后重试。",
  ApiNotFound: "当前版本的 Excel 不支持此功能。请更新 Office，或改用 Excel 网页版。",
  GeneralException: "Excel 处理时出错。请保存工作簿后重试。",
};

/** Turns whatever Excel.run threw into a readable message; the technical detail is kept for a report. */
export function describeOfficeError(e: unknown): ExcelActionError {
  if (e instanceof ExcelActionError) return e;
  const code = typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : "";
  const detail = e instanceof Error ? e.message : String(e);
  if (typeof Excel === "undefined")
    return new ExcelActionError(
      "未连接到 Excel：请在 Excel 的“开始”选项卡点击“绩效评分”按钮，打开本任务窗格。",
      detail,
    );
  return new ExcelActionError(
    BY_CODE[code] ?? `Excel 报告错误（${code || "未知"}）。请重试；如仍失败，请保存工作簿后重新打开。`,
    detail,
  );
}
