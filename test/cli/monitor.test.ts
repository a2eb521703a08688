import type ExcelJS from "exceljs";
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadFrameworkText } from "../../src/cli/framework/file";
import { parseCase } from "../../src/scoring";
import { SHEETS } from "../../src/workbook";
import { buildTemplate } from "../../src/xlsx";
import { perfScore } from "../helpers/cli";
import { fillLedger } from "../helpers/monitor";
import { ROOT, seedJson } from "../helpers/seed";
import { bufferOf, loadXlsx, reopen, SEED_XLSX } from "../helpers/xlsx";

/*
 * perf-score monitor over a folder of department workbooks made from the template as departments make them: the
 * ledger filled month by month (budget 1,000 万元 so that the arithmetic reads at a glance), some on track, some
 * behind, one not yet filled for July, one from before the 运行监控 sheet existed, one not a workbook at all.
 * dapeng-2024's 序时进度: 25% at the end of March, 50% at the end of June, 75% September; 预警 up to 5 points
 * behind (included), 落后 beyond.
 */

const dir = mkdtempSync(join(tmpdir(), "perf-monitor-"));
const at = (name: string) => join(dir, name);
const BATCH = at("各部门");
const EXAMPLE = loadFrameworkText(readFileSync(join(ROOT, "frameworks", "example-2025.yaml"), "utf8")).framework!;

/** A department's workbook: the seed's case under its name (its own 支出进度 figures left out), ledger filled. */
async function department(name: string, months: Record<number, Record<string, number>>): Promise<ExcelJS.Workbook> {
  const json = seedJson();
  json.department = name;
  for (const q of ["progress_q1", "progress_q2", "progress_q3", "progress_q4"]) delete json.inputs[q];
  const wb = await reopen(await buildTemplate(undefined, parseCase(json).case));
  fillLedger(wb, months);
  return wb;
}

/** Cumulative spending at March, June and July against a budget of 1,000 万元. */
const spending = (q1: number, q2: number, m7: number) => ({
  3: { budget: 1000, spent: q1 },
  6: { budget: 1000, spent: q2 },
  7: { budget: 1000, spent: m7 },
});

async function save(wb: ExcelJS.Workbook, file: string): Promise<void> {
  writeFileSync(join(BATCH, file), await bufferOf(wb));
}

