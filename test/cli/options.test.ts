import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs, OPTIONS } from "../../src/cli/args";
import { perfScore, perfScoreBin } from "../helpers/cli";
import { SEED_PATH } from "../helpers/seed";
import { dapeng2024 } from "../helpers/frameworks";
import { SEED_XLSX } from "../helpers/xlsx";

const dir = mkdtempSync(join(tmpdir(), "perf-options-"));
const at = (name: string) => join(dir, name);

describe("options are checked against the command", () => {
  it.each([
    [["fill", SEED_XLSX, "--csv", "a.csv", "-o", "x.xlsx"], "选项 --csv 不适用于 fill 命令"],
    [["score", SEED_PATH, "-o", "x.xlsx"], "选项 -o 不适用于 score 命令"],
    [["import", SEED_PATH, "-o", "x.xlsx", "--in-place"], "选项 --in-place 不适用于 import 命令"],
    [["summary", dir, "-o", "x.xlsx", "--json"], "选项 --json 不适用于 summary 命令"],
    [["score", SEED_PATH, "--force"], "选项 --force 不适用于 score 命令"],
    [["score", SEED_PATH, "--follow-links"], "选项 --follow-links 不适用于 score 命令"],
    [["score", SEED_PATH, "--json", "--json"], "选项 --json 只能给一次"],
    [["fill", SEED_XLSX, "-o", "a.xlsx", "--output=b.xlsx"], "选项 --output 只能给一次"],
    [["score", SEED_PATH, "--jsn"], "未知的选项：--jsn"],
    [["score", SEED_PATH, "--json=yes"], "选项 --json 不带值"],
    [["fill", SEED_XLSX, "-o"], "选项 -o 需要一个值"],
  ])("%j", async (args, message) => {
    const r = await perfScore(args);
    expect(r).toEqual({ code: 2, stdout: "", stderr: `perf-score：${message}\n用法见 perf-score --help\n` });
  });

  it("every option in the table names the commands it applies to, and parsing follows the table", () => {
    for (const o of OPTIONS) expect(o.commands === "*" || o.commands.length > 0).toBe(true);
    expect(parseArgs(["summary", "a", "--csv=b.csv", "-o", "c.xlsx", "--follow-links"])).toEqual({
      command: "summary",
      positional: ["a"],
      flags: new Set(["follow-links"]),
      options: new Map([
        ["csv", "b.csv"],
        ["output", "c.xlsx"],
      ]),
    });
  });

  it("-- ends the options: a file whose name starts with - can be scored", () => {
    copyFileSync(SEED_PATH, at("-odd.json"));
    expect(parseArgs(["score", "--", "-odd.json", "--json"])).toMatchObject({
      positional: ["-odd.json", "--json"],
      flags: new Set(),
    });
    const r = perfScoreBin(["score", "--json", "--", "-odd.json"], "", dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total).toBe(91.75);
    expect(perfScoreBin(["score", "--json", "-odd.json"], "", dir).stderr).toContain("未知的选项：-odd.json");
  });

  it("fill --in-place with -o naming another file is refused", async () => {
    const r = await perfScore(["fill", SEED_XLSX, "--in-place", "-o", at("other.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--in-place 表示写回 ${SEED_XLSX}，不能再用 -o 指定另一个文件`);
  });
});

describe("export -o", () => {
  it("writes the JSON to the file, refuses to replace it without --force, replaces it with --force", async () => {
    const out = at("case.json");
    const first = await perfScore(["export", SEED_XLSX, "-o", out]);
    expect(first).toEqual({ code: 0, stdout: `已导出到 ${out}。\n`, stderr: "" });
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual({
      ...JSON.parse(readFileSync(SEED_PATH, "utf8")),
      framework_hash: dapeng2024.hash, // which version of dapeng-2024 (review of #8, item 4)
    });
    writeFileSync(out, "keep me");
    const again = await perfScore(["export", SEED_XLSX, "-o", out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(`perf-score：${out} 已存在，未写入：请换一个文件名，或加 --force 替换它\n`);
    expect(readFileSync(out, "utf8")).toBe("keep me");
    expect((await perfScore(["export", SEED_XLSX, "-o", out, "--force"])).code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).year).toBe(2024);
  });

  it("--force without -o is refused", async () => {
    expect((await perfScore(["export", SEED_XLSX, "--force"])).stderr).toContain("--force 只在用 -o 写入文件时有意义");
  });
});

describe("system errors are said in Chinese", () => {
  it("a folder given as a JSON file, a missing file, a folder given as a workbook", async () => {
    expect((await perfScore(["score", dir + "/"])).stderr).toBe(`perf-score：${dir}/ 是文件夹，不是文件\n`);
    expect((await perfScore(["score", at("none.json")])).stderr).toBe(`perf-score：找不到文件：${at("none.json")}\n`);
    const r = await perfScore(["fill", dir, "-o", at("x.xlsx")]);
    expect(r.stderr).toBe(`perf-score：无法读取 ${dir}：这是文件夹，不是文件\n`);
    expect(existsSync(at("x.xlsx"))).toBe(false);
  });
});
