import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { call, type Fn } from "../functions/helpers/custom-functions";
import { BY_ID, seedRange } from "../functions/helpers/functions";
import { setWorkbookFramework } from "../../src/functions/workbook-framework";
import { loadFrameworkText } from "../../src/cli/framework/file";
import type { Framework } from "../../src/scoring";
import { perfScore } from "../helpers/cli";
import { ROOT } from "../helpers/seed";

// The bureau's commands for frameworks, --framework on the others, and the custom functions' optional framework.
const dir = mkdtempSync(join(tmpdir(), "perf-framework-commands-"));
const EXAMPLE_YAML = join(ROOT, "frameworks", "example-2025.yaml");
const EXAMPLE_JSON = join(ROOT, "examples", "example-2025.json");
const example = loadFrameworkText(readFileSync(EXAMPLE_YAML, "utf8")).framework as Framework;

describe("perf-score framework", () => {
  it("list: the frameworks PERF ships, the example marked as one", async () => {
    const r = await perfScore(["framework", "list"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^dapeng-2024 .*正式 .*frameworks\/dapeng-2024\.yaml$/m);
    expect(r.stdout).toMatch(/^example-2025 .*示例 .*frameworks\/example-2025\.yaml$/m);
  });

  it("check: exit 0 and the tree with its points; exit 1 and every problem with its line", async () => {
    const good = await perfScore(["framework", "check", EXAMPLE_YAML]);
    expect(good.code).toBe(0);
    expect(good.stdout).toContain("检查通过");
    expect(good.stdout).toContain("  4.1 部门履职效果（20 分，其中部门个性指标 20 分）");
    const bad = join(dir, "bad.yaml");
    writeFileSync(
      bad,
      readFileSync(EXAMPLE_YAML, "utf8").replace("total: 100", "total: 90").replace("each: 0.5", "each: -1"),
    );
    const r = await perfScore(["framework", "check", bad]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^错误：.*bad\.yaml 第 \d+ 行 indicators\[1\]\.rule\.each：应为不小于 0 的数或百分数$/m);
    expect(r.stdout).toContain("未通过检查：1 处错误");
  });

  it("show and docs, by id or file; show --json is the whole file", async () => {
    const show = await perfScore(["framework", "show", "example-2025"]);
    expect(show.stdout).toContain("示例框架，非正式发布");
    expect(show.stdout).toContain("检查点：7 月（序时进度 40%）、11 月（序时进度 80%）、12 月（序时进度 100%）");
    const json = JSON.parse((await perfScore(["framework", "show", EXAMPLE_YAML, "--json"])).stdout);
    expect(json.id).toBe("example-2025");
    expect(json.indicators[0].criteria).toContain("人员控制率");
    const docs = await perfScore(["framework", "docs", "example-2025"]);
    expect(docs.stdout).toContain("# 指标框架 example-2025");
    expect(docs.stdout).toContain("**示例框架，非正式发布**");
  });

  it("refuses what it cannot do, as usage errors", async () => {
    expect((await perfScore(["framework"])).code).toBe(2);
    expect((await perfScore(["framework", "show", "no-such-framework"])).code).toBe(2);
    expect((await perfScore(["score", EXAMPLE_JSON, "--framework", "no-such"])).stderr).toContain(
      "未知的指标框架“no-such”：应为内置框架代码（dapeng-2024、example-2025）",
    );
    const undo = await perfScore(["undo", "x.xlsx", "-o", "y.xlsx", "--framework", "dapeng-2024"]);
    expect(undo.code).toBe(2);
    expect(undo.stderr).toContain("选项 --framework 不适用于 undo 命令"); // it scores nothing: it gives back a fill
  });
});

describe("--framework on the other commands", () => {
  it("score: a JSON case names its framework; --framework FILE scores with the file, saying so if they differ", async () => {
    const byName = JSON.parse((await perfScore(["score", EXAMPLE_JSON, "--json"])).stdout);
    expect(byName.total).toBe(87.6);
    // The table's header says the example is one (review of #8, item 16).
    // By its Chinese name, which says it already (the marker is not repeated).
    expect((await perfScore(["score", EXAMPLE_JSON])).stdout.split("\n")).toContain(
      "指标框架：示例框架：投入—过程—产出—效果（示例，非正式发布）",
    );
    const copy = join(dir, "copy.yaml");
    writeFileSync(copy, readFileSync(EXAMPLE_YAML, "utf8").replace("id: example-2025", "id: example-copy"));
    const r = await perfScore(["score", EXAMPLE_JSON, "--json", "--framework", copy]);
    const out = JSON.parse(r.stdout);
    expect(out.framework).toBe("example-copy");
    expect(out.total).toBe(87.6);
    expect(out.issues[0]).toEqual({
      severity: "warning",
      input: "framework",
      message: "输入注明的指标框架为 example-2025，本次按指定的 example-copy 评分",
    });
  });

  it("template and import make workbooks that carry their framework; score and fill use it; so does --framework WORKBOOK", async () => {
    const template = join(dir, "example-template.xlsx");
    expect((await perfScore(["template", "--framework", "example-2025", "-o", template])).code).toBe(0);
    expect((await perfScore(["template", "--framework", "example-2025", "-o", template])).code).toBe(1); // exists
    const filled = join(dir, "example-filled.xlsx");
    expect((await perfScore(["import", EXAMPLE_JSON, "-o", filled])).code).toBe(0);
    const scored = JSON.parse((await perfScore(["score", filled, "--json"])).stdout);
    expect([scored.framework, scored.total, scored.grade]).toEqual(["example-2025", 87.6, "良"]);
    const fill = await perfScore(["fill", filled, "-o", join(dir, "example-scored.xlsx")]);
    expect(fill.stdout).toContain("总分：87.6 分　等级：良");
    const viaTemplate = JSON.parse(
      (await perfScore(["score", EXAMPLE_JSON, "--json", "--framework", template])).stdout,
    );
    expect(viaTemplate.total).toBe(87.6);
  });

  it("summary ranks only workbooks of the same framework, and says why another is left out", async () => {
    const folder = mkdtempSync(join(tmpdir(), "perf-framework-summary-"));
    await perfScore(["import", EXAMPLE_JSON, "-o", join(folder, "a.xlsx")]);
    await perfScore(["import", EXAMPLE_JSON, "-o", join(folder, "b.xlsx")]);
    await perfScore(["import", join(ROOT, "examples", "dapeng-2024.json"), "-o", join(folder, "c.xlsx")]);
    const out = join(dir, "汇总.xlsx");
    const r = await perfScore(["summary", folder, "-o", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("2 个已评分，1 个未能评分");
    expect(r.stderr).toMatch(
      /c\.xlsx（[^）]*）：所用指标框架为 dapeng-2024（校验码 [0-9a-f]{12}），与本次汇总所用的 example-2025/,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet("汇总")!.getRow(1).values).toContain("投入（15分）");
  });
});

describe("a bureau's file that keeps the id of a framework PERF ships (review of #8, items 4 and 15)", () => {
  const DAPENG_YAML = join(ROOT, "frameworks", "dapeng-2024.yaml");
  const SEED_JSON = join(ROOT, "examples", "dapeng-2024.json");
  // dapeng-2024 with 3.4.2's top band moved from 95% to 92%, its id kept.
  const sameId = join(dir, "same-id.yaml");
  writeFileSync(sameId, readFileSync(DAPENG_YAML, "utf8").split("95%").join("92%"));

  it("fails framework check and is refused by template, naming the id and both hashes", async () => {
    const check = await perfScore(["framework", "check", sameId]);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(
      /^错误：.*same-id\.yaml 第 5 行 id：框架代码 dapeng-2024 是 PERF 自带框架的代码，而本文件的内容与它不同（校验码 [0-9a-f]{12}，自带的为 [0-9a-f]{12}）/m,
    );
    const template = await perfScore(["template", "--framework", sameId, "-o", join(dir, "same-id.xlsx")]);
    expect(template.code).toBe(1);
    expect(template.stderr).toContain("未生成模板：框架代码 dapeng-2024 是 PERF 自带框架的代码");
  });

  it("score --json and export write framework_hash; a JSON whose hash is not the shipped one's is not scored with it", async () => {
    const shipped = JSON.parse((await perfScore(["score", SEED_JSON, "--json"])).stdout);
    expect(shipped.framework_hash).toMatch(/^[0-9a-f]{64}$/);
    const own = JSON.parse((await perfScore(["score", SEED_JSON, "--json", "--framework", sameId])).stdout);
    expect(own.framework).toBe("dapeng-2024");
    expect(own.framework_hash).not.toBe(shipped.framework_hash);
    // The case as the bureau's version exported it: its hash says which dapeng-2024.
    const json = { ...JSON.parse(readFileSync(SEED_JSON, "utf8")), framework_hash: own.framework_hash };
    const path = join(dir, "same-id-case.json");
    writeFileSync(path, JSON.stringify(json));
    const refused = await perfScore(["score", path, "--json"]);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout).issues).toContainEqual({
      severity: "error",
      input: "framework_hash",
      message: expect.stringMatching(
        /^输入注明的指标框架 dapeng-2024 校验码为 [0-9a-f]{12}…，不是 PERF 自带的 dapeng-2024/,
      ),
    });
    const right = JSON.parse((await perfScore(["score", path, "--json", "--framework", sameId])).stdout);
    expect(right.total).toBe(own.total);
    expect(right.issues.filter((i: { input: string }) => i.input.startsWith("framework"))).toEqual([]);
    // Written before framework_hash existed: still read, with the framework it names.
    expect(JSON.parse((await perfScore(["score", SEED_JSON, "--json"])).stdout).total).toBe(91.75);
    const filled = join(dir, "seed-for-export.xlsx");
    expect((await perfScore(["import", SEED_JSON, "-o", filled])).code).toBe(0);
    const exported = JSON.parse((await perfScore(["export", filled])).stdout);
    expect(exported.framework_hash).toBe(shipped.framework_hash);
  });

  it("--framework FILE scores a JSON naming any framework with the file, with one warning (no unknown-id refusal)", async () => {
    const other = { ...JSON.parse(readFileSync(SEED_JSON, "utf8")), framework: "district-2025" };
    const path = join(dir, "district-case.json");
    writeFileSync(path, JSON.stringify(other));
    const r = await perfScore(["score", path, "--json", "--framework", sameId]);
    const out = JSON.parse(r.stdout);
    expect(out.framework).toBe("dapeng-2024");
    expect(out.issues[0]).toEqual({
      severity: "warning",
      input: "framework",
      message: "输入注明的指标框架为 district-2025，本次按指定的 dapeng-2024 评分",
    });
    const unknown = await perfScore(["score", path, "--json"]);
    expect(JSON.parse(unknown.stdout).issues[0].message).toBe(
      "未知的指标框架“district-2025”，可用：dapeng-2024、example-2025",
    );
  });
});

describe("PERF.INDICATOR and PERF.EXPLAIN take an optional framework", () => {
  afterEach(() => setWorkbookFramework(undefined));

  it("left out, it is the workbook's own once the pane has read it (review of #8, item 9)", () => {
    const inputs = Object.entries(JSON.parse(readFileSync(EXAMPLE_JSON, "utf8")).inputs);
    setWorkbookFramework(example);
    expect(call(BY_ID.INDICATOR as Fn, "3.2.2", inputs)).toEqual({ value: 9.2 });
    expect(call(BY_ID.INDICATOR as Fn, "1.1.1", seedRange(), "dapeng-2024")).toEqual({ value: 4.8 });
  });

  it("PERF.GRADE goes by the framework's grade bands: the workbook's, or the one named (review of #8, item 9)", () => {
    expect(call(BY_ID.GRADE as Fn, 80)).toEqual({ value: "良" }); // dapeng-2024: 良 80 to under 90
    expect(call(BY_ID.GRADE as Fn, 70)).toEqual({ value: "中" });
    setWorkbookFramework(example);
    expect(call(BY_ID.GRADE as Fn, 70)).toEqual({ value: "合格" }); // example-2025: 合格 60 to under 75
    expect(call(BY_ID.GRADE as Fn, 70, "example-2025")).toEqual({ value: "合格" });
    expect(call(BY_ID.GRADE as Fn, 70, "dapeng-2024")).toEqual({ value: "中" });
    expect(call(BY_ID.GRADE as Fn, 70, "no-such")).toMatchObject({ code: "#VALUE!" });
  });

  it("dapeng-2024 when left out or named, with the same values", () => {
    expect(call(BY_ID.INDICATOR, "1.1.1", seedRange())).toEqual({ value: 4.8 });
    expect(call(BY_ID.INDICATOR, "1.1.1", seedRange(), "dapeng-2024")).toEqual({ value: 4.8 });
    expect(call(BY_ID.INDICATOR, "1.1.1", seedRange(), "")).toEqual({ value: 4.8 });
  });

  it("the framework the workbook carries, once the pane has read it; any other is #VALUE! naming those it knows", () => {
    const inputs = Object.entries(JSON.parse(readFileSync(EXAMPLE_JSON, "utf8")).inputs);
    expect(call(BY_ID.INDICATOR as Fn, "3.2.2", inputs, "example-2025")).toEqual({
      code: "#VALUE!",
      message:
        "未知的指标框架“example-2025”，可用：dapeng-2024（工作簿自带的框架，在任务窗格“评分”读取工作簿后即可使用）",
    });
    setWorkbookFramework(example);
    expect(call(BY_ID.INDICATOR as Fn, "3.2.2", inputs, "example-2025")).toEqual({ value: 9.2 });
    expect(call(BY_ID.EXPLAIN as Fn, "2.2.2", inputs, "example-2025")).toEqual({
      value:
        "第1、2项：结转结余率 = 120 ÷ 1000 = 12%，超出 5% 共 1.4 个 5%，按整数计 1 个，每个扣 1 分，得 5 分，扣 1 分",
    });
  });
});

describe("a framework file too large or not UTF-8 (review of #8, item 12)", () => {
  it("is refused as a framework file, for framework check and --framework alike", async () => {
    const big = join(dir, "big.yaml");
    writeFileSync(big, `# ${"x".repeat(3 * 1024 * 1024)}\n`);
    const message = `perf-score：${big} 超过 2 MB，不像是指标框架文件（PERF 自带的 dapeng-2024.yaml 约 57 KB），已拒绝读取：请检查是否选错了文件\n`;
    expect(await perfScore(["framework", "check", big])).toMatchObject({ code: 1, stderr: message });
    expect(await perfScore(["score", EXAMPLE_JSON, "--framework", big])).toMatchObject({ code: 1, stderr: message });
    const gbk = join(dir, "gbk.yaml");
    writeFileSync(gbk, Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xb4, 0xf3, 0xc5, 0xf4, 0x0a]));
    expect((await perfScore(["framework", "check", gbk])).stderr).toBe(
      `perf-score：${gbk} 不是 UTF-8 编码的文本：指标框架文件应以 UTF-8 保存（在编辑器中“另存为”时选择 UTF-8）\n`,
    );
  });
});
