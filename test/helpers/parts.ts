import JSZip from "jszip";

/**
 * Zip entries, read and changed with JSZip: a second, independent implementation, so a test never checks PERF's
 * zip code with itself.
 */
export async function entriesOf(data: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(data);
  const out = new Map<string, Buffer>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) out.set(name, await file.async("nodebuffer"));
  return out;
}

export async function partText(data: Buffer, name: string): Promise<string> {
  const file = (await JSZip.loadAsync(data)).file(name);
  if (!file) throw new Error(`no part ${name}`);
  return file.async("string");
}

/** A workbook with some parts changed (a function of the old text), added (text) or removed (null). */
export async function withParts(
  data: Buffer,
  changes: Record<string, ((xml: string) => string | Buffer) | string | Buffer | null>,
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(data);
  for (const [name, change] of Object.entries(changes)) {
    if (change === null) zip.remove(name);
    else if (typeof change === "function")
      zip.file(name, change(await (zip.file(name) as JSZip.JSZipObject).async("string")));
    else zip.file(name, change);
  }
  return Buffer.from(await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/**
 * Every element of the SpreadsheetML main namespace written with the prefix x:, as the .NET Open XML SDK writes it
 * (`<x:c r="A1">`); other namespaces keep their own prefixes.
 */
export function prefixed(xml: string): string {
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  return xml
    .replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, (_m, slash: string, name: string) => `<${slash}x:${name}`)
    .replace(`xmlns="${main}"`, `xmlns:x="${main}"`);
}

/** The `<c>` elements of a sheet's XML by their address, as written. */
export function cellElements(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?c\b[^>]*?\br="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?c>)/g))
    out.set(m[1], m[0]);
  return out;
}

/**
 * Each entry's compressed bytes as stored, from the central directory (a few lines written for the tests, apart from
 * PERF's zip code): an entry copied "as it is" must have exactly these bytes.
 */
export function storedBytes(data: Buffer): Map<string, Buffer> {
  let end = data.length - 22;
  while (end >= 0 && data.readUInt32LE(end) !== 0x06054b50) end--;
  const count = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  const out = new Map<string, Buffer>();
  for (let k = 0; k < count; k++) {
    const csize = data.readUInt32LE(at + 20);
    const nameLength = data.readUInt16LE(at + 28);
    const skip = nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
    const name = data.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    const local = data.readUInt32LE(at + 42);
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    out.set(name, data.subarray(start, start + csize));
    at += 46 + skip;
  }
  return out;
}
