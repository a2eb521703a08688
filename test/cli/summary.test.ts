import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { walk, type WalkFs } from "../../src/cli/batch/walk";
import { perfScore, tally } from "../helpers/cli";
import { ROOT } from "../helpers/seed";
import { SEED_XLSX } from "../helpers/xlsx";

const dir = mkdtempSync(join(tmpdir(), "perf-summary-"));
chmodSync(dir, 0o777); // an unprivileged child process writes here too
const at = (name: string) => join(dir, name);

/** The 未能评分 sheet's rows: 文件, 部门 (blank, null, when the file could not be read), 原因. */
async function failedSheet(path: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return (wb.getWorksheet("未能评分")!.getSheetValues().filter(Boolean) as unknown[][]).map((r) =>
    Array.from({ length: 3 }, (_, c) => r[c + 1] ?? null),
  );
}

function folder(name: string, files: string[]): string {
  mkdirSync(at(name), { recursive: true });
  for (const f of files) copyFileSync(SEED_XLSX, at(`${name}/${f}`));
  return at(name);
}

describe("summary and links", () => {
  beforeAll(() => {
    folder("other", ["b.xlsx"]);
    folder("links", ["a.xlsx"]);
    symlinkSync("a.xlsx", at("links/same.xlsx"));
    symlinkSync(".", at("links/self"));
    symlinkSync("../other", at("links/other"));
    symlinkSync("nowhere.xlsx", at("links/gone.xlsx"));
    symlinkSync("nowhere.txt", at("links/notes.txt"));
  });

  it("does not follow links unless asked, and lists each link it did not follow, and each broken one", async () => {
    const r = await perfScore(["summary", at("links"), "-o", at("links-1.xlsx")]);
    expect(r.stdout).toMatch(tally(6, 1, 5, at("links-1.xlsx")));
    expect(await failedSheet(at("links-1.xlsx"))).toEqual([
      ["文件", "部门", "原因"],
      [at("links/gone.xlsx"), null, "符号链接指向的文件不存在（断开的链接）"],
      [at("links/notes.txt"), null, "符号链接指向的文件不存在（断开的链接）"],
      [at("links/other"), null, "是符号链接，未跟随（如需评分，请加 --follow-links）"],
      [at("links/same.xlsx"), null, "是符号链接，未跟随（如需评分，请加 --follow-links）"],
      [at("links/self"), null, "是符号链接，未跟随（如需评分，请加 --follow-links）"],
    ]);
  });

  it("with --follow-links: each real file once, a loop named, never counted again and again", async () => {
    const r = await perfScore(["summary", at("links"), "-o", at("links-2.xlsx"), "--follow-links"]);
    expect(r.stdout).toMatch(tally(5, 2, 3, at("links-2.xlsx")));
    expect(await failedSheet(at("links-2.xlsx"))).toEqual([
      ["文件", "部门", "原因"],
      [at("links/gone.xlsx"), null, "符号链接指向的文件不存在（断开的链接）"],
      [at("links/notes.txt"), null, "符号链接指向的文件不存在（断开的链接）"],
      [at("links/self"), null, "符号链接指向它所在的上层文件夹，形成循环，已跳过"],
    ]);
    expect(r.stderr).toContain(`注意：${at("links/same.xlsx")} 与 ${at("links/a.xlsx")} 是同一个文件，只评一次`);
  });
});

