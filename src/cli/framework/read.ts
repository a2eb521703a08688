import { CliError, type Io } from "../io";
import { readBytes } from "../load";

/** A framework file is tens of KB (dapeng-2024.yaml: 57 KB); anything past this is no framework anyone wrote. */
export const FRAMEWORK_FILE_LIMIT = 2 * 1024 * 1024;

/**
 * A framework file's text, read in bounded memory: refused past 2 MB or when it is not UTF-8 text, with a message
 * that speaks of a framework file (not of a department's JSON).
 */
export async function readFrameworkText(path: string, io: Io): Promise<string> {
  const name = path === "-" ? "标准输入" : path;
  const data = await readBytes(
    path,
    io,
    FRAMEWORK_FILE_LIMIT,
    () =>
      `${name} 超过 2 MB，不像是指标框架文件（PERF 自带的 dapeng-2024.yaml 约 57 KB），已拒绝读取：请检查是否选错了文件`,
  );
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    throw new CliError(`${name} 不是 UTF-8 编码的文本：指标框架文件应以 UTF-8 保存（在编辑器中“另存为”时选择 UTF-8）`);
  }
}
