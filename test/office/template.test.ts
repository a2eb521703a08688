import { readWorkbook } from "../../src/office/read";
import { insertTemplate, TEMPLATE_SHEETS } from "../../src/office/template";
import { checkWorkbook, FRAMEWORK_SHEET, nameTarget, readEmbedded, type SheetSnapshot } from "../../src/workbook";
import { buildTemplate } from "../../src/xlsx";
import { FakeExcelHost, type FakeSheet } from "../fakes/fake-excel";
import { fakeNamesOf, fakeSheetsOf } from "../fakes/from-exceljs";
import { bufferOf, readCells } from "../helpers/xlsx";

/** A blank workbook in the fake Excel, whose insertWorksheetsFromBase64 reads the template file. */
async function blankHost(extra: FakeSheet[] = []) {
  const template = await buildTemplate();
  const host = new FakeExcelHost([
    { name: "Sheet1", cells: new Map([["A1", { value: "用户的数据" }]]), charts: [] },
    ...extra,
  ]);
  host.decodeBase64 = () => fakeSheetsOf(template);
  host.decodeNames = () => fakeNamesOf(template);
  (globalThis as { Excel?: unknown }).Excel = host.namespace();
  return { host, file: await readCells(await bufferOf(template)) };
}

/** Names by the cell they name, as a formula would reach it (quoting aside). */
const targets = (names: { name: string; formula: string }[] = []) =>
  Object.fromEntries(names.map((n) => [n.name, nameTarget(n.formula)]));

describe("插入模板 into a blank workbook gives the template file's workbook", () => {
  for (const brings of [
    { names: false, visibility: false },
    { names: true, visibility: true },
  ]) {
    it(`its sheets, the very hidden PERF框架 with the framework and its hash, its names (Excel bringing ${
      brings.names ? "them" : "none"
    }), in 3 syncs (2 if Excel brings them)`, async () => {
      const { host, file } = await blankHost();
      host.insertBrings = brings;
      await insertTemplate("UEsDBA==", TEMPLATE_SHEETS);
      expect(host.syncs).toBe(brings.names ? 2 : 3);
      expect(host.sheets.map((s) => [s.name, s.visibility ?? "Visible"])).toEqual([
        ["Sheet1", "Visible"],
        ...TEMPLATE_SHEETS.map((n) => [n, "Visible"]),
        [FRAMEWORK_SHEET, "VeryHidden"],
      ]);
      const snapshot = await readWorkbook();
      expect(targets(snapshot.names)).toEqual(targets(file.names));
      expect(Object.keys(targets(snapshot.names))).toHaveLength(file.names!.length);
      expect(readEmbedded(snapshot)).toEqual(readEmbedded(file));
      for (const name of [...TEMPLATE_SHEETS, FRAMEWORK_SHEET]) {
        // Values and formulas as a person sees them: an empty text is an empty cell (the xlsx reader keeps it).
        const cells = (s?: SheetSnapshot) =>
          s?.rows.map((r) => {
            const line = Array.from(r, (c) => (c && c.value !== "" ? [c.value, c.formula ?? null] : null));
            while (line.length > 0 && line[line.length - 1] === null) line.pop();
            return line;
          });
        expect([name, cells(snapshot.sheets.find((s) => s.name === name))]).toEqual([
          name,
          cells(file.sheets.find((s) => s.name === name)),
        ]);
      }
      const inserted = checkWorkbook(snapshot);
      expect(inserted.framework.hash).toBe(checkWorkbook(file).framework.hash);
      expect(inserted.findings.map((f) => f.message)).toEqual(checkWorkbook(file).findings.map((f) => f.message));
    });
  }

  it("a name the workbook already has is left as it is; a workbook's own PERF框架 is not replaced", async () => {
    const own: FakeSheet = {
      name: FRAMEWORK_SHEET,
      cells: new Map([["A1", { value: "别的框架" }]]),
      charts: [],
      visibility: "VeryHidden",
    };
    const { host, file } = await blankHost([own]);
    host.names = [{ name: "YiShang", formula: "=Sheet1!$A$1" }];
    await insertTemplate("UEsDBA==", TEMPLATE_SHEETS);
    expect(host.sheets.filter((s) => s.name === FRAMEWORK_SHEET)).toEqual([own]);
    expect(host.names.filter((n) => n.name.toLowerCase() === "yishang")).toEqual([
      { name: "YiShang", formula: "=Sheet1!$A$1" },
    ]);
    expect(host.names).toHaveLength(file.names!.length);
  });

  it("without 基础数据 among the sheets inserted (the workbook has its own), no name is added", async () => {
    const { host } = await blankHost();
    await insertTemplate(
      "UEsDBA==",
      TEMPLATE_SHEETS.filter((n) => n !== "基础数据" && n !== "运行监控"),
    );
    expect(host.names).toEqual([]);
    expect(host.sheet(FRAMEWORK_SHEET)?.visibility).toBe("VeryHidden");
  });

  it("a workbook from before 运行监控 gets that sheet alone, with its figures' names and no other", async () => {
    const { host, file } = await blankHost();
    await insertTemplate("UEsDBA==", ["运行监控"]);
    expect(host.sheets.map((s) => s.name)).toEqual(["Sheet1", "运行监控", FRAMEWORK_SHEET]);
    const monitorNames = (file.names ?? []).filter((n) => n.formula.includes("运行监控"));
    expect(monitorNames.length).toBe(12 * 6); // 12 months × (预算数, 累计支出 and dapeng-2024's four figures)
    expect(targets(host.names)).toEqual(targets(monitorNames));
  });

  it("names Excel refuses: a Chinese message that the sheets are in and what to do", async () => {
    const { host } = await blankHost();
    // An Excel that refuses NamedItemCollection.add (ApiNotFound): the insertion stands.
    const original = host.isSetSupported.bind(host);
    host.isSetSupported = (name, min) => !(name === "ExcelApi" && min === "1.4") && original(name, min);
    await expect(insertTemplate("UEsDBA==", TEMPLATE_SHEETS)).rejects.toThrow(
      /^已插入模板的工作表，但 Excel 未能在“名称管理器”中定义各输入项的名称：评分不受影响/,
    );
    expect(host.sheet("基础数据")).toBeDefined();
  });
});
