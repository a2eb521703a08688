import { closeSync, fstatSync, openSync, readSync, writeSync } from "node:fs";
import { Readable } from "node:stream";
import { constants, crc32, createInflateRaw, deflateRawSync, inflateRawSync } from "node:zlib";
import { LIMITS, sizeText, WorkbookLoadError } from "./errors";

/**
 * The zip container of a workbook, read from its central directory: every limit is checked on the declared sizes
 * before anything is inflated, and enforced again while inflating, so a header that lies cannot make memory grow.
 * The writer copies an entry's bytes as they are (compressed data, headers, data descriptor), so what PERF does not
 * change is not even re-deflated.
 */

/** Random access to the bytes of a file or a buffer. */
export interface ByteSource {
  readonly size: number;
  read(position: number, length: number): Buffer;
  close(): void;
}

export function bufferSource(data: Buffer): ByteSource {
  return {
    size: data.length,
    read: (position, length) => data.subarray(position, Math.min(data.length, position + length)),
    close: () => undefined,
  };
}

/** Reads the file by ranges: only the central directory and the parts asked for are ever in memory. */
export function fileSource(path: string): ByteSource {
  const fd = openSync(path, "r");
  let closed = false;
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) {
      const e = new Error(info.isDirectory() ? "is a directory" : "not a file") as NodeJS.ErrnoException;
      e.code = info.isDirectory() ? "EISDIR" : "EINVAL";
      throw e;
    }
    const size = info.size;
    return {
      size,
      read(position, length) {
        const n = Math.max(0, Math.min(length, size - position));
        const buffer = Buffer.allocUnsafe(n);
        let done = 0;
        while (done < n) {
          const got = readSync(fd, buffer, done, n - done, position + done);
          if (got === 0) break;
          done += got;
        }
        return done === n ? buffer : buffer.subarray(0, done);
      },
      close: () => {
        if (!closed) closeSync(fd);
        closed = true;
      },
    };
  } catch (e) {
    closeSync(fd);
    throw e;
  }
}

export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  /** DOS time and date, kept for the entry PERF rewrites. */
  time: number;
  date: number;
  /** The central directory record as it is, copied for an unchanged entry with only its offset updated. */
  record: Buffer;
  /** Where in `record` the local header offset is (4 bytes, or 8 in the zip64 extra field). */
  offsetField: { at: number; bytes: 4 | 8 };
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_LOCATOR64 = 0x07064b50;
const SIG_DESCRIPTOR = 0x08074b50;
const MAX32 = 0xffffffff;

function u64(b: Buffer, at: number): number {
  const n = b.readBigUInt64LE(at);
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) return Number.MAX_SAFE_INTEGER;
  return Number(n);
}

export class ZipArchive {
  readonly entries: ZipEntry[] = [];
  private readonly byName = new Map<string, ZipEntry>();
  readonly comment: Buffer;

