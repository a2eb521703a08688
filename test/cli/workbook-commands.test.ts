import ExcelJS from "exceljs";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { displayWidth } from "../../src/cli/width";
import { perfScore, tally } from "../helpers/cli";
import { dapeng2024 } from "../helpers/frameworks";
import { SEED_PATH, seedJson } from "../helpers/seed";
import { cells, loadXlsx, reopen, SEED_XLSX, scoresWritten } from "../helpers/xlsx";

const dir = mkdtempSync(join(tmpdir(), "perf-cli-"));
const at = (name: string) => join(dir, name);
process.env.PERF_NOW = "2026-11-27 10:00:00";

async function importCase(json: unknown, name: string): Promise<string> {
  writeFileSync(at(`${name}.json`), JSON.stringify(json));
  const r = await perfScore(["import", at(`${name}.json`), "-o", at(`${name}.xlsx`), "--force"]);
  expect(r.code).toBe(0);
  expect(r.stderr).not.toContain("[错误]");
  return at(`${name}.xlsx`);
}

describe("perf-score import, fill, score and export on workbooks", () => {
  it("import then fill writes the seed's scores and 91.75; score reads them back", async () => {
    const input = await importCase(seedJson(), "seed");
    const r = await perfScore(["fill", input, "-o", at("seed-filled.xlsx")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      "深圳市大鹏新区政务服务和数据管理局 2024\n总分：91.75 分\u3000等级：优\n已写入 " +
        at("seed-filled.xlsx") +
        "。\n改动 35 个单元格，原值记入“评分记录”表，可用 perf-score undo 还原；“评分结果”表已更新。\n",
    );
    const wb = await loadXlsx(at("seed-filled.xlsx"));
    expect(scoresWritten(wb).get("总计")).toBe(91.75);
    const score = await perfScore(["score", at("seed-filled.xlsx"), "--json"]);
    expect(score.code).toBe(0);
    expect(JSON.parse(score.stdout)).toMatchObject({ total: 91.75, grade: "优", issues: [] });
  });

  it("fill on a workbook already filled says nothing changed and nothing was recorded (review of #10, finding 4)", async () => {
    const input = await importCase(seedJson(), "refill");
    expect((await perfScore(["fill", input, "-o", at("refill-1.xlsx")])).code).toBe(0);
    const r = await perfScore(["fill", at("refill-1.xlsx"), "-o", at("refill-2.xlsx")]);
    expect(r.code).toBe(0);
    // The pane's notice says the same (test/taskpane/pane.test.tsx, "评分 twice"): both come from fillWords.
    expect(r.stdout.split("\n")[3]).toBe("工作簿中的得分已是本次结果，无需改动单元格；“评分结果”表已更新。");
    expect(r.stdout).not.toContain("评分记录");
  });

  it("the bundled examples/dapeng-2024.xlsx is the seed's JSON imported", async () => {
    const fresh = await loadXlsx(await importCase(JSON.parse(readFileSync(SEED_PATH, "utf8")), "again"));
    expect([...cells(await loadXlsx(SEED_XLSX))]).toEqual([...cells(await reopen(fresh))]);
  });

  it("import then export gives back the same inputs and 效果性 block", async () => {
    const json = seedJson();
    const r = await perfScore(["export", await importCase(json, "roundtrip"), "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ ...json, framework_hash: dapeng2024.hash }); // and which dapeng-2024
  });

  it("export turns text numbers and 是/否 into typed JSON values", async () => {
    const path = await importCase(seedJson(), "typed");
    const wb = await loadXlsx(path);
    wb.getWorksheet("基础数据")!.getCell("D5").value = "4,502.03";
    await wb.xlsx.writeFile(path);
    const out = JSON.parse((await perfScore(["export", path])).stdout);
    expect([out.inputs.yishang, out.inputs.serious_violation, out.inputs.budget_disclosure]).toEqual([
      4502.03,
      false,
      "合规",
    ]);
  });

  it("score on a workbook names the cells of its findings", async () => {
    const path = await importCase(seedJson(), "bad");
    const wb = await loadXlsx(path);
    wb.getWorksheet("基础数据")!.getCell("D73").value = 96;
    await wb.xlsx.writeFile(path);
    const r = await perfScore(["score", path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      "[错误] 基础数据!D73 公众或服务对象满意度为 96，超出 0 至 100% 的范围；若指 96%，请填 0.96 或 96%",
    );
    const json = JSON.parse((await perfScore(["score", path, "--json"])).stdout);
    expect(json.issues[0]).toEqual({
      severity: "error",
      input: "satisfaction",
      cell: "基础数据!D73",
      message: expect.any(String),
    });
  });

  it("fill lists the hand-entered scores it changes", async () => {
    const json = seedJson();
    Object.assign(json.inputs, { yishang: 4704.37, yixia: 3783.36 });
    const path = await importCase(json, "hand");
    const wb = await loadXlsx(path);
    wb.getWorksheet("指标体系")!.getCell("H2").value = 4.8;
    await wb.xlsx.writeFile(path);
    const r = await perfScore(["fill", path, "-o", at("hand-filled.xlsx")]);
    expect(r.stdout).toContain("改写手工得分：指标体系!H2 1.1.1 预算编制合理性：4.8 → 6.3\n");
    expect(r.stdout).toContain("[提示] 指标体系!H2 1.1.1 预算编制合理性的得分手工填为 4.8，按基础数据计算为 6.3");
  });

  it("fill refuses to write over its input unless --in-place", async () => {
    const path = await importCase(seedJson(), "inplace");
    const before = readFileSync(path);
    const r = await perfScore(["fill", path, "-o", path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`输出文件与输入文件相同（${path}）；如确要写回原文件，请加 --in-place`);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect((await perfScore(["fill", path])).stderr).toContain(
      "fill 需要用 -o 指定输出文件，或用 --in-place 写回原文件",
    );
    expect((await perfScore(["fill", path, "--in-place"])).code).toBe(0);
    expect(scoresWritten(await loadXlsx(path)).get("总计")).toBe(91.75);
  });

  it("undo gives the workbook back as it was before the fill", async () => {
    const path = await importCase(seedJson(), "undo");
    await perfScore(["fill", path, "-o", at("undo-filled.xlsx")]);
    const r = await perfScore(["undo", at("undo-filled.xlsx"), "-o", at("undo-undone.xlsx")]);
    expect(r.stdout).toContain("已撤销批次 2026-11-27 10:00:00 的评分，还原 35 处改动");
    const before = cells(await loadXlsx(path));
    const after = cells(await loadXlsx(at("undo-undone.xlsx")));
    for (const [key, state] of before) expect([key, after.get(key)?.value]).toEqual([key, state.value]);
  });

  it("import refuses to overwrite an existing workbook without --force", async () => {
    const path = await importCase(seedJson(), "exists");
    const r = await perfScore(["import", SEED_PATH, "-o", path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`perf-score：${path} 已存在，未写入：请换一个文件名，或加 --force 替换它\n`);
  });
});

describe("files that are not workbooks", () => {
  it.each([
    ["a text file", "not.xlsx", "hello", "不是 xlsx 工作簿"],
    [
      "a damaged zip",
      "broken.xlsx",
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 7)]),
      "已损坏或不是有效的 xlsx 工作簿",
    ],
    [
      "an old .xls",
      "old.xlsx",
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), Buffer.alloc(100)]),
      "是旧版 Excel 97-2003（.xls）或 WPS 格式，或设置了打开密码：请在 Excel 中取消密码、另存为 .xlsx 后再试",
    ],
  ])("%s: exit 1 and a clear message, no stack trace", async (_, name, content, message) => {
    writeFileSync(at(name), content);
    for (const command of [["score"], ["fill", "-o", at("out.xlsx")], ["export"]]) {
      const r = await perfScore([command[0], at(name), ...command.slice(1)]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(existsSync(at("out.xlsx"))).toBe(false);
  });
});

describe("perf-score summary", () => {
  async function department(name: string, overrides: Record<string, unknown>): Promise<string> {
    const json = seedJson();
    json.department = name;
    Object.assign(json.inputs, overrides);
    return importCase(json, join("batch", name));
  }

  it("ranks three departments, lists the damaged file, and sums up the points lost in common", async () => {
    const { mkdirSync } = await import("node:fs");
    mkdirSync(at("batch"), { recursive: true });
    await department("大鹏新区政务服务和数据管理局", {}); // 91.75
    await department("甲局", { satisfaction: 0.85, staff_outside: 1 }); // 91.75 − 4 (满意度 6→2) + 1 (编外 2.4% → 1) = 88.75
    await department("乙局", { staff_outside: 2, promoted: true }); // 91.75 + 1 + 2 = 94.75
    writeFileSync(at("batch/损坏.xlsx"), "not a workbook");
    copyFileSync(SEED_XLSX, at("batch/~$锁文件.xlsx"));
    const r = await perfScore(["summary", at("batch"), "-o", at("summary.xlsx"), "--csv", at("summary.csv")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(tally(4, 3, 1, at("summary.xlsx"), at("summary.csv")));
    expect(r.stderr).toContain("未能评分：");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at("summary.xlsx"));
    const rows = (name: string) =>
      (wb.getWorksheet(name)!.getSheetValues().filter(Boolean) as unknown[][]).map((x) => x.slice(1));
    expect(rows("汇总").map((x) => x.slice(0, 8))).toEqual([
      ["排名", "部门", "年度", "部门决策（20分）", "部门管理（20分）", "部门绩效（60分）", "总分", "等级"],
      [1, "乙局", 2024, 16.8, 19.74, 58.21, 94.75, "优"],
      [2, "大鹏新区政务服务和数据管理局", 2024, 16.8, 18.74, 56.21, 91.75, "优"],
      [3, "甲局", 2024, 16.8, 19.74, 52.21, 88.75, "良"],
    ]);
    const common = rows("共性扣分");
    expect(common[0]).toEqual([
      "代码",
      "三级指标",
      "分值",
      "扣分部门数",
      "扣分部门占比",
      "平均扣分（全部部门）",
      "平均扣分（扣分部门）",
      "最多扣分",
    ]);
    expect(common.find((x) => x[0] === "1.1.1")).toEqual(["1.1.1", "预算编制合理性", 8, 3, 1, 3.2, 3.2, 3.2]);
    expect(common.find((x) => x[0] === "3.4.2")).toEqual(["3.4.2", "公众或服务对象满意度", 6, 1, 0.3333, 1.33, 4, 4]);
    expect(common.find((x) => x[0] === "2.4.2")).toEqual(["2.4.2", "编外人员控制率", 1, 1, 0.3333, 0.33, 1, 1]);
    expect(common[1][0]).toBe("1.1.1"); // every department lost points there
    expect(rows("未能评分")).toEqual([
      ["文件", "部门", "原因"],
      [expect.stringContaining("损坏.xlsx"), undefined, expect.stringContaining("不是 xlsx 工作簿")],
    ]);
    const csv = readFileSync(at("summary.csv"), "utf8");
    expect(csv.startsWith("\uFEFF排名,部门,年度")).toBe(true);
    expect(csv.split("\r\n")[1]).toMatch(/^1,乙局,2024,16\.8,19\.74,58\.21,94\.75,优,\d+,/);
  });

  it("escapes CSV cells that Excel would run as formulas", async () => {
    const { mkdirSync } = await import("node:fs");
    mkdirSync(at("evil"), { recursive: true });
    const json = seedJson();
    json.department = '=HYPERLINK("http://x","点我")';
    writeFileSync(at("evil/e.json"), JSON.stringify(json));
    await perfScore(["import", at("evil/e.json"), "-o", at("evil/e.xlsx")]);
    await perfScore(["summary", at("evil"), "-o", at("evil.xlsx"), "--csv", at("evil.csv")]);
    expect(readFileSync(at("evil.csv"), "utf8").split("\r\n")[1]).toContain(`,"'=HYPERLINK(""http://x"",""点我"")",`);
  });

  it("draws a progress bar on a terminal's standard error only, and one bad file never stops the batch", async () => {
    const { mkdirSync } = await import("node:fs");
    mkdirSync(at("many"), { recursive: true });
    for (let k = 0; k < 21; k++) copyFileSync(SEED_XLSX, at(`many/${String(k).padStart(2, "0")}.xlsx`));
    writeFileSync(at("many/10-某区人民政府办公室2024年度部门整体绩效自评表.xlsx"), "x"); // a long name, said twice
    const r = await perfScore(["summary", at("many"), "-o", at("many.xlsx")], "", 80, 80);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/\r正在评分 \[#+\] {2}22\/22 {2}100% {2}已用 /);
    expect(r.stdout).toMatch(tally(22, 21, 1, at("many.xlsx")));
    // The failure is laid out in the terminal's 80 columns by display width (review of #10, finding 9: 127 columns).
    const failure = r.stderr
      .slice(r.stderr.lastIndexOf("\r") + 1)
      .split("\n")
      .filter((l) => !l.includes("正在评分"));
    expect(failure.join("")).toContain("未能评分：");
    expect(failure.filter((l) => displayWidth(l) > 80)).toEqual([]);
    const piped = await perfScore(["summary", at("many"), "-o", at("many-2.xlsx")]);
    expect(piped.stderr).not.toContain("正在评分");
    expect(piped.stderr).not.toContain("\r");
    expect(piped.stdout).toMatch(tally(22, 21, 1, at("many-2.xlsx")));
  });

  it("is a usage error without paths or output", async () => {
    expect((await perfScore(["summary"])).code).toBe(2);
    expect((await perfScore(["summary", dir])).stderr).toContain("summary 需要用 -o 指定汇总工作簿");
  });
});

describe("review fixes", () => {
  it("score on a workbook whose 指标体系 was altered exits 1, though it scores", async () => {
    const path = await importCase(seedJson(), "altered");
    const wb = await loadXlsx(path);
    wb.getWorksheet("指标体系")!.getCell("E2").value = 9;
    await wb.xlsx.writeFile(path);
    const r = await perfScore(["score", path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("总分：91.75 分");
    expect(r.stdout).toContain("[错误] 指标体系!E2 1.1.1 预算编制合理性 的分值为9 分，框架规定为 8 分");
  });

  it("summary counts errors and notes the same department and year sent twice", async () => {
    const { mkdirSync } = await import("node:fs");
    mkdirSync(at("twice"), { recursive: true });
    const path = await importCase(seedJson(), "twice/a");
    copyFileSync(path, at("twice/a-重报.xlsx"));
    const r = await perfScore(["summary", at("twice"), "-o", at("twice.xlsx")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`注意：${at("twice/a.xlsx")}：与 ${at("twice/a-重报.xlsx")} 为同一部门、同一年度`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at("twice.xlsx"));
    expect(wb.getWorksheet("汇总")!.getRow(1).values).toEqual([
      undefined,
      "排名",
      "部门",
      "年度",
      "部门决策（20分）",
      "部门管理（20分）",
      "部门绩效（60分）",
      "总分",
      "等级",
      "错误数",
      "提示数",
      "备注",
      "文件",
    ]);
  });

  it("--version prints the version", async () => {
    const r = await perfScore(["--version"]);
    expect(r).toEqual({
      code: 0,
      stdout: `perf-score ${JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")).version}\n`,
      stderr: "",
    });
  });

  it("score on an old .xls says so, not that it is bad JSON", async () => {
    writeFileSync(at("old.xls"), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), Buffer.alloc(64)]));
    const r = await perfScore(["score", at("old.xls")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "是旧版 Excel 97-2003（.xls）或 WPS 格式，或设置了打开密码：请在 Excel 中取消密码、另存为 .xlsx 后再试",
    );
  });

  it("an output folder that does not exist is a clear message, and no temporary file is left", async () => {
    const r = await perfScore(["fill", SEED_XLSX, "-o", at("no/such/dir/out.xlsx")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`perf-score：无法写入 ${at("no/such/dir/out.xlsx")}：所在文件夹不存在\n`);
  });

  it("import reports inputs it cannot place, and refuses a broken 效果性 entry with a message", async () => {
    const json = seedJson();
    json.inputs.yishnag = 1;
    const r = await perfScore(["import", "-", "-o", at("typo.xlsx"), "--force"], JSON.stringify(json));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("未知的输入项“yishnag”，已忽略；是否应为“一上”申报数？");
    const broken = seedJson();
    broken.effect = [null];
    const b = await perfScore(["import", "-", "-o", at("broken.xlsx"), "--force"], JSON.stringify(broken));
    expect(b.code).toBe(1);
    expect(b.stderr).toContain("第 1 个效果性指标格式不对，应含 code、name、items");
    expect(b.stderr).not.toContain("内部错误");
  });
});
