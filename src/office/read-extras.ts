import {
  findFrameworkTable,
  findInputTable,
  finding,
  rangeAddress,
  SHEETS,
  type CellRange,
  type DefinedName,
  type Finding,
  type WorkbookSnapshot,
} from "../workbook";

/**
 * What a 评分 reads besides the cells, in one more sync once the cells show PERF's tables: the workbook's names (the
 * named inputs, whose `input-name` warning the CLI gives too) and the merged areas over the 指标体系 table's 得分 and
 * 扣分原因 cells (a merged one stops the fill for its row, as in the CLI). Apart from the cell read, so that a part
 * Excel cannot give (see below) costs only what it is, never the score.
 */

/** What a read takes besides the cells. */
export interface ReadOptions {
  /**
   * The names and the merged areas, one more sync (评分 needs them); false for a look that needs only the cells (the
   * pane on opening, 撤销上次评分). Workbook.names is ExcelApi 1.1 and NamedItem.formula 1.7, within the pane's minimum.
   */
  extras?: boolean;
  /**
   * Whether this Excel has Range.getMergedAreasOrNullObject, ExcelApi 1.13 (OfficeDev/office-js-docs-reference
   * docs/includes/excel-1_13.md; the pane checks it at start-up): without it the merges are marked unsupported.
   */
  mergesSupported?: boolean;
}

/**
 * A snapshot as the Office adapter reads it, with the extras it could not read, for the pane to say (unreadFindings):
 * `unsupported`, this Excel lacks the API (the caller said so); `refused`, Excel failed the request.
 */
export interface OfficeSnapshot extends WorkbookSnapshot {
  unread?: {
    merges?: "unsupported" | "refused";
    names?: "refused";
    /** Sheets PERF does not need whose first rows Excel would not give: left out (read.ts). */
    sheets?: string[];
  };
}

/**
 * "Note that if the merged areas count in this range is more than 512, then this method will fail to return the
 * result" (getMergedAreasOrNullObject, @types/office-js). So only the rectangle that matters is asked about: the
 * 得分 and 扣分原因 columns with one column either side, over the table's rows: a few hundred cells in PERF's table
 * (beyond 512 areas the sync fails, and the pane says what was not checked). One column either side: whether Excel
 * clips an area to the range asked about is not documented, and a merge reaching into a neighbour then still shows.
 */
function mergeWindow(snapshot: WorkbookSnapshot): { sheet: string; box: CellRange } | undefined {
  const table = findFrameworkTable(snapshot);
  const cols = [table?.columns.score, table?.columns.reasons].filter((c): c is number => c !== undefined);
  if (!table || cols.length === 0) return undefined;
  const box = {
    top: table.headerRow,
    left: Math.max(0, Math.min(...cols) - 1),
    bottom: Math.max(table.headerRow, table.sheet.rows.length),
    right: Math.max(...cols) + 1,
  };
  return { sheet: table.sheet.name, box };
}

/** Names Excel keeps for itself (print areas, filters) are not the user's. */
const isUsers = (name: string) => !/^_xlnm\./i.test(name);

/**
 * Reads the extras `options` asks for into `snapshot` (merges on the table's sheet, names on the workbook): one sync.
 * If Excel refuses it (more than 512 merged areas, or a workbook of thousands of long names past Excel on the web's
 * 5 MB), each part is tried once more alone: at most three syncs. What still cannot be read is marked in `unread`,
 * never thrown: the score stands, and the pane says what was not checked.
 */
