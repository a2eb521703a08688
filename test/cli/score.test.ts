import { readFileSync } from "node:fs";
import { perfScore, perfScoreBin } from "../helpers/cli";
import { SEED_PATH, seedJson } from "../helpers/seed";

describe("perf-score score (table)", () => {
  it("prints the Chinese table of the seed's case with total 91.75 and grade 优, exit 0", async () => {
    const r = await perfScore(["score", SEED_PATH]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("深圳市大鹏新区政务服务和数据管理局 2024 年度 部门整体绩效评价评分");
    expect(lines[1]).toBe("指标框架：部门整体绩效评价共性指标体系框架（大鹏新区 2024）");
    expect(lines[3]).toMatch(/^代码\s+指标\s+分值\s+得分\s+扣分原因$/);
    expect(lines).toContainEqual(expect.stringMatching(/^1\s+部门决策\s+20\s+16\.8\s+· 1\.1 预算编制 扣 3\.2 分$/));
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^2\.1\.1\s+政府采购执行情况\s+3\s+2\.74\s+· 第1项：政府采购执行率 = 680\.11 ÷ 913\.96 = 74\.41%/,
      ),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^3\.3\.2\s+政务服务体系管理情况\s+6\s+6$/));
    expect(r.stdout).toContain("总分：91.75 分　等级：优");
    expect(r.stdout).not.toContain("问题清单");
  });

  it("aligns the score column in display width, Chinese counting double", async () => {
    const r = await perfScore(["score", SEED_PATH]);
    const { displayWidth } = await import("../../src/cli/width");
    const rows = r.stdout.split("\n").filter((l) => /^\d(\.\d)*\s/.test(l));
    const ends = rows.map((l) => displayWidth(l.replace(/\s+·.*$/, "").trimEnd()));
    expect(new Set(ends).size).toBe(1);
  });

  it("prints the issues and exits 1 when an error stops scoring", async () => {
    const json = seedJson();
    delete json.inputs.yishang;
    json.inputs.satisfaction = 96;
    const r = await perfScore(["score", "-"], JSON.stringify(json));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("总分：未能评分（有错误，见问题清单）");
    expect(r.stdout).toContain("[错误] 缺少“一上”申报数");
    expect(r.stdout).toContain("[错误] 公众或服务对象满意度为 96，超出 0 至 100% 的范围；若指 96%，请填 0.96 或 96%");
    expect(r.stdout).toMatch(/1\.1\.1\s+预算编制合理性\s+8\s+—\s+· 无法评分：请先更正“一上”申报数/);
  });

  it("exits 0 with warnings printed when only warnings were found", async () => {
    const json = seedJson();
    json.inputs.satisfaction = "96%";
    const r = await perfScore(["score", "-"], JSON.stringify(json));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("[提示] 公众或服务对象满意度以文本形式填写（“96%”），已按 96% 读取");
  });
});

describe("perf-score score --json (spec §5)", () => {
  it("prints the exchange output for the seed", async () => {
    const r = await perfScore(["score", SEED_PATH, "--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual([
      "framework",
      "framework_hash",
      "department",
      "year",
      "total",
      "grade",
      "indicators",
      "issues",
    ]);
    expect(out).toMatchObject({
      framework: "dapeng-2024",
      department: "深圳市大鹏新区政务服务和数据管理局",
      year: 2024,
      total: 91.75,
      grade: "优",
      issues: [],
    });
    expect(out.indicators).toHaveLength(3 + 11 + 27);
    for (const i of out.indicators) {
      expect(Object.keys(i)).toEqual(["code", "name", "level", "points", "score", "lost", "reasons"]);
      expect(Number.isFinite(i.score)).toBe(true);
      expect(Math.round(i.score * 100) / 100).toBe(i.score);
      expect(i.lost).toBe(Math.round((i.points - i.score) * 100) / 100);
      expect(i.reasons.length).toBeGreaterThan(0);
    }
    expect(out.indicators.find((i: { code: string }) => i.code === "3.2.1")).toEqual({
      code: "3.2.1",
      name: "预算执行率",
      level: 3,
      points: 6,
      score: 5.48,
      lost: 0.52,
      reasons: expect.arrayContaining(["合计 5.4826 分，四舍五入保留两位小数为 5.48 分"]),
    });
    expect(
      out.indicators.filter((i: { level: number }) => i.level === 1).map((i: { score: number }) => i.score),
    ).toEqual([16.8, 18.74, 56.21]);
  });

  it("reports errors as issues with a null total, exit 1", async () => {
    const json = seedJson();
    json.inputs.secondary_projects = 2.5;
    const r = await perfScore(["score", "-", "--json"], JSON.stringify(json));
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.total).toBeNull();
    expect(out.grade).toBeNull();
    expect(out.issues).toEqual([
      {
        severity: "error",
        input: "secondary_projects",
        message: "二级项目数（不含预算准备金）应为整数：2.5",
      },
    ]);
  });

  it("reports a structurally wrong case as issues, exit 1", async () => {
    const r = await perfScore(["score", "-", "--json"], JSON.stringify({ framework: "dapeng-2025", inputs: {} }));
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).issues).toContainEqual({
      severity: "error",
      input: "framework",
      message: "未知的指标框架“dapeng-2025”，可用：dapeng-2024、example-2025",
    });
  });
});

describe("perf-score usage and failures", () => {
  it.each([
    [[], "缺少命令。"],
    [["frobnicate"], "未知的命令：frobnicate"],
    [["score"], "score 需要且只需要一个文件（或 - 表示标准输入）"],
    [["score", "a.json", "b.json"], "score 需要且只需要一个文件（或 - 表示标准输入）"],
    [["score", "a.json", "--jsn"], "未知的选项：--jsn"],
    [["score", "a.json", "-o"], "选项 -o 需要一个值"],
  ])("%p is a usage error, exit 2", async (args, message) => {
    const r = await perfScore(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`perf-score：${message}\n用法见 perf-score --help\n`);
    expect(r.stdout).toBe("");
  });

  it("explains itself with --help, exit 0; each command with its own --help", async () => {
    const r = await perfScore(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ {2}score +打分，打印评分表/m);
    expect(r.stdout).toContain("退出状态：");
    const score = await perfScore(["score", "--help"]);
    expect(score.code).toBe(0);
    expect(score.stdout).toContain("perf-score score 文件.json|工作簿.xlsx|- [--json]");
    expect(await perfScore(["help", "score"])).toEqual(score);
  });

  it("a missing file is exit 1 with a clear message", async () => {
    const r = await perfScore(["score", "nope.json"]);
    expect(r).toEqual({ code: 1, stdout: "", stderr: "perf-score：找不到文件：nope.json\n" });
  });

  it("a file that is not JSON is exit 1 with a clear message, no stack trace", async () => {
    const r = await perfScore(["score", "-"], "{ not json");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^perf-score：标准输入 不是有效的 JSON：/);
    expect(r.stderr).not.toContain("    at ");
  });

  it("reads a UTF-8 file with a byte-order mark", async () => {
    const r = await perfScore(["score", "-"], `\uFEFF${readFileSync(SEED_PATH, "utf8")}`);
    expect(r.code).toBe(0);
  });
});

describe("the installed bin", () => {
  it("runs as `perf-score` and reads standard input", () => {
    const r = perfScoreBin(["score", "-", "--json"], readFileSync(SEED_PATH, "utf8"));
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total).toBe(91.75);
  });

  it("exits 2 on bad usage", () => {
    expect(perfScoreBin(["score"]).code).toBe(2);
  });
});
