import type ExcelJS from "exceljs";
import { readWorkbook } from "../../src/office/read";
import { unreadFindings } from "../../src/office/read-extras";
import { checkWorkbook, planFill, type Finding } from "../../src/workbook";
import { FakeExcelHost, type FakeName } from "../fakes/fake-excel";
import { fakeNamesOf, fakeSheetsOf } from "../fakes/from-exceljs";
import { bufferOf, NOW, readCells, seedWorkbook } from "../helpers/xlsx";

/** The same workbook in the fake Excel (installed as the global `Excel`) and as the file perf-score reads. */
async function both(wb: ExcelJS.Workbook, names?: (n: FakeName[]) => FakeName[]) {
  const host = new FakeExcelHost(fakeSheetsOf(wb));
  host.names = names ? names(fakeNamesOf(wb)) : fakeNamesOf(wb);
  (globalThis as { Excel?: unknown }).Excel = host.namespace();
  return { host, file: await readCells(await bufferOf(wb)) };
}

const shown = (findings: Finding[]) => findings.map((f) => [f.severity, f.kind, f.cell, f.message]);

/** 1.1.1's 一上 name moved to another row, as a hand edit in 名称管理器 would leave it. */
function movedName(wb: ExcelJS.Workbook): void {
  const model = wb.definedNames.model as { name: string; ranges: string[] }[];
  wb.definedNames.model = model.map((n) => (n.name === "yishang" ? { ...n, ranges: ["'基础数据'!$D$6"] } : n));
}

