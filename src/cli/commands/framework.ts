import { relative } from "node:path";
import type { Framework } from "../../scoring";
import { fullDoc } from "../../scoring/frameworks/texts";
import type { Parsed } from "../args";
import { ROOT } from "../framework/files";
import { bundledFile, bundledFrameworks } from "../framework/bundled";
import { counts, treeLines } from "../framework/describe";
import { docsSample, frameworkDocs } from "../framework/docs";
import { problemLine, loadFrameworkText } from "../framework/file";
import { resolveFramework, shippedIdTaken } from "../framework/resolve";
import { readFrameworkText } from "../framework/read";
import { CliError, type Io } from "../io";
import { displayWidth, padEnd } from "../width";

/** perf-score framework list: the frameworks PERF ships. */
async function list(io: Io): Promise<number> {
  const rows = [...(await bundledFrameworks()).values()].map(({ path, framework: f }) => [
    f.id,
    f.name,
    f.example ? "示例" : "正式",
    f.hash.slice(0, 12),
    relative(ROOT, path),
  ]);
  const head = ["框架代码", "名称", "类别", "校验码", "文件"];
  const widths = head.map((h, k) => Math.max(...[h, ...rows.map((r) => r[k])].map(displayWidth)));
  const line = (r: string[]) =>
    r
      .map((c, k) => padEnd(c, widths[k] + 2))
      .join("")
      .trimEnd();
  for (const r of [head, ...rows]) io.stdout(`${line(r)}\n`);
  return 0;
}

/**
 * perf-score framework check FILE: the file's problems, each with its line and path, then (when it has no error) the
 * tree with points. Exit 1 on an error.
 */
async function check(path: string, io: Io): Promise<number> {
  const text = await readFrameworkText(path, io);
  const loaded = loadFrameworkText(text);
  for (const p of loaded.problems) io.stdout(`${problemLine(path, p)}\n`);
  const errors = loaded.problems.filter((p) => p.severity === "error").length;
  if (!loaded.framework || errors > 0) {
    io.stdout(`\n${path} 未通过检查：${errors} 处错误。\n`);
    return 1;
  }
  const f = loaded.framework;
  const taken = await shippedIdTaken(f);
  if (taken) {
    const line = text.split("\n").findIndex((l) => /^\s*"?id"?\s*:/.test(l)) + 1;
    io.stdout(`${problemLine(path, { severity: "error", path: ["id"], message: taken, line })}\n`);
    io.stdout(`\n${path} 未通过检查：1 处错误。\n`);
    return 1;
  }
  io.stdout(`检查通过：${path}（${f.id}，${f.name}${f.example ? "，示例框架" : ""}），${counts(f)}。\n\n`);
  io.stdout(`${treeLines(f).join("\n")}\n`);
  return 0;
}

/** perf-score framework show ID|FILE [--json]: what the framework is, or its whole file as JSON. */
function show(f: Framework, args: Parsed, io: Io): number {
  if (args.flags.has("json")) {
    io.stdout(`${JSON.stringify(fullDoc(f), null, 2)}\n`);
    return 0;
  }
  const doc = fullDoc(f);
  io.stdout(`${f.id}：${f.name}${f.example ? "（示例框架，非正式发布）" : ""}\n`);
  io.stdout(
    `发布单位：${doc.issuer}；出处：${doc.source.title}；适用期间：${doc.effective.from} 至 ${doc.effective.to}\n`,
  );
  io.stdout(`${counts(f)}；内容校验码 ${f.hash}\n\n`);
  io.stdout(`${treeLines(f).join("\n")}\n`);
  if (f.schedule.length > 0)
    io.stdout(`\n检查点：${f.schedule.map((c) => `${c.name}（序时进度 ${Number(c.target) * 100}%）`).join("、")}\n`);
  io.stdout(
    `等级：${f.grades.map((g) => g.level).join("、")}；基础数据的代码和评分规则见 perf-score framework docs ${f.id}\n`,
  );
  return 0;
}

/** perf-score framework list | check FILE | show ID|FILE [--json] | docs ID|FILE */
export async function frameworkCommand(args: Parsed, io: Io): Promise<number> {
  const [sub, target, ...rest] = args.positional;
  if (rest.length > 0) throw new CliError(`framework ${sub} 只需要一个框架`, 2);
  if (sub === "list" && target === undefined) return list(io);
  if (target === undefined || !["check", "show", "docs"].includes(sub ?? ""))
    throw new CliError("用法：framework list | check 文件 | show 框架 | docs 框架", 2);
  if (sub === "check") return check(target, io);
  const f = await resolveFramework(target);
  if (sub === "show") return show(f, args, io);
  const bundled = await bundledFile(f.id);
  const file = bundled?.framework === f ? bundled.path : target;
  // PERF's own framework ends with its sample case, scored (a bureau's file has none).
  io.stdout(frameworkDocs(f, relative(ROOT, file) || target, bundled?.framework === f ? docsSample(f) : undefined));
  return 0;
}