/** A sheet's rows as values (ExcelJS is 1-based: the first, empty, entry of each row is dropped). */
function rows(wb: ExcelJS.Workbook, name: string): unknown[][] {
  const ws = wb.getWorksheet(name)!;
  const out: unknown[][] = [];
  ws.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

beforeAll(async () => {
  mkdirSync(join(BATCH, "二科室"), { recursive: true });
  // 30%, 55%: on track at both quarters.
  await save(await department("甲局", spending(300, 550, 620)), "甲局.xlsx");
  // 26%, then 48%: 2 points behind in June, 预警; 20 万元 short.
  await save(await department("乙局", spending(260, 480, 520)), "乙局.xlsx");
  // 20% (5 points behind: still 预警), then 40%: 10 points behind, 落后; 100 万元 short.
  await save(await department("丙局", spending(200, 400, 450)), "二科室/丙局.xlsx");
  // 25%, then 44%: 6 points behind, 落后; 60 万元 short.
  await save(await department("丁局", spending(250, 440, 500)), "丁局.xlsx");
  // Filled up to June only: July's figures are missing.
  const late = spending(300, 550, 620) as Record<number, Record<string, number>>;
  delete late[7];
  await save(await department("戊局", late), "戊局.xlsx");
  // More spent than the budget in July.
  await save(await department("己局", spending(300, 550, 1200)), "己局.xlsx");
  // A workbook made before the 运行监控 sheet existed.
  const old = await department("庚局", spending(300, 550, 620));
  old.removeWorksheet(old.getWorksheet(SHEETS.monitor)!.id);
  await save(old, "庚局.xlsx");
  // Not a workbook at all.
  writeFileSync(join(BATCH, "辛局.xlsx"), "这不是工作簿");
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("perf-score monitor", () => {
  let out: Awaited<ReturnType<typeof perfScore>>;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    out = await perfScore(["monitor", BATCH, "--month", "7", "-o", at("监控汇总.xlsx"), "--csv", at("监控汇总.csv")]);
    wb = await loadXlsx(at("监控汇总.xlsx"));
  });

  it("monitors every good workbook and says how many could not be, without stopping", () => {
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(
      /^已汇总 8 个文件的 7 月运行监控：4 个已监控，4 个未能监控，用时 \d+(\.\d)? 秒。\n已写入 .*监控汇总\.xlsx 和 .*监控汇总\.csv。\n$/,
    );
  });

  it("one row per department, most at risk first: 落后 by amount behind, then 预警, then 达标", () => {
    const sheet = rows(wb, "监控汇总");
    const header = sheet[0];
    expect(header.slice(0, 12)).toEqual([
      "风险排序",
      "部门",
      "年度",
      "总体状态",
      "一季度（3 月末）状态",
      "二季度（6 月末）状态",
      "7 月末支出进度",
      "二季度（6 月末）比序时进度少支出（万元）",
      "到三季度（9 月末）还须支出（万元）",
      "预计 3.2.1 得分（按目前进度）",
      "预计 3.2.1 得分（此后达到序时进度）",
      "“三公”经费累计支出状态",
    ]);
    const col = (name: string) => header.indexOf(name);
    const view = sheet
      .slice(1)
      .map((r) => [
        r[0],
        r[1],
        r[3],
        r[4],
        r[5],
        r[col("7 月末支出进度")],
        r[col("二季度（6 月末）比序时进度少支出（万元）")],
        r[col("到三季度（9 月末）还须支出（万元）")],
      ]);
    expect(view).toEqual([
      // 1000 × 50% − 400 = 100 short; 1000 × 75% − 450 = 300 to spend by September
      [1, "丙局", "落后", "预警", "落后", 0.45, 100, 300],
      [2, "丁局", "落后", "达标", "落后", 0.5, 60, 250],
      [3, "乙局", "预警", "达标", "预警", 0.52, 20, 230],
      [4, "甲局", "达标", "达标", "达标", 0.62, 0, 130],
    ]);
    // Figures never filled are not monitored, not taken as 0.
    expect(sheet[1][col("“三公”经费累计支出状态")]).toBe("未监控");
    expect(sheet[1][header.length - 1]).toBe(join(BATCH, "二科室", "丙局.xlsx"));
  });

  it("projects 3.2.1 by the framework's own rule, and says what matters in a sentence", () => {
    const sheet = rows(wb, "监控汇总");
    const header = sheet[0];
    const jia = sheet.find((r) => r[1] === "甲局")!;
    // 甲局 at pace: 620 ÷ 7 × 9 = 797.14 → 79.71% (q3: 79.71 ÷ 75 → 100%); × 12 capped at 1000 → 100% (q4)
    // 1 + 1 + 1 + 1 + 2 × average(100%, 100%, 100%, 100%) = 6
    expect(jia[header.indexOf("预计 3.2.1 得分（按目前进度）")]).toBe(6);
    const bing = sheet.find((r) => r[1] === "丙局")!;
    const note = String(bing[header.indexOf("说明")]);
    expect(note).toContain("二季度（6 月末）支出进度 = 累计支出 400.00 ÷ 预算数 1,000.00 = 40%");
    expect(note).toContain("比序时进度少支出 1,000.00 × 50% − 400.00 = 100.00 万元");
    expect(note).toContain("还须支出 1,000.00 × 75% − 450.00 = 300 万元");
  });

  it("colours each status: green 达标, yellow 预警, red 落后", () => {
    const ws = wb.getWorksheet("监控汇总")!;
    const fill = (r: number, c: number) =>
      (ws.getCell(r, c).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb ?? null;
    // Row 2 is 丙局: 总体状态 落后, 一季度 预警, 二季度 落后; row 5 甲局: all 达标. Its name is never coloured.
    expect([fill(2, 4), fill(2, 5), fill(2, 6), fill(5, 4), fill(2, 2)]).toEqual([
      "FFFFC7CE",
      "FFFFEB9C",
      "FFFFC7CE",
      "FFC6EFCE",
      null,
    ]);
    expect(ws.getCell(2, 7).numFmt).toBe("0.00%");
  });

  it("lists each workbook it could not monitor with the reason and the cell, on its sheet and on standard error", () => {
    const failed = rows(wb, "未能监控");
    expect(failed[0]).toEqual(["文件", "部门", "原因"]);
    const reason = (file: string) => failed.find((r) => r[0] === join(BATCH, file)) ?? [];
    expect(reason("戊局.xlsx").slice(1)).toEqual([
      "戊局",
      expect.stringMatching(/^有 \d 处错误：运行监控!D11 7 月预算数未填写/),
    ]);
    expect(reason("己局.xlsx")[2]).toMatch(/运行监控!E11 .*超过/);
    expect(reason("庚局.xlsx")[2]).toContain("找不到“运行监控”表");
    expect(reason("辛局.xlsx")[2]).toMatch(/不是|无法/);
    expect(out.stderr).toContain(`未能监控：${join(BATCH, "戊局.xlsx")}（戊局）：有 `);
  });

  it("the CSV has the same rows, UTF-8 with a byte order mark", () => {
    const csv = readFileSync(at("监控汇总.csv"), "utf8");
    expect(csv.startsWith("\uFEFF风险排序,部门,年度,总体状态,")).toBe(true);
    const lines = csv.slice(1).trim().split("\r\n");
    expect(lines).toHaveLength(5);
    expect(lines.slice(1).map((l) => l.split(",").slice(0, 4))).toEqual([
      ["1", "丙局", "2024", "落后"],
      ["2", "丁局", "2024", "落后"],
      ["3", "乙局", "2024", "预警"],
      ["4", "甲局", "2024", "达标"],
    ]);
  });
});

describe("LibreOffice opens 监控汇总.xlsx", () => {
  // A second, independent spreadsheet program (.ci/run installs it; without it this test fails, never passes unseen).
  const SOFFICE = ["soffice", "libreoffice"].find((bin) => spawnSync(bin, ["--version"]).status === 0);

  it("with the same departments, in the same order, as the CSV", async () => {
    expect(SOFFICE).toBeDefined();
    const out = at("lo");
    mkdirSync(out, { recursive: true });
    copyFileSync(at("监控汇总.xlsx"), join(out, "monitor.xlsx"));
    execFileSync(
      SOFFICE as string,
      [
        `-env:UserInstallation=file://${join(out, "profile")}`,
        "--headless",
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1",
        "--outdir",
        out,
        join(out, "monitor.xlsx"),
      ],
      { timeout: 120_000, stdio: "pipe" },
    );
    const first = (csv: string) =>
      csv
        .replace(/^\uFEFF/, "")
        .trim()
        .split(/\r?\n/)
        .map((l) => l.replace(/"/g, "").split(",").slice(0, 6).join(","));
    expect(first(readFileSync(join(out, "monitor.csv"), "utf8"))).toEqual(
      first(readFileSync(at("监控汇总.csv"), "utf8")),
    );
  }, 180_000);
});

describe("perf-score monitor: options", () => {
  it("needs --month, a month of the year", async () => {
    const none = await perfScore(["monitor", BATCH, "-o", at("x.xlsx")]);
    expect([none.code, none.stderr]).toEqual([2, expect.stringContaining("需要用 --month 指定监控的月份")]);
    for (const bad of ["13", "0", "七", "7.5"]) {
      const r = await perfScore(["monitor", BATCH, "--month", bad, "-o", at("x.xlsx")]);
      expect([r.code, r.stderr]).toEqual([2, expect.stringContaining(`--month 应为 1 至 12 的整数月份，收到“${bad}”`)]);
    }
  });

  it("accepts “7月” and never replaces an existing output without --force", async () => {
    const first = await perfScore(["monitor", join(BATCH, "甲局.xlsx"), "--month", "7月", "-o", at("one.xlsx")]);
    expect(first.code).toBe(0);
    const again = await perfScore(["monitor", join(BATCH, "甲局.xlsx"), "--month", "7", "-o", at("one.xlsx")]);
    expect(again.code).toBe(1);
    const forced = await perfScore([
      "monitor",
      join(BATCH, "甲局.xlsx"),
      "--month",
      "7",
      "-o",
      at("one.xlsx"),
      "--force",
    ]);
    expect(forced.code).toBe(0);
  });

  it("refuses to write inside the folder it reads", async () => {
    const r = await perfScore(["monitor", BATCH, "--month", "7", "-o", join(BATCH, "汇总.xlsx")]);
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining("在要汇总的文件夹")]);
  });

  it("exits 1 when no department could be monitored: the bundled example has no ledger filled", async () => {
    const r = await perfScore(["monitor", SEED_XLSX, "--month", "3", "-o", at("none.xlsx")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("运行监控!E7 3 月累计支出未填写");
  });

  it("a department whose workbook carries another framework is listed, not compared with the others", async () => {
    const mixed = at("mixed");
    mkdirSync(mixed);
    copyFileSync(join(BATCH, "甲局.xlsx"), join(mixed, "甲局.xlsx"));
    copyFileSync(join(BATCH, "乙局.xlsx"), join(mixed, "乙局.xlsx"));
    const other = await reopen(await buildTemplate(EXAMPLE));
    fillLedger(other, { 7: { budget: 1000, spent: 420 } });
    writeFileSync(join(mixed, "壬局.xlsx"), await bufferOf(other));
    const r = await perfScore(["monitor", mixed, "--month", "7", "-o", at("mixed.xlsx")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/未能监控：.*壬局\.xlsx：所用指标框架为 example-2025（校验码 \w+）.*不能一起比较/);
  });

  it("--framework: every workbook monitored by the framework named, its checkpoints and statuses", async () => {
    const r = await perfScore([
      "monitor",
      join(BATCH, "甲局.xlsx"),
      "--month",
      "7",
      "--framework",
      "example-2025",
      "-o",
      at("ex.xlsx"),
    ]);
    expect(r.code).toBe(0);
    const sheet = rows(await loadXlsx(at("ex.xlsx")), "监控汇总");
    // example-2025 checks 40% at the end of July: 620 ÷ 1000 = 62% is 达标; the workbook records dapeng-2024 (提示)
    expect(sheet[0].slice(3, 5)).toEqual(["总体状态", "7 月末状态"]);
    expect(sheet[1].slice(1, 5)).toEqual(["甲局", 2024, "达标", "达标"]);
    expect(sheet[1][sheet[0].indexOf("提示数")]).toBeGreaterThanOrEqual(1);
  });
});
