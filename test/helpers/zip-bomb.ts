import JSZip from "jszip";
import { constants, crc32, deflateRawSync } from "node:zlib";

/** One entry of a hand-made zip: its name, and either its bytes or a deflate stream made elsewhere. */
export interface RawEntry {
  name: string;
  data?: Buffer;
  deflated?: { bytes: Buffer; crc: number; size: number };
  /** The uncompressed size written in the headers, when it should lie. */
  declaredSize?: number;
}

const u16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
};
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};
const u64 = (n: number) => {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(n));
  return b;
};

/**
 * A zip written by hand, independent of the code under test: deflated entries, zip64 sizes when a size does not fit
 * in 32 bits (as an honest 5 GB entry needs), and any declared size the test wants (a lying header).
 */
export function writeZip(entries: readonly RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const d = e.deflated ?? {
      bytes: deflateRawSync(e.data ?? Buffer.alloc(0)),
      crc: crc32(e.data ?? Buffer.alloc(0)),
      size: (e.data ?? Buffer.alloc(0)).length,
    };
    const size = e.declaredSize ?? d.size;
    const zip64 = size >= 0xffffffff;
    const extra = zip64 ? Buffer.concat([u16(1), u16(16), u64(size), u64(d.bytes.length)]) : Buffer.alloc(0);
    const sizes = zip64 ? [u32(0xffffffff), u32(0xffffffff)] : [u32(d.bytes.length), u32(size)];
    const head = Buffer.concat([u16(zip64 ? 45 : 20), u16(0x800), u16(8), u16(0), u16(0x5a21), u32(d.crc), ...sizes]);
    locals.push(Buffer.concat([u32(0x04034b50), head, u16(name.length), u16(extra.length), name, extra, d.bytes]));
    central.push(
      Buffer.concat([
        u32(0x02014b50),
        u16(zip64 ? 45 : 20),
        head,
        u16(name.length),
        u16(extra.length),
        u16(0),
        u16(0),
        u16(0),
        u32(0),
        u32(offset),
        name,
        extra,
      ]),
    );
    offset += locals[locals.length - 1].length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(entries.length),
    u16(entries.length),
    u32(cd.length),
    u32(offset),
    u16(0),
  ]);
  return Buffer.concat([...locals, cd, end]);
}

/** Raw deflate of `head`, then `repeat` MiB of spaces, then `tail`: XML that inflates to `repeat` MiB and more. */
export function deflatedPadding(head: string, repeat: number, tail: string): RawEntry["deflated"] {
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const chunk = Buffer.alloc(1 << 20, 0x20);
  const first = deflateRawSync(Buffer.from(head), flush);
  const middle = deflateRawSync(chunk, flush);
  const last = deflateRawSync(Buffer.from(tail));
  let crc = crc32(Buffer.from(head));
  for (let k = 0; k < repeat; k++) crc = crc32(chunk, crc);
  crc = crc32(Buffer.from(tail), crc);
  const parts = [first];
  for (let k = 0; k < repeat; k++) parts.push(middle);
  parts.push(last);
  return { bytes: Buffer.concat(parts), crc, size: head.length + repeat * chunk.length + tail.length };
}

/**
 * A real workbook (the given one) with one more sheet whose XML unpacks to `gib` GiB of spaces. With `lie`, the
 * headers declare a few kilobytes instead (the size is then only found out while inflating).
 */
export async function zipBomb(workbook: Buffer, gib: number, lie = false): Promise<Buffer> {
  const zip = await JSZip.loadAsync(workbook);
  const entries: RawEntry[] = [];
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    let data = await file.async("nodebuffer");
    if (name === "xl/workbook.xml")
      data = Buffer.from(
        data.toString().replace("</sheets>", '<sheet name="炸弹" sheetId="90" r:id="rIdBomb"/></sheets>'),
      );
    if (name === "xl/_rels/workbook.xml.rels")
      data = Buffer.from(
        data
          .toString()
          .replace(
            "</Relationships>",
            '<Relationship Id="rIdBomb" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/bomb.xml"/></Relationships>',
          ),
      );
    if (name === "[Content_Types].xml")
      data = Buffer.from(
        data
          .toString()
          .replace(
            "</Types>",
            '<Override PartName="/xl/worksheets/bomb.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
          ),
      );
    entries.push({ name, data });
  }
  const deflated = deflatedPadding(
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
    gib * 1024,
    "</sheetData></worksheet>",
  );
  entries.push({ name: "xl/worksheets/bomb.xml", deflated, ...(lie ? { declaredSize: 4096 } : {}) });
  return writeZip(entries);
}
