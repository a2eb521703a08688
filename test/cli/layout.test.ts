import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { COMMAND_NAMES } from "../../src/cli/args";
import { displayWidth } from "../../src/cli/width";
import { perfScore, perfScoreBin } from "../helpers/cli";
import { SEED_PATH, seedJson } from "../helpers/seed";
import { loadXlsx } from "../helpers/xlsx";

/*
 * What perf-score prints, in an 80-column terminal (and when not a terminal, which lays out at 80) and in narrower
 * ones: no line wider than the terminal, measured by display width (Chinese and “ ” · × ÷ ≥ count two), so no line
 * wraps back to column 0. Each case also checks that its output holds Chinese and the typographic symbols, so that
 * the check is not passed by output without them.
 */

const dir = mkdtempSync(join(tmpdir(), "perf-layout-"));
const at = (name: string) => join(dir, name);
process.env.PERF_NOW = "2026-11-27 10:00:00";

/** Every line wider than `columns`, with its width: the list a failing test shows. */
function overflowing(text: string, columns: number): string[] {
  return text
    .split("\n")
    .filter((line) => displayWidth(line) > columns)
    .map((line) => `${displayWidth(line)}: ${line}`);
}

const SYMBOLS = ["“", "”", "·", "×", "÷", "≥"];
const symbolsIn = (text: string) => SYMBOLS.filter((s) => text.includes(s));

/** The seed's case with inputs that raise errors and warnings, so the table has every kind of line. */
function troubledJson(): string {
  const json = seedJson();
  Object.assign(json.inputs, {
    satisfaction: 96,
    yixia: -5,
    office_budget: "50.01万元",
    promoted: 1,
    staff_quota: 0,
  });
  json.inputs.yishan = 1; // an unknown key, with the nearest suggested
  return JSON.stringify(json);
}

describe("perf-score score at 80 columns and narrower", () => {
  it.each([80, 60, 40])("the seed's table fits %i columns, with Chinese and “ ” · × ÷ ≥ in it", async (columns) => {
    const r = await perfScore(["score", SEED_PATH], "", columns);
    expect(r.code).toBe(0);
    expect(overflowing(r.stdout, columns)).toEqual([]);
    expect(symbolsIn(r.stdout)).toEqual(SYMBOLS);
    expect(r.stdout).toContain("总分：91.75 分　等级：优");
  });

  it.each([80, 50])("a case with errors and warnings: table and issue list fit %i columns", async (columns) => {
    const r = await perfScore(["score", "-"], troubledJson(), columns);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("问题清单");
    expect(overflowing(r.stdout, columns)).toEqual([]);
    expect(symbolsIn(r.stdout).length).toBeGreaterThanOrEqual(3);
  });

  it("at 120 columns the reasons stand in a column of their own beside the scores", async () => {
    const r = await perfScore(["score", SEED_PATH], "", 120);
    expect(overflowing(r.stdout, 120)).toEqual([]);
    expect(r.stdout).toMatch(/^2\.1\.1 +政府采购执行情况 +3 +2\.74 +· 第1项：政府采购执行率 = 680\.11 ÷ 913\.96/m);
  });

  it("at 80 columns the reasons go under their row, indented, each starting with ·", async () => {
    const lines = (await perfScore(["score", SEED_PATH], "", 80)).stdout.split("\n");
    const row = lines.findIndex((l) => /^2\.1\.1 +政府采购执行情况 +3 +2\.74$/.test(l));
    expect(row).toBeGreaterThan(0);
    expect(lines[row + 1]).toMatch(/^ {7}· 第1项：政府采购执行率 = 680\.11 ÷ 913\.96 = 74\.41%/);
  });

  it("the real command, its output not a terminal, lays out at 80 columns", () => {
    const r = perfScoreBin(["score", "-"], troubledJson());
    expect(r.code).toBe(1);
    expect(overflowing(r.stdout, 80)).toEqual([]);
    expect(r.stdout.split("\n").some((l) => displayWidth(l) > 70)).toBe(true); // it does use the width
  });
});

describe("--help fits 80 columns", () => {
  it.each(["", ...COMMAND_NAMES])("perf-score %s --help", async (command) => {
    const args = command ? [command, "--help"] : ["--help"];
    for (const columns of [80, 200]) {
      const r = await perfScore(args, "", columns);
      expect(r.code).toBe(0);
      expect(overflowing(r.stdout, 80)).toEqual([]);
    }
    // Narrower terminals too (review of #10, finding 13: 50 columns in a 40-column terminal).
    for (const columns of [60, 40]) {
      const narrow = await perfScore(args, "", columns);
      expect(overflowing(narrow.stdout, columns)).toEqual([]);
    }
    expect(perfScoreBin(args).stdout).toBe((await perfScore(args, "", 80)).stdout);
  });

  it("lists every command and every option, and each command's own options", async () => {
    const all = (await perfScore(["--help"], "", 80)).stdout;
    for (const c of COMMAND_NAMES) expect(all).toMatch(new RegExp(`^ {2}${c} +\\S`, "m"));
    for (const o of ["-o, --output", "--csv", "--json", "--in-place", "--force", "--follow-links", "--version"])
      expect(all).toContain(o);
    const fill = (await perfScore(["fill", "--help"], "", 80)).stdout;
    expect(fill).toContain("--in-place");
    expect(fill).toContain("--force");
    expect(fill).not.toContain("--csv");
  });
});

describe("the other commands' output at 80 columns", () => {
  it("import, fill with findings and a changed hand-entered score, undo, export", async () => {
    const json = seedJson();
    json.department = "深圳市大鹏新区政务服务和数据管理局（“数字政府”建设专班）";
    Object.assign(json.inputs, { yishang: 4704.37, yixia: 3783.36, satisfaction: "96%" });
    writeFileSync(at("case.json"), JSON.stringify(json));
    const outputs: string[] = [];
    const run = async (args: string[]) => {
      const r = await perfScore(args, "", 80);
      outputs.push(r.stdout, r.stderr);
      return r;
    };
    expect((await run(["import", at("case.json"), "-o", at("case.xlsx")])).code).toBe(0);
    const wb = await loadXlsx(at("case.xlsx"));
    wb.getWorksheet("指标体系")!.getCell("H2").value = 4.8;
    await wb.xlsx.writeFile(at("case.xlsx"));
    const fill = await run(["fill", at("case.xlsx"), "-o", at("filled.xlsx")]);
    expect(fill.stdout).toContain("改写手工得分");
    expect(fill.stdout).toContain("问题清单（"); // the heading the total's line refers to (见问题清单)
    expect((await run(["undo", at("filled.xlsx"), "-o", at("undone.xlsx")])).code).toBe(0);
    expect((await run(["export", at("case.xlsx"), "-o", at("again.json")])).code).toBe(0);
    const text = outputs.join("\n");
    expect(overflowing(outputs.filter((_, k) => k % 2 === 0).join("\n"), 80)).toEqual([]);
    expect(symbolsIn(text)).toEqual(expect.arrayContaining(["“", "”"]));
  });

  it("summary's tally", async () => {
    mkdirSync(at("batch"));
    writeFileSync(at("batch/坏.xlsx"), "不是工作簿");
    const r = await perfScore(["summary", at("batch"), "-o", at("汇总.xlsx")], "", 80);
    expect(overflowing(r.stdout, 80)).toEqual([]);
    expect(r.stdout).toMatch(/^已汇总 1 个文件：0 个已评分，1 个未能评分，用时 /);
  });
});