describe("the pane reads merged areas and names as perf-score does", () => {
  it("the seed's workbook: the same names as the file, in 4 syncs, no finding either way", async () => {
    const { host, file } = await both(await seedWorkbook());
    const snapshot = await readWorkbook();
    expect(host.syncs).toBe(4);
    expect(snapshot.names).toEqual(file.names);
    expect(snapshot.names?.length).toBeGreaterThan(60);
    expect(snapshot.unread).toBeUndefined();
    expect(shown(checkWorkbook(snapshot).findings)).toEqual(shown(checkWorkbook(file).findings));
  });

  it("merged 得分 cells and a moved name: the same findings and the same rows left unwritten as perf-score", async () => {
    const wb = await seedWorkbook();
    const table = wb.getWorksheet("指标体系")!;
    table.mergeCells("H2:H3"); // two indicators' scores in one cell
    table.mergeCells("H5:I5"); // a score and its reasons in one cell
    table.mergeCells("I7:J7"); // reasons widened into a column PERF does not write: no finding
    table.mergeCells("A40:C41"); // outside the table's score columns: not even asked about
    movedName(wb);
    const { host, file } = await both(wb);
    const snapshot = await readWorkbook();
    expect(host.syncs).toBe(4);
    const pane = checkWorkbook(snapshot);
    const cli = checkWorkbook(file);
    expect(shown(pane.findings)).toEqual(shown(cli.findings));
    expect(pane.findings.map((f) => f.kind)).toEqual(expect.arrayContaining(["merged-cell", "input-name"]));
    expect(pane.findings.filter((f) => f.kind === "merged-cell").map((f) => f.cell)).toEqual([
      "指标体系!H2",
      "指标体系!H5",
    ]);
    expect(planFill(pane, NOW).writes).toEqual(planFill(cli, NOW).writes);
  });

  it("asks Excel only about the 得分 and 扣分原因 columns of the table, one column either side", async () => {
    const wb = await seedWorkbook();
    const { host } = await both(wb);
    const ranges: string[] = [];
    const ns = host.namespace();
    // Count what the merged-areas call is asked about, through the real run.
    (globalThis as { Excel?: unknown }).Excel = {
      ...ns,
      run: (batch: (c: unknown) => Promise<unknown>) =>
        ns.run(async (context) => {
          const getItem = context.workbook.worksheets.getItem.bind(context.workbook.worksheets);
          context.workbook.worksheets.getItem = (name: string) => {
            const ws = getItem(name);
            const getRange = ws.getRange.bind(ws);
            ws.getRange = (address?: string) => {
              ranges.push(`${name}!${address}`);
              return getRange(address);
            };
            return ws;
          };
          return batch(context);
        }),
    };
    await readWorkbook();
    expect(ranges.filter((r) => r.startsWith("指标体系!"))).toEqual(expect.arrayContaining(["指标体系!G1:J32"]));
  });

  it("without ExcelApi 1.13 (no getMergedAreasOrNullObject) the pane says what it did not check; names still read", async () => {
    const wb = await seedWorkbook();
    wb.getWorksheet("指标体系")!.mergeCells("H2:H3");
    const { host, file } = await both(wb);
    host.requirements = { ...host.requirements, ExcelApi: "1.12" };
    const snapshot = await readWorkbook({ mergesSupported: false });
    expect(host.syncs).toBe(4);
    expect(snapshot.names).toEqual(file.names);
    expect(snapshot.unread).toEqual({ merges: "unsupported" });
    expect(shown(unreadFindings(snapshot))).toEqual([
      [
        "warning",
        "merged-cell",
        undefined,
        "此版本的 Excel 不能告知哪些单元格已合并，PERF 未检查“指标体系”表的得分、扣分原因列：如其中有合并单元格，请取消合并后再评分。",
      ],
    ]);
    // Asked anyway (an Excel that lacks the set answers ApiNotFound): the same sentence's sibling, never a failure.
    host.syncs = 0;
    const asked = await readWorkbook();
    expect(asked.unread).toEqual({ merges: "refused" });
    expect(asked.names).toEqual(file.names);
    expect(host.syncs).toBe(6);
  });

  it("more merged areas than Excel answers (512): the merges are marked unread, the names still come, the score stands", async () => {
    const wb = await seedWorkbook();
    const table = wb.getWorksheet("指标体系")!;
    table.mergeCells("H2:H3");
    table.mergeCells("H5:I5");
    const { host } = await both(wb);
    host.mergedAreasLimit = 1; // as if Excel's 512 were 1: the same path with a small workbook
    const snapshot = await readWorkbook();
    expect(host.syncs).toBe(6); // the three reads; both extras refused; the merges alone refused; the names alone
    expect(snapshot.unread).toEqual({ merges: "refused" });
    expect(snapshot.names?.length).toBeGreaterThan(60);
    expect(checkWorkbook(snapshot).result.total?.toString()).toBe("91.75");
    expect(unreadFindings(snapshot)[0].message).toBe(
      "Excel 未能告知“指标体系”表哪些单元格已合并（合并区域过多），PERF 未检查该表的得分、扣分原因列：如其中有合并单元格，请取消合并后再评分。",
    );
  });

  it("names past Excel on the web's 5 MB: the merges are read, the names marked unread, in bounded syncs", async () => {
    const wb = await seedWorkbook();
    wb.getWorksheet("指标体系")!.mergeCells("H2:H3");
    const many = Array.from({ length: 2_000 }, (_, k) => ({ name: `备注${k}`, formula: `="${"长".repeat(1_000)}"` }));
    const { host } = await both(wb, (names) => [...names, ...many]);
    const snapshot = await readWorkbook();
    expect(host.syncs).toBe(6);
    expect(snapshot.unread).toEqual({ names: "refused" });
    expect(checkWorkbook(snapshot).findings.filter((f) => f.kind === "merged-cell")).toHaveLength(1);
    expect(unreadFindings(snapshot).map((f) => f.message)).toEqual([
      "Excel 未能读出本工作簿的名称（数据量过大），PERF 未检查公式中代表各输入项的名称是否指向其值单元格：请在“公式 → 名称管理器”中核对。",
    ]);
  });

  it("a workbook without PERF's tables costs no extra sync", async () => {
    const host = new FakeExcelHost([{ name: "Sheet1", cells: new Map([["A1", { value: "预算明细" }]]), charts: [] }]);
    host.names = [{ name: "rate", formula: "=Sheet1!$A$1" }];
    (globalThis as { Excel?: unknown }).Excel = host.namespace();
    const snapshot = await readWorkbook();
    expect(host.syncs).toBe(3);
    expect(snapshot.names).toBeUndefined();
  });
});
