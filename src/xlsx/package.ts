import type { DefinedName, SheetSnapshot, WorkbookSnapshot } from "../workbook";
import { describeSystemError, LIMITS, sizeText, WorkbookLoadError } from "./errors";
import { encodingOf, readSheet } from "./sheet";
import { SharedStrings } from "./strings";
import { readStyles, type CellStyles } from "./styles";
import { scanXml, XmlError, XmlScanner, type Attributes } from "./xml";
import { bufferSource, fileSource, ZipArchive, type ByteSource } from "./zip";

/** Relationship types, transitional and strict (ISO/IEC 29500), by what they point to. */
export const REL = {
  officeDocument: ["http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"],
  worksheet: ["http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet", "http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet"],
  sharedStrings: ["http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings", "http://purl.oclc.org/ooxml/officeDocument/relationships/sharedStrings"],
  styles: ["http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "http://purl.oclc.org/ooxml/officeDocument/relationships/styles"],
  calcChain: ["http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain", "http://purl.oclc.org/ooxml/officeDocument/relationships/calcChain"],
} as const; // prettier-ignore

export const RELATIONSHIPS_NS = [
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://purl.oclc.org/ooxml/officeDocument/relationships",
];

export interface Relationship {
  id: string;
  type: string;
  /** The part it points to, as a zip entry name ("xl/worksheets/sheet1.xml"); undefined when external. */
  part?: string;
  target: string;
}

export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  /** The worksheet part; undefined for a sheet of another kind (a chart sheet) or a missing part. */
  part?: string;
  worksheet: boolean;
}

/** Sheets larger than this (uncompressed) are streamed rather than inflated at once. */
const STREAM_ABOVE = 4 * 1024 * 1024;

async function* toAsync(chunks: Iterable<Buffer> | AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) yield chunk;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** The folder part of a part name: "xl/" for "xl/workbook.xml". */
function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf("/") + 1);
}

