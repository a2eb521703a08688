import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { parseCase, type Case, type Issue } from "../scoring";
import { nearest } from "../scoring/suggest";
import { describeSystemError } from "../xlsx";
import { CliError, type Io } from "./io";
import { decodeJson, JSON_LIMITS, JsonError, MAX_LISTED, parseJson, sizeLimitText } from "./json";

const label = (path: string) => (path === "-" ? "标准输入" : path);

/** A file's bytes, or standard input's for "-", refusing more than `limit` bytes before reading them all. */
export async function readBytes(
  path: string,
  io: Io,
  limit: number,
  tooLarge = (name: string) =>
    `${name} 超过 ${sizeLimitText()}，不像是评分数据（一个部门的 JSON 只有几 KB），已拒绝读取`,
): Promise<Buffer> {
  let data: Buffer;
  if (path === "-") {
    const got = await io.readStdin(limit);
    data = typeof got === "string" ? Buffer.from(got, "utf8") : got;
  } else {
    let fd: number | undefined;
    try {
      fd = openSync(path, "r");
      const info = fstatSync(fd);
      if (info.isDirectory()) throw new CliError(`${path} 是文件夹，不是文件`);
      if (info.isFile() && info.size > limit) data = Buffer.alloc(limit + 1);
      else {
        const chunks: Buffer[] = [];
        let size = 0;
        for (;;) {
          const chunk = Buffer.allocUnsafe(1 << 16);
          const n = readSync(fd, chunk, 0, chunk.length, null);
          if (n === 0) break;
          chunks.push(chunk.subarray(0, n));
          size += n;
          if (size > limit) break;
        }
        data = Buffer.concat(chunks);
      }
    } catch (e) {
      if (e instanceof CliError) throw e;
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "ENOENT") throw new CliError(`找不到文件：${path}`);
      if (code === "EISDIR") throw new CliError(`${path} 是文件夹，不是文件`);
      if (code === "EACCES" || code === "EPERM") throw new CliError(`没有读取 ${path} 的权限`);
      throw new CliError(describeSystemError(e, "无法读取", path));
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
  if (data.length > limit) throw new CliError(tooLarge(label(path)));
  return data;
}

/** The text of a file or of standard input, checked for its encoding. */
export async function readText(path: string, io: Io): Promise<string> {
  try {
    return decodeJson(await readBytes(path, io, JSON_LIMITS.bytes), label(path));
  } catch (e) {
    if (e instanceof JsonError) throw new CliError(e.message);
    throw e;
  }
}

const TOP_LEVEL: Record<string, string> = {
  framework: "指标框架",
  framework_hash: "指标框架的内容校验码",
  department: "部门名称",
  year: "评价年度",
  inputs: "基础数据",
  effect: "效果性个性指标",
};

/**
 * What JSON.parse and parseCase would let pass without a word: a key given twice, a top-level key that is not one
 * of the exchange format's (a misspelt `year`), and a missing year.
 */
function shapeWarnings(json: unknown, duplicates: ReturnType<typeof parseJson>): Issue[] {
  const issues: Issue[] = [];
  const warn = (input: string, message: string) => issues.push({ severity: "warning", input, message });
  for (const d of duplicates.duplicates) {
    const where = d.path ? `${d.path} 中` : "";
    warn(
      d.path === "inputs" ? d.key : d.path ? `${d.path}.${d.key}` : d.key,
      `JSON ${where}的键“${d.key}”出现了两次（第 ${d.firstLine} 行和第 ${d.line} 行），按后一个计算，请删去多余的一个`,
    );
  }
  if (duplicates.duplicateCount > duplicates.duplicates.length) {
    warn("json", `另有 ${duplicates.duplicateCount - duplicates.duplicates.length} 处重复的键`);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) return issues;
  const unknown = Object.keys(json).filter((k) => !(k in TOP_LEVEL));
  for (const key of unknown.slice(0, MAX_LISTED)) {
    const guess = nearest(key, Object.keys(TOP_LEVEL));
    warn(key, `未知的字段“${key}”${guess ? `，是否应为 ${guess}（${TOP_LEVEL[guess]}）？` : ""}，已忽略`);
  }
  if (unknown.length > MAX_LISTED) warn("json", `另有 ${unknown.length - MAX_LISTED} 个未知的字段，已忽略`);
  const year = (json as Record<string, unknown>).year;
  if (year === undefined || year === null) warn("year", "缺少 year（评价年度），汇总时无法区分年度");
  return issues;
}

/**
 * A case in spec §5's JSON, from a file or standard input, with warnings on what it silently got wrong; `known`: the
 * framework ids it may name.
 */
export async function loadJsonCase(
  path: string,
  io: Io,
  known?: readonly string[] | null,
): Promise<{ case?: Case; issues: Issue[] }> {
  const text = await readText(path, io);
  let parsed: ReturnType<typeof parseJson>;
  try {
    parsed = parseJson(text, label(path));
  } catch (e) {
    if (e instanceof JsonError) throw new CliError(e.message);
    throw e;
  }
  const warnings = shapeWarnings(parsed.value, parsed);
  const result = parseCase(parsed.value, known);
  return { ...result, issues: [...warnings, ...result.issues] };
}
