import { readFile } from "node:fs/promises";
import { parseCase, type Case, type Issue } from "../scoring";
import { CliError, type Io } from "./io";

/** Reads a file's text, or standard input for "-", with a Chinese message for what usually goes wrong. */
export async function readText(path: string, io: Io): Promise<string> {
  if (path === "-") return io.readStdin();
  try {
    return await readFile(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError(`找不到文件：${path}`);
    if (code === "EISDIR") throw new CliError(`${path} 是目录，不是文件`);
    if (code === "EACCES") throw new CliError(`没有读取 ${path} 的权限`);
    throw new CliError(`无法读取 ${path}：${(e as Error).message}`);
  }
}

/** A case in spec §5's JSON, from a file or standard input; `known`: the framework ids it may name. */
export async function loadJsonCase(
  path: string,
  io: Io,
  known?: readonly string[],
): Promise<{ case?: Case; issues: Issue[] }> {
  const text = (await readText(path, io)).replace(/^\uFEFF/, "");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new CliError(`${path === "-" ? "标准输入" : path} 不是有效的 JSON：${(e as Error).message}`);
  }
  return parseCase(json, known);
}