  /**
   * Reads the central directory of `source`; `label` names the file in messages. Every structural problem and every
   * limit is a WorkbookLoadError with a Chinese message.
   */
  constructor(
    readonly source: ByteSource,
    private readonly label: string,
  ) {
    const damaged = (why: string) => new WorkbookLoadError(`${label} 已损坏或不是有效的 xlsx 工作簿（${why}）`);
    const tailLength = Math.min(source.size, 22 + 0xffff);
    const tail = source.read(source.size - tailLength, tailLength);
    let end = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === SIG_END) {
        end = i;
        break;
      }
    }
    if (end < 0) throw damaged("找不到 zip 目录，文件可能不完整");
    let count = tail.readUInt16LE(end + 10);
    let cdSize = tail.readUInt32LE(end + 12);
    let cdOffset = tail.readUInt32LE(end + 16);
    this.comment = Buffer.from(tail.subarray(end + 22, end + 22 + tail.readUInt16LE(end + 20)));
    if (tail.readUInt16LE(end + 4) !== 0 || tail.readUInt16LE(end + 6) !== 0) throw damaged("分卷压缩文件");
    if (count === 0xffff || cdSize === MAX32 || cdOffset === MAX32) {
      const locatorAt = source.size - tailLength + end - 20;
      const locator = locatorAt >= 0 ? source.read(locatorAt, 20) : Buffer.alloc(0);
      if (locator.length < 20 || locator.readUInt32LE(0) !== SIG_LOCATOR64) throw damaged("zip64 目录定位信息缺失");
      const end64 = source.read(u64(locator, 8), 56);
      if (end64.length < 56 || end64.readUInt32LE(0) !== SIG_END64) throw damaged("zip64 目录缺失");
      count = u64(end64, 32);
      cdSize = u64(end64, 40);
      cdOffset = u64(end64, 48);
    }
    if (count > LIMITS.entries) {
      throw new WorkbookLoadError(`${label} 含有 ${count} 个压缩项，超过 ${LIMITS.entries} 个的上限，已拒绝读取`);
    }
    if (cdOffset + cdSize > source.size || cdSize > count * (46 + 3 * 0xffff)) throw damaged("zip 目录超出文件范围");
    const cd = source.read(cdOffset, cdSize);
    let at = 0;
    let declared = 0;
    for (let k = 0; k < count; k++) {
      if (at + 46 > cd.length || cd.readUInt32LE(at) !== SIG_CENTRAL) throw damaged("zip 目录残缺");
      const nameLength = cd.readUInt16LE(at + 28);
      const extraLength = cd.readUInt16LE(at + 30);
      const commentLength = cd.readUInt16LE(at + 32);
      const length = 46 + nameLength + extraLength + commentLength;
      if (at + length > cd.length) throw damaged("zip 目录残缺");
      const record = Buffer.from(cd.subarray(at, at + length));
      const flags = record.readUInt16LE(8);
      const nameBytes = record.subarray(46, 46 + nameLength);
      const name = decodeName(nameBytes, flags);
      let size = record.readUInt32LE(24);
      let compressedSize = record.readUInt32LE(20);
      let localOffset = record.readUInt32LE(42);
      let offsetField: ZipEntry["offsetField"] = { at: 42, bytes: 4 };
      // zip64: the sizes and offset that do not fit in 32 bits are in extra field 0x0001, in this order.
      if (size === MAX32 || compressedSize === MAX32 || localOffset === MAX32) {
        let x = 46 + nameLength;
        const xEnd = x + extraLength;
        let found = false;
        while (x + 4 <= xEnd) {
          const id = record.readUInt16LE(x);
          const len = record.readUInt16LE(x + 2);
          if (id === 0x0001) {
            let p = x + 4;
            if (size === MAX32 && p + 8 <= x + 4 + len) ((size = u64(record, p)), (p += 8));
            if (compressedSize === MAX32 && p + 8 <= x + 4 + len) ((compressedSize = u64(record, p)), (p += 8));
            if (localOffset === MAX32 && p + 8 <= x + 4 + len) {
              localOffset = u64(record, p);
              offsetField = { at: p, bytes: 8 };
            }
            found = true;
            break;
          }
          x += 4 + len;
        }
        if (!found) throw damaged(`${name} 的 zip64 信息缺失`);
      }
      const entry: ZipEntry = {
        name,
        flags,
        method: record.readUInt16LE(10),
        crc: record.readUInt32LE(16),
        compressedSize,
        size,
        localOffset,
        time: record.readUInt16LE(12),
        date: record.readUInt16LE(14),
        record,
        offsetField,
      };
      at += length;
      if (name.endsWith("/")) {
        this.entries.push(entry); // a folder entry: kept as it is, never read
        continue;
      }
      const key = name.toLowerCase();
      if (this.byName.has(key)) throw damaged(`压缩项 ${name} 出现了两次`);
      this.byName.set(key, entry);
      this.entries.push(entry);
      if (localOffset + compressedSize > source.size) throw damaged(`${name} 超出文件范围`);
      declared += size;
      this.checkDeclared(entry, declared);
    }
  }

  private checkDeclared(entry: ZipEntry, total: number): void {
    const { label } = this;
    if (entry.size > LIMITS.partBytes) {
      throw new WorkbookLoadError(
        `${label} 中的 ${entry.name} 解压后有 ${sizeText(entry.size)}，超过每部分 ${sizeText(LIMITS.partBytes)} 的上限（可能是恶意构造的“压缩炸弹”），已拒绝读取`,
      );
    }
    if (total > LIMITS.packageBytes) {
      throw new WorkbookLoadError(
        `${label} 解压后超过 ${sizeText(LIMITS.packageBytes)} 的上限（可能是恶意构造的“压缩炸弹”），已拒绝读取`,
      );
    }
    if (entry.size > LIMITS.ratioFloor && entry.size > entry.compressedSize * LIMITS.ratio) {
      throw new WorkbookLoadError(
        `${label} 中的 ${entry.name} 压缩比超过 ${LIMITS.ratio}:1（${sizeText(entry.compressedSize)} 解压为 ${sizeText(entry.size)}，可能是恶意构造的“压缩炸弹”），已拒绝读取`,
      );
    }
    if (entry.flags & 1) {
      throw new WorkbookLoadError(`${label} 中的 ${entry.name} 已加密，无法读取`);
    }
    if (entry.method !== 0 && entry.method !== 8) {
      throw new WorkbookLoadError(
        `${label} 中的 ${entry.name} 使用了不支持的压缩方式（${entry.method}），请在 Excel 中另存后再试`,
      );
    }
    if (entry.method === 0 && entry.size !== entry.compressedSize) {
      throw new WorkbookLoadError(`${label} 已损坏或不是有效的 xlsx 工作簿（${entry.name} 的大小不一致）`);
    }
  }

  /** The entry of a part, by its name (part names are case-insensitive, ECMA-376 Part 2, 9.1.1.1). */
  get(name: string): ZipEntry | undefined {
    return this.byName.get(name.toLowerCase());
  }

  private damaged(entry: ZipEntry, why: string): WorkbookLoadError {
    return new WorkbookLoadError(`${this.label} 已损坏或不是有效的 xlsx 工作簿（${entry.name}：${why}）`);
  }

  private dataStart(entry: ZipEntry): number {
    const head = this.source.read(entry.localOffset, 30);
    if (head.length < 30 || head.readUInt32LE(0) !== SIG_LOCAL) throw this.damaged(entry, "找不到压缩项");
    return entry.localOffset + 30 + head.readUInt16LE(26) + head.readUInt16LE(28);
  }

  /** The entry's bytes as stored (compressed). */
  compressed(entry: ZipEntry): Buffer {
    const start = this.dataStart(entry);
    const data = this.source.read(start, entry.compressedSize);
    if (data.length !== entry.compressedSize) throw this.damaged(entry, "文件不完整");
    return data;
  }

  /** Where the entry's whole local record (header, data, data descriptor) lies, to copy it as it is. */
  localRecord(entry: ZipEntry): { start: number; end: number } {
    const start = entry.localOffset;
    let end = this.dataStart(entry) + entry.compressedSize;
    if (entry.flags & 8) {
      const zip64 = entry.size >= MAX32 || entry.compressedSize >= MAX32;
      const sig = this.source.read(end, 4);
      end += (sig.length === 4 && sig.readUInt32LE(0) === SIG_DESCRIPTOR ? 4 : 0) + 4 + (zip64 ? 16 : 8);
    }
    return { start, end: Math.min(end, this.source.size) };
  }

  private tooLarge(entry: ZipEntry): WorkbookLoadError {
    return entry.size >= LIMITS.partBytes
      ? new WorkbookLoadError(
          `${this.label} 中的 ${entry.name} 解压后超过每部分 ${sizeText(LIMITS.partBytes)} 的上限（可能是恶意构造的“压缩炸弹”），已拒绝读取`,
        )
      : new WorkbookLoadError(
          `${this.label} 中的 ${entry.name} 解压后比文件头声明的 ${sizeText(entry.size)} 更大：文件已损坏或是恶意构造的（“压缩炸弹”），已拒绝读取`,
        );
  }

  private finished(entry: ZipEntry, length: number, crc: number): void {
    if (length !== entry.size) throw this.damaged(entry, "解压后的大小与声明的不一致");
    if (crc !== entry.crc) throw this.damaged(entry, "校验码不符");
  }

  /** The part's bytes, inflated, never more than its declared size (and the part limit). */
  inflate(entry: ZipEntry): Buffer {
    const data = this.compressed(entry);
    let out: Buffer;
    if (entry.method === 0) {
      out = data;
    } else {
      try {
        out = inflateRawSync(data, { maxOutputLength: Math.max(1, Math.min(entry.size, LIMITS.partBytes)) });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw this.tooLarge(entry);
        throw this.damaged(entry, "无法解压");
      }
    }
    this.finished(entry, out.length, crc32(out));
    return out;
  }

  /**
   * The part inflated piece by piece, for reading a large sheet in bounded memory; the reader may stop early. Input
   * is fed in small slices, so even a part that lies about its size yields at most a few megabytes before it is
   * stopped.
   */
  async *stream(entry: ZipEntry): AsyncGenerator<Buffer> {
    const data = this.compressed(entry);
    const cap = Math.min(entry.size, LIMITS.partBytes);
    if (entry.method === 0) {
      for (let at = 0; at < data.length; at += 1 << 16) yield data.subarray(at, at + (1 << 16));
      this.finished(entry, data.length, crc32(data));
      return;
    }
    function* slices(): Generator<Buffer> {
      for (let at = 0; at < data.length; at += 1 << 14) yield data.subarray(at, at + (1 << 14));
    }
    const input = Readable.from(slices(), { objectMode: false });
    const inflater = createInflateRaw({ chunkSize: 1 << 16, finishFlush: constants.Z_FINISH });
    input.on("error", (e) => inflater.destroy(e));
    input.pipe(inflater);
    let total = 0;
    let crc = 0;
    try {
      for await (const chunk of inflater as AsyncIterable<Buffer>) {
        total += chunk.length;
        if (total > cap) throw this.tooLarge(entry);
        crc = crc32(chunk, crc);
        yield chunk;
      }
    } catch (e) {
      if (e instanceof WorkbookLoadError) throw e;
      throw this.damaged(entry, "无法解压");
    } finally {
      input.destroy();
      inflater.destroy();
    }
    this.finished(entry, total, crc);
  }
}

