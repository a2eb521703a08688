import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fill, seedWorkbook, TEMPLATE_PATH } from "../helpers/xlsx";

// LibreOffice is a second, independent spreadsheet program: it must open what we write and recalculate its formulas
// to the same figures. `.ci/run` installs it; without it this test fails rather than passing unseen.
const SOFFICE = ["soffice", "libreoffice"].find((bin) => spawnSync(bin, ["--version"]).status === 0);
const dir = mkdtempSync(join(tmpdir(), "perf-lo-"));

/** Converts every sheet of a workbook to CSV (LibreOffice 7.2+), recalculating formulas on load. */
function toCsv(path: string): Record<string, string> {
  execFileSync(
    SOFFICE as string,
    [
      `-env:UserInstallation=file://${join(dir, "profile")}`,
      "--headless",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
      "--outdir",
      dir,
      path,
    ],
    { timeout: 120_000, stdio: "pipe" },
  );
  const base = path
    .split("/")
    .pop()!
    .replace(/\.xlsx$/, "");
  const sheets: Record<string, string> = {};
  for (const name of ["说明", "基础数据", "效果性", "指标体系", "评分结果", "评分记录"]) {
    try {
      sheets[name] = readFileSync(join(dir, `${base}-${name}.csv`), "utf8");
    } catch {
      // a sheet the workbook does not have
    }
  }
  return sheets;
}

const totalRow = (csv: string) =>
  csv
    .split("\n")
    .find((l) => l.startsWith("总计"))!
    .split(",");

describe("LibreOffice opens what PERF writes", () => {
  beforeAll(() => {
    if (!SOFFICE)
      throw new Error("LibreOffice（soffice）未安装：请运行 .ci/run，或 apt-get install -y libreoffice-calc-nogui");
  });

  it("the template: every sheet converts, and its 总计 formula recalculates", () => {
    const sheets = toCsv(TEMPLATE_PATH);
    expect(Object.keys(sheets)).toEqual(["说明", "基础数据", "效果性", "指标体系"]);
    expect(totalRow(sheets["指标体系"])[4]).toBe("77"); // the common indicators; the department's own 23 are still blank
  }, 180_000);

  it("a filled, scored workbook: 分值 totals 100, 得分 91.75, and the result sheets are there", async () => {
    const { data } = await fill(await seedWorkbook());
    const path = join(dir, "scored.xlsx");
    writeFileSync(path, data);
    const sheets = toCsv(path);
    expect(Object.keys(sheets)).toEqual(["说明", "基础数据", "效果性", "指标体系", "评分结果", "评分记录"]);
    const total = totalRow(sheets["指标体系"]);
    expect([total[4], total[7]]).toEqual(["100", "91.75"]);
    expect(sheets["评分结果"]).toContain("总分,91.75,等级,优");
  }, 180_000);
});