describe("summary never stops", () => {
  it("an unreadable folder and an unreadable file are listed with their reason; the rest is ranked", () => {
    folder("locked-batch/ok", ["a.xlsx"]);
    folder("locked-batch/locked", ["b.xlsx"]);
    copyFileSync(SEED_XLSX, at("locked-batch/secret.xlsx"));
    chmodSync(at("locked-batch/locked"), 0o000);
    chmodSync(at("locked-batch/secret.xlsx"), 0o000);
    // Permissions do not bind root, so as root the command runs as "nobody".
    const asUser = process.getuid?.() === 0 ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : [];
    const [bin, ...args] = [...asUser, process.execPath, join(ROOT, "bin", "perf-score.js")];
    const r = spawnSync(bin, [...args, "summary", at("locked-batch"), "-o", at("locked.xlsx")], {
      encoding: "utf8",
      cwd: dir,
    });
    chmodSync(at("locked-batch/locked"), 0o755);
    expect(r.stdout).toMatch(tally(3, 1, 2, at("locked.xlsx")));
    expect(r.stderr).toContain(`未能评分：${at("locked-batch/locked")}：无法读取文件夹：没有读取该文件夹的权限\n`);
    expect(r.stderr).toContain(`未能评分：${at("locked-batch/secret.xlsx")}：无法读取 secret.xlsx：没有权限\n`);
    expect(r.status).toBe(0);
  });

  it("the walk lists every failure the file system gives, whatever it is (injected: EACCES, EIO, ELOOP)", async () => {
    const fail = (code: string) => Object.assign(new Error(code), { code });
    const stats = (kind: "dir" | "file" | "link") => ({
      isDirectory: () => kind === "dir",
      isFile: () => kind === "file",
      isSymbolicLink: () => kind === "link",
      dev: 1,
      ino: Math.random(),
    });
    const fs: WalkFs = {
      stat: async (p) => (p === "root" ? stats("dir") : Promise.reject(fail("ELOOP"))) as never,
      lstat: async (p) =>
        (p.endsWith("bad.xlsx")
          ? Promise.reject(fail("EIO"))
          : stats(p.endsWith("link.xlsx") ? "link" : p.endsWith(".xlsx") ? "file" : "dir")) as never,
      readdir: async (p) =>
        p === "root" ? ["a.xlsx", "bad.xlsx", "denied", "link.xlsx"] : Promise.reject(fail("EACCES")),
      realpath: async (p) => p,
    };
    const result = await walk(["root"], { followLinks: true, fs });
    expect(result.files).toEqual([join("root", "a.xlsx")]);
    expect(result.problems).toEqual([
      { path: join("root", "bad.xlsx"), reason: "读写磁盘时出错（磁盘或网络故障）" },
      { path: join("root", "link.xlsx"), reason: "符号链接形成循环" },
      { path: join("root", "denied"), reason: "无法读取文件夹：没有读取该文件夹的权限" },
    ]);
  });

  it("a pipe named like a workbook is listed, not read (reading it would wait forever)", async () => {
    folder("fifo", ["a.xlsx"]);
    expect(spawnSync("mkfifo", [at("fifo/pipe.xlsx")]).status).toBe(0);
    const r = await perfScore(["summary", at("fifo"), "-o", at("fifo.xlsx")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`未能评分：${at("fifo/pipe.xlsx")}：不是普通文件（如管道或设备），未读取\n`);
  });

  it("an old .xls in the folder is listed with what to do, not skipped", async () => {
    folder("old", ["a.xlsx"]);
    writeFileSync(at("old/旧表.xls"), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), Buffer.alloc(60)]));
    const r = await perfScore(["summary", at("old"), "-o", at("old.xlsx")]);
    expect(r.stderr).toContain(`未能评分：${at("old/旧表.xls")}：旧表.xls 是旧版 Excel 97-2003（.xls）或 WPS 格式`);
  });
});

describe("summary checks its outputs before scoring anything", () => {
  beforeAll(() => folder("dept", ["A.xlsx", "B.xlsx"]));

  it("an output inside the folder being summarised is refused, even through a link to the folder", async () => {
    const before = readFileSync(at("dept/B.xlsx"));
    const r = await perfScore(["summary", at("dept"), "-o", at("dept/B.xlsx")]);
    expect(r).toEqual({
      code: 2,
      stdout: "",
      stderr: `perf-score：${at("dept/B.xlsx")} 在要汇总的文件夹 ${at("dept")} 之中，会被当作部门的工作簿或覆盖其中的文件：请写到该文件夹之外\n用法见 perf-score --help\n`,
    });
    expect(readFileSync(at("dept/B.xlsx")).equals(before)).toBe(true);
    symlinkSync(at("dept"), at("dept-link"));
    expect((await perfScore(["summary", at("dept-link"), "-o", at("dept/new.xlsx")])).code).toBe(2);
    expect((await perfScore(["summary", at("dept"), "-o", at("out.xlsx"), "--csv", at("dept/out.csv")])).code).toBe(2);
    expect(existsSync(at("dept/new.xlsx")) || existsSync(at("dept/out.csv")) || existsSync(at("out.xlsx"))).toBe(false);
  });

  it("an existing output is kept unless --force; the workbook and the CSV cannot be one file", async () => {
    writeFileSync(at("exists.xlsx"), "mine");
    const r = await perfScore(["summary", at("dept"), "-o", at("exists.xlsx")]);
    expect(r).toEqual({
      code: 1,
      stdout: "",
      stderr: `perf-score：${at("exists.xlsx")} 已存在，未写入：请换一个文件名，或加 --force 替换它\n`,
    });
    expect(readFileSync(at("exists.xlsx"), "utf8")).toBe("mine");
    expect((await perfScore(["summary", at("dept"), "-o", at("exists.xlsx"), "--force"])).code).toBe(0);
    expect(
      (await perfScore(["summary", at("dept"), "-o", at("same.xlsx"), "--csv", at("same.xlsx")])).stderr,
    ).toContain("汇总工作簿和 CSV 不能是同一个文件");
  });

  it("an input workbook named as the output is refused", async () => {
    const r = await perfScore(["summary", at("dept/A.xlsx"), "-o", at("dept/A.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${at("dept/A.xlsx")} 是要汇总的工作簿之一，不能写入`);
  });
});