function decodeName(bytes: Buffer, flags: number): string {
  if (flags & 0x800) return bytes.toString("utf8");
  const text = bytes.toString("utf8");
  return text.includes("\ufffd") ? bytes.toString("latin1") : text;
}

/** Where bytes go, in order: a file descriptor, or a list of buffers. */
export type Sink = (data: Buffer) => void;

export function fdSink(fd: number): Sink {
  return (data) => {
    let done = 0;
    while (done < data.length) done += writeSync(fd, data, done, data.length - done);
  };
}

/** Writes a zip in one pass: local records in order, then the central directory. */
export class ZipWriter {
  private position = 0;
  private readonly central: Buffer[] = [];

  constructor(private readonly sink: Sink) {}

  private write(data: Buffer): void {
    this.sink(data);
    this.position += data.length;
  }

  /** Copies an entry of `from` byte for byte: its local header, compressed data and data descriptor. */
  copy(from: ZipArchive, entry: ZipEntry): void {
    const { start, end } = from.localRecord(entry);
    const offset = this.position;
    for (let at = start; at < end; at += 1 << 20) this.write(from.source.read(at, Math.min(1 << 20, end - at)));
    const record = Buffer.from(entry.record);
    if (entry.offsetField.bytes === 8) record.writeBigUInt64LE(BigInt(offset), entry.offsetField.at);
    else if (offset >= MAX32) throw new WorkbookLoadError("internal: a workbook over 4 GB cannot be written");
    else record.writeUInt32LE(offset, entry.offsetField.at);
    this.central.push(record);
  }