export async function readExtras(
  context: Excel.RequestContext,
  snapshot: OfficeSnapshot,
  options: ReadOptions,
): Promise<void> {
  if (options.extras === false) return;
  const table = mergeWindow(snapshot);
  const window = options.mergesSupported === false ? undefined : table;
  const wantNames = findInputTable(snapshot) !== undefined;
  if (table && !window) snapshot.unread = { ...snapshot.unread, merges: "unsupported" };
  if (!window && !wantNames) return;
  /** One sync for the merges in `box` and, if `names`, the names; false if Excel refused it. */
  const attempt = async (box: typeof window, names: boolean): Promise<boolean> => {
    // Microsoft's examples load properties of an …OrNullObject result in the same sync and read them only when
    // isNullObject is false (docs/develop/application-specific-api-model.md, "*OrNullObject methods and properties").
    const merged = box
      ? context.workbook.worksheets
          .getItem(box.sheet)
          .getRange(rangeAddress(box.box))
          .getMergedAreasOrNullObject()
          .load("areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount")
      : undefined;
    const items = names ? context.workbook.names.load("items/name,items/formula") : undefined;
    try {
      // At most three syncs, whatever the workbook's size (see above).
      await context.sync();
    } catch {
      return false;
    }
    const sheet = box && snapshot.sheets.find((s) => s.name === box.sheet);
    if (merged && sheet) sheet.merges = merged.isNullObject ? [] : merged.areas.items.map(boxOf);
    if (items) snapshot.names = definedNames(items.items);
    return true;
  };
  if (await attempt(window, wantNames)) return;
  // Each part alone: the merges decide what is written, the names only warn.
  const both = window !== undefined && wantNames;
  const mergesRead = both && (await attempt(window, false));
  const namesRead = both && (await attempt(undefined, true));
  snapshot.unread = {
    ...snapshot.unread,
    ...(window && !mergesRead ? { merges: "refused" as const } : {}),
    ...(wantNames && !namesRead ? { names: "refused" as const } : {}),
  };
}

const WHAT_TO_DO_MERGED = "如其中有合并单元格，请取消合并后再评分。";

/**
 * What the pane says of the extras it could not read: warnings, for the check went on without them (a merged 得分
 * cell then goes unnoticed until the write, a misdirected name unreported).
 */
export function unreadFindings(snapshot: OfficeSnapshot): Finding[] {
  const sheet = findFrameworkTable(snapshot)?.sheet.name ?? SHEETS.framework;
  const out: Finding[] = [];
  if (snapshot.unread?.merges === "unsupported")
    out.push(
      finding(
        "warning",
        "merged-cell",
        `此版本的 Excel 不能告知哪些单元格已合并，PERF 未检查“${sheet}”表的得分、扣分原因列：${WHAT_TO_DO_MERGED}`,
      ),
    );
  if (snapshot.unread?.merges === "refused")
    out.push(
      finding(
        "warning",
        "merged-cell",
        `Excel 未能告知“${sheet}”表哪些单元格已合并（合并区域过多），PERF 未检查该表的得分、扣分原因列：${WHAT_TO_DO_MERGED}`,
      ),
    );
  if (snapshot.unread?.names)
    out.push(
      finding(
        "warning",
        "input-name",
        "Excel 未能读出本工作簿的名称（数据量过大），PERF 未检查公式中代表各输入项的名称是否指向其值单元格：请在“公式 → 名称管理器”中核对。",
      ),
    );
  for (const name of snapshot.unread?.sheets ?? [])
    out.push(
      finding(
        "warning",
        "sheet-unread",
        `“${name}”表开头几行的数据量超过 Excel 单次传输的上限，PERF 未读取该表；如评分用的表在其中，请缩短过长的文字后重新评分。`,
      ),
    );
  return out;
}

const boxOf = (a: Excel.Range): CellRange => ({
  top: a.rowIndex,
  left: a.columnIndex,
  bottom: a.rowIndex + a.rowCount - 1,
  right: a.columnIndex + a.columnCount - 1,
});

/** Workbook-scoped names as the check takes them: the formula without its "=" (NamedItem.formula starts with one). */
function definedNames(items: readonly { name: string; formula: unknown }[]): DefinedName[] {
  return items
    .filter((n) => isUsers(n.name))
    .map((n) => ({ name: n.name, formula: String(n.formula ?? "").replace(/^=/, "") }));
}