/** A relationship target resolved against the part it belongs to (ECMA-376 Part 2, 9.3). */
export function resolveTarget(sourcePart: string, target: string): string {
  const raw = target.startsWith("/") ? target.slice(1) : folderOf(sourcePart) + target;
  const out: string[] = [];
  for (const seg of decodeURIComponentSafe(raw).split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The .rels part of a part: "xl/_rels/workbook.xml.rels" for "xl/workbook.xml"; "_rels/.rels" for the package. */
export function relsPartOf(part: string): string {
  const folder = folderOf(part);
  return `${folder}_rels/${part.slice(folder.length)}.rels`;
}

export function readRelationships(xml: string | undefined, sourcePart: string): Relationship[] {
  const rels: Relationship[] = [];
  if (!xml) return rels;
  scanXml(
    xml,
    {
      open(local, a) {
        const attrs = a as Attributes;
        if (local !== "Relationship" || attrs.Id === undefined || attrs.Target === undefined) return;
        const external = attrs.TargetMode === "External";
        rels.push({
          id: attrs.Id,
          type: attrs.Type ?? "",
          target: attrs.Target,
          ...(external ? {} : { part: resolveTarget(sourcePart, attrs.Target) }),
        });
      },
      close: () => undefined,
    },
    (local) => local === "Relationship",
  );
  return rels;
}

/**
 * A workbook file opened for reading (and for the surgical writer): its zip, its workbook part, sheets, shared
 * strings and styles. Only the central directory and the small parts are read on opening; sheets are streamed.
 */
export class WorkbookPackage {
  readonly workbookPart: string;
  readonly workbookXml: string;
  readonly rels: Relationship[];
  readonly sheets: SheetEntry[];
  readonly date1904: boolean;
  readonly macroEnabled: boolean;
  readonly contentTypes: string;
  private stringsCache?: SharedStrings;
  private stylesCache?: CellStyles;

  private constructor(
    readonly zip: ZipArchive,
    readonly label: string,
  ) {
    const types = this.text("[Content_Types].xml");
    if (types === undefined) {
      const mime = this.text("mimetype");
      if (mime?.includes("opendocument.spreadsheet"))
        throw new WorkbookLoadError(
          `${label} 是 OpenDocument 表格（.ods），请在 WPS 或 LibreOffice 中另存为 .xlsx 后再试`,
        );
      throw new WorkbookLoadError(`${label} 不是 xlsx 工作簿（压缩包中没有 [Content_Types].xml）`);
    }
    this.contentTypes = types;
    const root = readRelationships(this.text("_rels/.rels"), "");
    const main = root.find((r) => (REL.officeDocument as readonly string[]).includes(r.type) && r.part);
    const workbookPart = main?.part ?? "xl/workbook.xml";
    const type = contentTypeOf(types, workbookPart) ?? "";
    if (/sheet\.binary\.macroEnabled/i.test(type))
      throw new WorkbookLoadError(`${label} 是二进制工作簿（.xlsb），请在 Excel 中另存为 .xlsx 后再试`);
    if (type && !/spreadsheetml\.(sheet|template)\.main|ms-excel\.(sheet|template)\.macroEnabled\.main/i.test(type)) {
      const what = /wordprocessingml/.test(type)
        ? "Word 文档"
        : /presentationml/.test(type)
          ? "PowerPoint 演示文稿"
          : "Excel 工作簿";
      throw new WorkbookLoadError(`${label} 不是 xlsx 工作簿${what === "Excel 工作簿" ? "" : `，而是${what}`}`);
    }
    this.macroEnabled = /macroEnabled/i.test(type);
    const workbookXml = this.text(workbookPart);
    if (workbookXml === undefined) throw new WorkbookLoadError(`${label} 不是 xlsx 工作簿（缺少 ${workbookPart}）`);
    this.workbookPart = workbookPart;
    this.workbookXml = workbookXml;
    this.rels = readRelationships(this.text(relsPartOf(workbookPart)), workbookPart);
    const sheets: SheetEntry[] = [];
    let date1904 = false;
    const relNs: Record<string, string> = {};
    this.xml(workbookPart, workbookXml, (local, attrs) => {
      if (local === "workbook") {
        for (const [k, v] of Object.entries(attrs))
          if (k.startsWith("xmlns:") && RELATIONSHIPS_NS.includes(v)) relNs[k.slice(6)] = v;
      } else if (local === "workbookPr") {
        date1904 = attrs.date1904 === "1" || attrs.date1904 === "true";
      } else if (local === "sheet") {
        const relId = Object.entries(attrs).find(([k]) => {
          const colon = k.indexOf(":");
          if (colon < 0 || k.slice(colon + 1) !== "id") return false;
          const prefix = k.slice(0, colon);
          return prefix in relNs || RELATIONSHIPS_NS.includes(attrs[`xmlns:${prefix}`] ?? "");
        })?.[1];
        const rel = this.rels.find((r) => r.id === relId);
        if (!rel?.part || !this.zip.get(rel.part))
          throw this.damaged(workbookPart, `工作表“${attrs.name ?? ""}”的内容不见了`);
        const worksheet = (REL.worksheet as readonly string[]).includes(rel.type);
        const part = this.zip.get(rel.part)?.name;
        sheets.push({
          name: attrs.name ?? "",
          sheetId: Number(attrs.sheetId ?? 0),
          relId: relId ?? "",
          part,
          worksheet,
        });
      }
    });
    if (sheets.length === 0) throw new WorkbookLoadError(`${label} 中没有工作表`);
    this.sheets = sheets;
    this.date1904 = date1904;
  }

  /** Opens a workbook file; what is not an xlsx (an old .xls, a text file, a damaged zip) is a Chinese message. */
  static open(path: string, label = path): WorkbookPackage {
    let source: ByteSource;
    try {
      source = fileSource(path);
    } catch (e) {
      throw new WorkbookLoadError(describeSystemError(e, "无法读取", label));
    }
    try {
      return WorkbookPackage.fromSource(source, label);
    } catch (e) {
      source.close();
      throw e;
    }
  }

  static fromBuffer(data: Buffer, label: string): WorkbookPackage {
    return WorkbookPackage.fromSource(bufferSource(data), label);
  }

  private static fromSource(source: ByteSource, label: string): WorkbookPackage {
    const head = source.read(0, 4);
    if (head.equals(OLE_MAGIC)) {
      throw new WorkbookLoadError(
        `${label} 是旧版 Excel 97-2003（.xls）或 WPS 格式，或设置了打开密码：请在 Excel 中取消密码、另存为 .xlsx 后再试`,
      );
    }
    if (!head.equals(ZIP_MAGIC) && !(source.size > 4 && head.subarray(0, 2).toString("latin1") === "PK")) {
      throw new WorkbookLoadError(`${label} 不是 xlsx 工作簿`);
    }
    try {
      return new WorkbookPackage(new ZipArchive(source, label), label);
    } catch (e) {
      if (e instanceof XmlError) throw new WorkbookLoadError(`${label} 已损坏或不是有效的 xlsx 工作簿（${e.message}）`);
      throw e;
    }
  }

  close(): void {
    this.zip.source.close();
  }

  damaged(part: string, why: string): WorkbookLoadError {
    return new WorkbookLoadError(`${this.label} 已损坏或不是有效的 xlsx 工作簿（${part}：${why}）`);
  }

  /** A part's text (by its byte order mark, UTF-8 by default); undefined when there is no such part. */
  text(part: string): string | undefined {
    const entry = this.zip.get(part);
    if (!entry) return undefined;
    if (entry.size > LIMITS.wholePartBytes) {
      throw new WorkbookLoadError(
        `${this.label} 中的 ${entry.name} 解压后有 ${sizeText(entry.size)}，超过一次读入 ${sizeText(LIMITS.wholePartBytes)} 的上限，已拒绝读取`,
      );
    }
    const data = this.zip.inflate(entry);
    return new TextDecoder(encodingOf(data)).decode(data);
  }

  /** Scans a part's XML, giving every element's attributes; not well-formed XML is a Chinese message. */
  xml(part: string, xml: string, open: (local: string, attrs: Attributes) => void): void {
    try {
      scanXml(xml, { open: (local, a) => open(local, a as Attributes), close: () => undefined });
    } catch (e) {
      if (e instanceof XmlError) throw this.damaged(part, e.message);
      throw e;
    }
  }

  private relPart(types: readonly string[]): string | undefined {
    return this.rels.find((r) => types.includes(r.type) && r.part && this.zip.get(r.part))?.part;
  }

  get stringsPart(): string | undefined {
    return this.relPart(REL.sharedStrings);
  }

  get stylesPart(): string | undefined {
    return this.relPart(REL.styles);
  }

  get strings(): SharedStrings {
    if (!this.stringsCache) {
      const part = this.stringsPart;
      try {
        this.stringsCache = new SharedStrings(part ? (this.text(part) ?? "") : "");
      } catch (e) {
        if (e instanceof XmlError) throw this.damaged(part ?? "sharedStrings", e.message);
        throw e;
      }
    }
    return this.stringsCache;
  }

  get styles(): CellStyles {
    if (!this.stylesCache) {
      const part = this.stylesPart;
      try {
        this.stylesCache = readStyles(part ? this.text(part) : undefined);
      } catch (e) {
        if (e instanceof XmlError) throw this.damaged(part ?? "styles", e.message);
        throw e;
      }
    }
    return this.stylesCache;
  }

  /** Reads one sheet's cells, streamed. */
  async sheet(
    entry: SheetEntry,
    keepReading?: (top: SheetSnapshot) => boolean,
    topRows?: number,
  ): Promise<SheetSnapshot> {
    if (!entry.worksheet || !entry.part) return { name: entry.name, rows: [] };
    const zipEntry = this.zip.get(entry.part);
    if (!zipEntry) throw this.damaged(entry.part, "缺少工作表");
    // A sheet of a few megabytes is inflated in one call; a larger one is streamed, and may be read only in part.
    const chunks = zipEntry.size <= STREAM_ABOVE ? [this.zip.inflate(zipEntry)] : this.zip.stream(zipEntry);
    try {
      return await readSheet(entry.name, toAsync(chunks), {
        strings: this.strings,
        styles: this.styles,
        date1904: this.date1904,
        keepReading,
        topRows,
      });
    } catch (e) {
      if (e instanceof XmlError) throw this.damaged(`工作表“${entry.name}”`, e.message);
      throw e;
    }
  }

  /** Every sheet's cells, in workbook order; a sheet `keepReading` says cannot matter is read only to its top rows. */
  async snapshot(keepReading?: (top: SheetSnapshot) => boolean, topRows?: number): Promise<WorkbookSnapshot> {
    const sheets: SheetSnapshot[] = [];
    for (const entry of this.sheets) sheets.push(await this.sheet(entry, keepReading, topRows));
    return { sheets, names: this.definedNames() };
  }

  /**
   * The workbook-scoped defined names of workbook.xml, each with its formula; names scoped to one sheet
   * (localSheetId) and Excel's own (_xlnm.Print_Area …) are left out: a formula elsewhere cannot use them.
   */
  definedNames(): DefinedName[] {
    const names: DefinedName[] = [];
    let current: { name: string; text: string } | undefined;
    const scanner: XmlScanner = new XmlScanner({
      open: (local, attrs) => {
        if (local !== "definedName" || !attrs) return;
        const own = attrs.localSheetId === undefined && !attrs.name?.startsWith("_xlnm.");
        current = own && attrs.name ? { name: attrs.name, text: "" } : undefined;
        scanner.capture = current !== undefined;
      },
      close: (local) => {
        if (local !== "definedName") return;
        if (current) names.push({ name: current.name, formula: current.text.trim() });
        current = undefined;
        scanner.capture = false;
      },
      text: (text) => {
        if (current) current.text += text;
      },
    });
    try {
      scanner.write(this.workbookXml);
      scanner.end();
    } catch (e) {
      if (e instanceof XmlError) throw this.damaged(this.workbookPart, e.message);
      throw e;
    }
    return names;
  }
}

/** The content type of a part: its Override, or the Default for its extension. */
export function contentTypeOf(types: string, part: string): string | undefined {
  let found: string | undefined;
  let byExtension: string | undefined;
  const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  scanXml(
    types,
    {
      open(local, a) {
        const attrs = a as Attributes;
        if (local === "Override" && attrs.PartName?.replace(/^\//, "").toLowerCase() === part.toLowerCase())
          found = attrs.ContentType;
        if (local === "Default" && attrs.Extension?.toLowerCase() === ext) byExtension = attrs.ContentType;
      },
      close: () => undefined,
    },
    (local) => local === "Override" || local === "Default",
  );
  return found ?? byExtension;
}