  /** Adds a part, deflated; `like` is the entry it replaces (its time and attributes are kept). */
  add(name: string, data: Buffer, like?: ZipEntry, time?: { time: number; date: number }): void {
    const nameBytes = Buffer.from(name, "utf8");
    const compressed = deflateRawSync(data, { level: 6 });
    const crc = crc32(data);
    const flags = /^[\x20-\x7e]*$/.test(name) ? 0 : 0x800;
    const stamp = like ?? time ?? { time: 0, date: 0x21 };
    const head = Buffer.alloc(26);
    head.writeUInt16LE(20, 0);
    head.writeUInt16LE(flags, 2);
    head.writeUInt16LE(8, 4);
    head.writeUInt16LE(stamp.time, 6);
    head.writeUInt16LE(stamp.date, 8);
    head.writeUInt32LE(crc, 10);
    head.writeUInt32LE(compressed.length, 14);
    head.writeUInt32LE(data.length, 18);
    head.writeUInt16LE(nameBytes.length, 22);
    head.writeUInt16LE(0, 24);
    const offset = this.position;
    if (offset >= MAX32) throw new WorkbookLoadError("internal: a workbook over 4 GB cannot be written");
    const local = Buffer.alloc(4);
    local.writeUInt32LE(SIG_LOCAL, 0);
    this.write(Buffer.concat([local, head, nameBytes]));
    this.write(compressed);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(SIG_CENTRAL, 0);
    record.writeUInt16LE(like ? like.record.readUInt16LE(4) : 20, 4);
    head.copy(record, 6);
    record.writeUInt16LE(0, 32);
    record.writeUInt16LE(0, 34);
    record.writeUInt16LE(like ? like.record.readUInt16LE(36) : 0, 36);
    record.writeUInt32LE(like ? like.record.readUInt32LE(38) : 0, 38);
    record.writeUInt32LE(offset, 42);
    this.central.push(Buffer.concat([record, nameBytes]));
  }

  /** Writes the central directory and its end record. */
  finish(comment: Buffer = Buffer.alloc(0)): void {
    const cdOffset = this.position;
    const cd = Buffer.concat(this.central);
    this.write(cd);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(SIG_END, 0);
    end.writeUInt16LE(this.central.length, 8);
    end.writeUInt16LE(this.central.length, 10);
    end.writeUInt32LE(cd.length, 12);
    end.writeUInt32LE(cdOffset, 16);
    end.writeUInt16LE(comment.length, 20);
    this.write(Buffer.concat([end, comment]));
  }
}
