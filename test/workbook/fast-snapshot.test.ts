import ExcelJS from "exceljs";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { WorkbookSnapshot } from "../../src/workbook";
import { fastSnapshot, snapshotOf } from "../../src/xlsx";
import { fill, seedWorkbook, TEMPLATE_PATH } from "../helpers/xlsx";

/** Every non-empty cell by address, with its value and formula: the two readers must agree on these. */
function cellsOf(snapshot: WorkbookSnapshot): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const s of snapshot.sheets) {
    s.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (cell) out[`${s.name}!${r},${c}`] = cell;
      }),
    );
  }
  return out;
}

async function both(buffer: Buffer): Promise<[Record<string, unknown>, Record<string, unknown>]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return [cellsOf(await fastSnapshot(buffer)), cellsOf(snapshotOf(wb))];
}

const bufferOf = async (wb: ExcelJS.Workbook) => Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);

describe("the fast, read-only snapshot reads what ExcelJS reads", () => {
  it("the template", async () => {
    const [fast, full] = await both(readFileSync(TEMPLATE_PATH));
    expect(fast).toEqual(full);
    expect(Object.keys(fast).length).toBeGreaterThan(300);
  });

  it("a filled and scored workbook, with text numbers, merged cells, formulas, rich text and XML specials", async () => {
    const wb = await seedWorkbook();
    const inputs = wb.getWorksheet("基础数据")!;
    inputs.getCell("D5").value = "４,５０２.０３万元";
    inputs.getCell("F5").value = { richText: [{ text: "注：" }, { text: "<一上> & “申报”", font: { bold: true } }] };
    inputs.getCell("F6").value = { formula: "D5*2", result: 9004.06 };
    inputs.getCell("F7").value = true;
    inputs.getCell("F8").value = "第一行\r\n第二行 😀";
    wb.getWorksheet("效果性")!.mergeCells("A3:A4");
    fill(wb);
    const [fast, full] = await both(await bufferOf(wb));
    expect(fast).toEqual(full);
    expect(fast["基础数据!4,5"]).toEqual({ value: "注：<一上> & “申报”" });
    expect(fast["基础数据!5,5"]).toEqual({ value: 9004.06, formula: "=D5*2" });
  });

  it("a workbook saved by LibreOffice (another producer: its own shared strings and styles)", async () => {
    const soffice = ["soffice", "libreoffice"].find((bin) => spawnSync(bin, ["--version"]).status === 0);
    if (!soffice) throw new Error("LibreOffice（soffice）未安装：请运行 .ci/run");
    const dir = mkdtempSync(join(tmpdir(), "perf-fast-"));
    const wb = await seedWorkbook();
    fill(wb);
    writeFileSync(join(dir, "in.xlsx"), await bufferOf(wb));
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${join(dir, "profile")}`,
        "--headless",
        "--convert-to",
        "xlsx:Calc MS Excel 2007 XML",
        "--outdir",
        join(dir, "out"),
        join(dir, "in.xlsx"),
      ],
      {
        timeout: 120_000,
        stdio: "pipe",
      },
    );
    const [fast, full] = await both(readFileSync(join(dir, "out", "in.xlsx")));
    expect(fast).toEqual(full);
    expect(Object.values(fast)).toContainEqual({ value: 91.75 });
  }, 180_000);

  it("throws on what is not a workbook, so the caller falls back to ExcelJS and its messages", async () => {
    await expect(fastSnapshot(Buffer.from("not a zip"))).rejects.toThrow();
  });
});
