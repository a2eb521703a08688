/** Why a file could not be opened as a workbook (or written), in Chinese words the user can act on. */
export class WorkbookLoadError extends Error {}

/**
 * The limits a file must keep to be read: a workbook for this work is a few megabytes; these leave room for large
 * departments and images while keeping memory bounded for a hostile file (a "zip bomb").
 */
export const LIMITS = {
  /** Uncompressed size of any one part, declared and actual. */
  partBytes: 200 * 1024 * 1024,
  /** Uncompressed size of a part read whole (not streamed): shared strings, styles, the workbook, a sheet written. */
  wholePartBytes: 64 * 1024 * 1024,
  /** Uncompressed size of all parts together, as declared. */
  packageBytes: 1024 * 1024 * 1024,
  /** Uncompressed ÷ compressed size of a part, checked for parts above `ratioFloor`. */
  ratio: 100,
  ratioFloor: 1024 * 1024,
  /** Entries in the zip. */
  entries: 20_000,
} as const;

/** "5.0 GB", "200 MB", "4 KB": sizes as a person reads them. */
export function sizeText(bytes: number): string {
  const units: [number, string][] = [
    [1024 ** 3, "GB"],
    [1024 ** 2, "MB"],
    [1024, "KB"],
  ];
  for (const [unit, word] of units) {
    if (bytes >= unit) {
      const n = bytes / unit;
      return `${n >= 100 || Number.isInteger(n) ? Math.round(n) : n.toFixed(1)} ${word}`;
    }
  }
  return `${bytes} 字节`;
}

const CODES: Record<string, string> = {
  ENOENT: "找不到该文件或文件夹",
  ENOTDIR: "路径中有一段不是文件夹",
  EISDIR: "这是文件夹，不是文件",
  EACCES: "没有权限",
  EPERM: "操作不被允许（没有权限或文件被锁定）",
  EBUSY: "文件正被其他程序（如 Excel）占用",
  ENOSPC: "磁盘空间不足",
  EDQUOT: "超出磁盘配额",
  EROFS: "所在磁盘是只读的",
  EMFILE: "打开的文件过多",
  ENFILE: "系统打开的文件过多",
  ELOOP: "符号链接形成循环",
  ENAMETOOLONG: "文件名或路径过长",
  EEXIST: "文件已存在",
  EIO: "读写磁盘时出错（磁盘或网络故障）",
  EXDEV: "不能跨磁盘移动文件",
  ETXTBSY: "文件正被使用",
  EINVAL: "无效的文件或路径",
  ENXIO: "设备不存在",
  ENODEV: "设备不存在",
  ETIMEDOUT: "访问超时（网络盘无响应）",
  ECONNRESET: "网络连接中断",
  EAGAIN: "资源暂时不可用，请稍后再试",
  EFBIG: "文件过大",
};

/** The Chinese reason for a system error (EACCES, ENOSPC …), or undefined when it is not one. */
export function systemReason(e: unknown): string | undefined {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== "string") return undefined;
  return CODES[code] ?? (code.startsWith("E") ? `系统错误 ${code}` : undefined);
}

/** "无法读取 a.xlsx：没有权限": a system error as a sentence; other errors keep their (Chinese) message. */
export function describeSystemError(e: unknown, action: string, path: string): string {
  const reason = systemReason(e);
  return `${action} ${path}：${reason ?? (e as Error).message}`;
}
