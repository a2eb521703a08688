import ExcelJS from "exceljs";
import { readFile as readFileCallback } from "node:fs";
import { promisify } from "node:util";

// fs/promises reads a file in small chunks and is several times slower for whole small files; the callback API is not.
const readFile = promisify(readFileCallback);

/** Why a file could not be opened as a workbook, in words the user can act on. */
export class WorkbookLoadError extends Error {}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** A workbook file's bytes; a missing file or a folder becomes a WorkbookLoadError with a Chinese message. */
export async function readWorkbookFile(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new WorkbookLoadError(`找不到文件：${path}`);
    if (code === "EISDIR") throw new WorkbookLoadError(`${path} 是目录，不是文件`);
    throw new WorkbookLoadError(`无法读取 ${path}：${(e as Error).message}`);
  }
}

/** Opens an .xlsx file; a missing, foreign or damaged file becomes a WorkbookLoadError with a Chinese message. */
export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  return loadWorkbookBuffer(await readWorkbookFile(path), path);
}

export async function loadWorkbookBuffer(data: Buffer, path: string): Promise<ExcelJS.Workbook> {
  if (data.subarray(0, 4).equals(OLE_MAGIC)) {
    throw new WorkbookLoadError(`${path} 是旧版 Excel 97-2003（.xls）或 WPS 格式，请在 Excel 中另存为 .xlsx 后再试`);
  }
  if (!data.subarray(0, 4).equals(ZIP_MAGIC)) throw new WorkbookLoadError(`${path} 不是 xlsx 工作簿`);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new WorkbookLoadError(`${path} 已损坏或不是有效的 xlsx 工作簿（${(e as Error).message}）`);
  }
  if (workbook.worksheets.length === 0) throw new WorkbookLoadError(`${path} 中没有工作表`);
  return workbook;
}
