import ExcelJS from "exceljs";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeAtomically, writeBytes } from "../../src/cli/files";
import { perfScore } from "../helpers/cli";
import { SEED_PATH, seedJson } from "../helpers/seed";
import { SEED_XLSX } from "../helpers/xlsx";

const dir = mkdtempSync(join(tmpdir(), "perf-outputs-"));
const at = (name: string) => join(dir, name);
process.env.PERF_NOW = "2026-11-27 10:00:00";

const refusal = (path: string) => `perf-score：${path} 已存在，未写入：请换一个文件名，或加 --force 替换它\n`;

describe("-o never replaces an existing file without --force, whatever the command", () => {
  beforeAll(async () => {
    copyFileSync(SEED_XLSX, at("in.xlsx"));
    expect((await perfScore(["fill", at("in.xlsx"), "-o", at("filled.xlsx")])).code).toBe(0);
  });

  it.each([
    ["fill", () => ["fill", at("in.xlsx")]],
    ["undo", () => ["undo", at("filled.xlsx")]],
    ["import", () => ["import", SEED_PATH]],
    ["export", () => ["export", at("in.xlsx")]],
    ["summary", () => ["summary", at("in.xlsx")]],
  ])("%s: refused with exit 1 and the file untouched; replaced with --force", async (command, args) => {
    const target = at(`existing-${command}.${command === "export" ? "json" : "xlsx"}`);
    writeFileSync(target, "someone's work");
    const r = await perfScore([...args(), "-o", target]);
    expect(r).toEqual({ code: 1, stdout: "", stderr: refusal(target) });
    expect(readFileSync(target, "utf8")).toBe("someone's work");
    const forced = await perfScore([...args(), "-o", target, "--force"]);
    expect(forced.code).toBe(0);
    expect(readFileSync(target, "utf8")).not.toBe("someone's work");
  });

  it("summary's --csv alike", async () => {
    writeFileSync(at("existing.csv"), "keep");
    const r = await perfScore(["summary", at("in.xlsx"), "-o", at("new-summary.xlsx"), "--csv", at("existing.csv")]);
    expect(r).toEqual({ code: 1, stdout: "", stderr: refusal(at("existing.csv")) });
    expect(existsSync(at("new-summary.xlsx"))).toBe(false); // refused before anything was scored or written
  });

  it("--in-place writes back the input itself without --force", async () => {
    copyFileSync(SEED_XLSX, at("inplace.xlsx"));
    expect((await perfScore(["fill", at("inplace.xlsx"), "--in-place"])).code).toBe(0);
    expect((await perfScore(["undo", at("inplace.xlsx"), "--in-place"])).code).toBe(0);
  });

  it("a file that appears while the output is being written is not replaced either", () => {
    const target = at("raced.txt");
    expect(() =>
      writeAtomically(
        target,
        (fd) => {
          writeBytes(fd, "ours");
          writeFileSync(target, "theirs"); // another program, meanwhile
        },
        false,
      ),
    ).toThrow(`${target} 已存在，未写入`);
    expect(readFileSync(target, "utf8")).toBe("theirs");
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
    writeAtomically(target, (fd) => writeBytes(fd, "ours"), true);
    expect(readFileSync(target, "utf8")).toBe("ours");
  });
});

describe("summary's sheets", () => {
  it("shows 扣分部门占比 as a percentage, and names the department of a file that could be read but not scored", async () => {
    mkdirSync(at("batch"));
    const write = async (name: string, department: string, inputs: Record<string, unknown>) => {
      const json = seedJson();
      json.department = department;
      Object.assign(json.inputs, inputs);
      writeFileSync(at(`${name}.json`), JSON.stringify(json));
      expect((await perfScore(["import", at(`${name}.json`), "-o", at(`batch/${name}.xlsx`)])).code).toBeLessThan(2);
    };
    await write("a", "甲局", {});
    await write("b", "乙局", { satisfaction: 0.85 });
    await write("c", "丙局", { yishang: "约四千五百万" }); // an error: not scored
    await write("d", "", { yishang: "约四千五百万" }); // neither, and no department name
    writeFileSync(at("batch/e.xlsx"), "not a workbook");
    const r = await perfScore(["summary", at("batch"), "-o", at("summary.xlsx")], "", 1000);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`未能评分：${at("batch/c.xlsx")}（丙局）：有 `);
    expect(r.stderr).toContain(`未能评分：${at("batch/d.xlsx")}：有 `);
    expect(r.stderr).toContain(`未能评分：${at("batch/e.xlsx")}：`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at("summary.xlsx"));
    const failed = wb.getWorksheet("未能评分")!;
    const rows = [2, 3, 4].map((r) => [1, 2].map((c) => failed.getCell(r, c).value));
    expect(rows).toEqual([
      [at("batch/c.xlsx"), "丙局"],
      [at("batch/d.xlsx"), "（未填部门名称）"],
      [at("batch/e.xlsx"), null],
    ]);
    expect(failed.getCell(1, 3).value).toBe("原因");
    const common = wb.getWorksheet("共性扣分")!;
    const header = (common.getRow(1).values as unknown[]).indexOf("扣分部门占比");
    const satisfaction = [...Array(common.rowCount).keys()]
      .map((k) => common.getRow(k + 1))
      .find((row) => row.getCell(1).value === "3.4.2")!;
    expect(satisfaction.getCell(header).value).toBe(0.5); // one department of two
    expect(satisfaction.getCell(header).numFmt).toBe("0.0%"); // shown as 50.0%
  });
});
