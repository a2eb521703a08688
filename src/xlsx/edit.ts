import { WorkbookLoadError } from "./errors";
import { REL, RELATIONSHIPS_NS, readRelationships, relsPartOf, type SheetEntry, type WorkbookPackage } from "./package";
import { editSheetCells, type CellEdit } from "./sheet-edit";
import { minimalStyles, StylesEditor } from "./styles-edit";
import { escapeAttribute, scanXml, type Attributes } from "./xml";
import { ZipWriter, type Sink, type ZipEntry } from "./zip";

const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

interface Span {
  start: number;
  end: number;
}

/** Where things are in workbook.xml, found again after each change. */
interface WorkbookLayout {
  rootAttrs: Attributes;
  prefix: string;
  sheetsClose?: number;
  calcPr?: Span & { attrs: Attributes };
  /** Just after the last of sheets, functionGroups, externalReferences, definedNames: where calcPr goes. */
  calcPrAt?: number;
}

function layoutOf(xml: string): WorkbookLayout {
  const layout: WorkbookLayout = { rootAttrs: {}, prefix: "" };
  let depth = 0;
  scanXml(xml, {
    open(local, a, selfClosing, start, end) {
      const attrs = a ?? {};
      if (depth === 0) {
        layout.rootAttrs = attrs;
        const qname = /^<([^\s/>]+)/.exec(xml.slice(start, end))?.[1] ?? local;
        layout.prefix = qname.includes(":") ? qname.slice(0, qname.indexOf(":") + 1) : "";
      } else if (depth === 1) {
        if (local === "calcPr") layout.calcPr = { start, end, attrs };
        if (selfClosing && ["sheets", "functionGroups", "externalReferences", "definedNames"].includes(local))
          layout.calcPrAt = end;
      }
      if (!selfClosing) depth++;
    },
    close(local, start, end) {
      depth--;
      if (depth === 1 && local === "sheets") layout.sheetsClose = start;
      if (depth === 1 && ["sheets", "functionGroups", "externalReferences", "definedNames"].includes(local))
        layout.calcPrAt = end;
    },
  });
  return layout;
}

/** Removes the self-closing elements `local` whose attributes match. */
function removeElements(xml: string, local: string, match: (attrs: Attributes) => boolean): string {
  const spans: Span[] = [];
  scanXml(
    xml,
    {
      open(l, a, selfClosing, start, end) {
        if (l === local && selfClosing && match(a ?? {})) spans.push({ start, end });
      },
      close: () => undefined,
    },
    (l) => l === local,
  );
  let out = "";
  let at = 0;
  for (const s of spans) {
    out += xml.slice(at, s.start);
    at = s.end;
  }
  return out + xml.slice(at);
}

/** Inserts `text` just before the root element's end tag. */
function beforeRootClose(xml: string, text: string): string {
  const at = xml.lastIndexOf("</");
  if (at < 0) throw new WorkbookLoadError("internal: a part without an end tag");
  return xml.slice(0, at) + text + xml.slice(at);
}

function rootPrefix(xml: string): string {
  const m = /<([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*[\s>/]/.exec(xml.replace(/^<\?[\s\S]*?\?>/, ""));
  return m?.[1] ?? "";
}

/** A part written back as UTF-8: a declaration naming another encoding (the part was UTF-16) is corrected. */
function utf8(xml: string): Buffer {
  return Buffer.from(xml.replace(/^(<\?xml[^?]*?encoding\s*=\s*)(["'])[^"']*\2/, "$1$2UTF-8$2"), "utf8");
}

/**
 * The surgical writer: changes only the cells and the sheets PERF owns and copies every other entry of the package
 * byte for byte (charts, drawings, images, comments, pivot tables, names, protection, custom XML, VBA). Time and
 * memory grow with what is written, not with the size of the file.
 */
export class WorkbookEditor {
  private readonly parts = new Map<string, string>();
  private readonly added: string[] = [];
  private readonly removed = new Set<string>();
  private workbookXml: string;
  private relsXml: string;
  private typesXml: string;
  private stylesEditor?: StylesEditor;
  private stylesPart?: string;
  private readonly sheets: SheetEntry[];
  private formulaReplaced = false;

  constructor(readonly pkg: WorkbookPackage) {
    this.workbookXml = pkg.workbookXml;
    this.relsXml =
      pkg.text(relsPartOf(pkg.workbookPart)) ??
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    this.typesXml = pkg.contentTypes;
    this.sheets = pkg.sheets.map((s) => ({ ...s }));
  }

  private get strict(): boolean {
    return this.pkg.rels.some((r) => r.type.startsWith("http://purl.oclc.org/"));
  }

  private current(part: string): string {
    const text = this.parts.get(part) ?? this.pkg.text(part);
    if (text === undefined) throw new WorkbookLoadError(`${this.pkg.label} 缺少 ${part}`);
    return text;
  }

  /** The SpreadsheetML namespace the workbook uses (transitional or strict), for the sheets PERF adds. */
  get mainNamespace(): string {
    const { rootAttrs, prefix } = layoutOf(this.workbookXml);
    const declaration = prefix ? `xmlns:${prefix.slice(0, -1)}` : "xmlns";
    return rootAttrs[declaration] ?? "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  }

  /** The styles of the workbook, to add PERF's few formats to (a styles part is made when there is none). */
  get styles(): StylesEditor {
    if (!this.stylesEditor) {
      let part = this.pkg.stylesPart;
      if (!part) {
        part = `${this.pkg.workbookPart.slice(0, this.pkg.workbookPart.lastIndexOf("/") + 1)}styles.xml`;
        this.parts.set(part, minimalStyles(this.mainNamespace));
        this.added.push(part);
        this.addRelationship(this.strict ? REL.styles[1] : REL.styles[0], "styles.xml");
        this.addOverride(part, STYLES_TYPE);
      }
      this.stylesPart = part;
      this.stylesEditor = new StylesEditor(this.current(part), this.pkg.styles);
    }
    return this.stylesEditor;
  }

  sheet(name: string): SheetEntry | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /**
   * Writes cells of a sheet; each keeps its cell format, and text with line breaks is wrapped (a format like the
   * cell's, with wrapping, is added when it has none).
   */
  setCells(sheetName: string, edits: readonly CellEdit[]): void {
    if (edits.length === 0) return;
    const entry = this.sheet(sheetName);
    if (!entry?.part || !entry.worksheet)
      throw new WorkbookLoadError(`工作表“${sheetName}”不存在或不是普通工作表，无法写入`);
    const styleFor = (e: CellEdit, current: number) =>
      typeof e.value === "string" && e.value.includes("\n") && !e.formula && !this.pkg.styles.wraps(current)
        ? this.styles.wrapping(current)
        : current;
    const result = editSheetCells(this.current(entry.part), edits, styleFor, sheetName);
    this.parts.set(entry.part, result.xml);
    if (result.formulaReplaced) this.formulaReplaced = true;
  }

  /** Replaces the sheet PERF owns by that name (its drawings and other parts going with it), or adds it last. */
  putOwnSheet(name: string, xml: string): void {
    const existing = this.sheet(name);
    if (existing) {
      if (!existing.worksheet || !existing.part) {
        throw new WorkbookLoadError(`工作簿中名为“${name}”的不是普通工作表，无法写入：请将它改名后再试`);
      }
      this.parts.set(existing.part, xml);
      this.dropRelationshipsOf(existing.part);
      return;
    }
    const folder = this.pkg.workbookPart.slice(0, this.pkg.workbookPart.lastIndexOf("/") + 1);
    let n = 1;
    const taken = (p: string) => !!this.pkg.zip.get(p) || this.parts.has(p) || this.removed.has(p.toLowerCase());
    while (taken(`${folder}worksheets/sheet${n}.xml`)) n++;
    const part = `${folder}worksheets/sheet${n}.xml`;
    const relId = this.addRelationship(this.strict ? REL.worksheet[1] : REL.worksheet[0], `worksheets/sheet${n}.xml`);
    this.addOverride(part, WORKSHEET_TYPE);
    const sheetId = Math.max(0, ...this.sheets.map((s) => s.sheetId)) + 1;
    const layout = layoutOf(this.workbookXml);
    if (layout.sheetsClose === undefined) throw new WorkbookLoadError(`${this.pkg.label} 的 workbook.xml 缺少 sheets`);
    const relPrefix = Object.entries(layout.rootAttrs).find(
      ([k, v]) => k.startsWith("xmlns:") && RELATIONSHIPS_NS.includes(v),
    )?.[0];
    const idAttr = relPrefix
      ? `${relPrefix.slice(6)}:id="${relId}"`
      : `xmlns:r="${RELATIONSHIPS_NS[this.strict ? 1 : 0]}" r:id="${relId}"`;
    const element = `<${layout.prefix}sheet name="${escapeAttribute(name)}" sheetId="${sheetId}" ${idAttr}/>`;
    this.workbookXml =
      this.workbookXml.slice(0, layout.sheetsClose) + element + this.workbookXml.slice(layout.sheetsClose);
    this.parts.set(part, xml);
    this.added.push(part);
    this.sheets.push({ name, sheetId, relId, part, worksheet: true });
  }

  private addRelationship(type: string, target: string): string {
    const ids = new Set(readRelationships(this.relsXml, this.pkg.workbookPart).map((r) => r.id));
    let k = ids.size + 1;
    while (ids.has(`rId${k}`)) k++;
    const id = `rId${k}`;
    const p = rootPrefix(this.relsXml);
    this.relsXml = beforeRootClose(
      this.relsXml,
      `<${p}Relationship Id="${id}" Type="${type}" Target="${escapeAttribute(target)}"/>`,
    );
    return id;
  }

  private addOverride(part: string, type: string): void {
    const p = rootPrefix(this.typesXml);
    this.typesXml = beforeRootClose(
      this.typesXml,
      `<${p}Override PartName="/${escapeAttribute(part)}" ContentType="${type}"/>`,
    );
  }

  private removePart(part: string): void {
    const key = part.toLowerCase();
    this.removed.add(key);
    this.typesXml = removeElements(
      this.typesXml,
      "Override",
      (a) => (a.PartName ?? "").replace(/^\//, "").toLowerCase() === key,
    );
  }

  /**
   * Drops a replaced sheet's relationships, and the parts only they reached (its drawing, chart, comments): they
   * belonged to the sheet PERF wrote before and would otherwise be left behind.
   */
  private dropRelationshipsOf(part: string): void {
    const relsPart = relsPartOf(part);
    const rels = this.pkg.zip.get(relsPart) ? readRelationships(this.pkg.text(relsPart), part) : [];
    if (!this.pkg.zip.get(relsPart)) return;
    this.removed.add(relsPart.toLowerCase());
    const reached = new Set<string>();
    const queue = rels.filter((r) => r.part && this.pkg.zip.get(r.part)).map((r) => r.part as string);
    while (queue.length > 0) {
      const p = queue.pop() as string;
      if (reached.has(p.toLowerCase())) continue;
      reached.add(p.toLowerCase());
      const more = this.pkg.zip.get(relsPartOf(p)) ? readRelationships(this.pkg.text(relsPartOf(p)), p) : [];
      for (const r of more) if (r.part && this.pkg.zip.get(r.part)) queue.push(r.part);
    }
    const stillUsed = new Set<string>();
    for (const entry of this.pkg.zip.entries) {
      const name = entry.name;
      if (!name.toLowerCase().endsWith(".rels") || this.removed.has(name.toLowerCase())) continue;
      const source = name.replace(/_rels\/([^/]*)\.rels$/i, "$1");
      if (reached.has(source.toLowerCase())) continue;
      const xml = name === relsPartOf(this.pkg.workbookPart) ? this.relsXml : this.pkg.text(name);
      for (const r of readRelationships(xml, source)) if (r.part) stillUsed.add(r.part.toLowerCase());
    }
    for (const p of reached) {
      if (stillUsed.has(p)) continue;
      const entry = this.pkg.zip.get(p);
      if (entry) this.removePart(entry.name);
      const rp = relsPartOf(entry?.name ?? p);
      if (this.pkg.zip.get(rp)) this.removed.add(rp.toLowerCase());
    }
  }

  /**
   * Asks Excel and LibreOffice to recalculate every formula when the file is opened, so that a formula reading a
   * cell PERF wrote does not show its old result.
   */
  recalculateOnLoad(): void {
    const layout = layoutOf(this.workbookXml);
    if (layout.calcPr) {
      const tag = this.workbookXml.slice(layout.calcPr.start, layout.calcPr.end);
      if (layout.calcPr.attrs.fullCalcOnLoad === "1" || layout.calcPr.attrs.fullCalcOnLoad === "true") return;
      const next = /\bfullCalcOnLoad\s*=/.test(tag)
        ? tag.replace(/\bfullCalcOnLoad\s*=\s*("[^"]*"|'[^']*')/, 'fullCalcOnLoad="1"')
        : tag.replace(/^<([^\s/>]+)/, '<$1 fullCalcOnLoad="1"');
      this.workbookXml =
        this.workbookXml.slice(0, layout.calcPr.start) + next + this.workbookXml.slice(layout.calcPr.end);
      return;
    }
    if (layout.calcPrAt === undefined) return;
    this.workbookXml =
      this.workbookXml.slice(0, layout.calcPrAt) +
      `<${layout.prefix}calcPr fullCalcOnLoad="1"/>` +
      this.workbookXml.slice(layout.calcPrAt);
  }

  /** A formula cell became a value: the calculation chain would name a cell without a formula, so it goes. */
  private dropCalcChain(): void {
    const rel = this.pkg.rels.find((r) => (REL.calcChain as readonly string[]).includes(r.type));
    if (!rel) return;
    if (rel.part && this.pkg.zip.get(rel.part)) this.removePart((this.pkg.zip.get(rel.part) as ZipEntry).name);
    this.relsXml = removeElements(this.relsXml, "Relationship", (a) => a.Id === rel.id);
  }

  /** Writes the package: changed parts deflated, every other entry copied as it is. */
  save(sink: Sink): void {
    if (this.formulaReplaced) this.dropCalcChain();
    const { pkg } = this;
    const changed = new Map<string, Buffer>();
    for (const [part, xml] of this.parts) changed.set(part.toLowerCase(), utf8(xml));
    if (this.stylesEditor?.changed && this.stylesPart)
      changed.set(this.stylesPart.toLowerCase(), utf8(this.stylesEditor.toXml()));
    if (this.workbookXml !== pkg.workbookXml) changed.set(pkg.workbookPart.toLowerCase(), utf8(this.workbookXml));
    const relsPart = relsPartOf(pkg.workbookPart);
    if (this.relsXml !== pkg.text(relsPart)) changed.set(relsPart.toLowerCase(), utf8(this.relsXml));
    if (this.typesXml !== pkg.contentTypes) changed.set("[content_types].xml", utf8(this.typesXml));

    const writer = new ZipWriter(sink);
    const stamp = pkg.zip.get(pkg.workbookPart);
    const addedKeys = new Set(this.added.map((p) => p.toLowerCase()));
    for (const entry of pkg.zip.entries) {
      const key = entry.name.toLowerCase();
      if (this.removed.has(key)) continue;
      const data = changed.get(key);
      if (data && !addedKeys.has(key)) writer.add(entry.name, data, entry);
      else writer.copy(pkg.zip, entry);
    }
    for (const part of this.added) {
      if (this.removed.has(part.toLowerCase())) continue;
      const data = changed.get(part.toLowerCase());
      if (data) writer.add(part, data, undefined, stamp);
    }
    if (!pkg.zip.get(relsPart) && changed.has(relsPart.toLowerCase()))
      writer.add(relsPart, changed.get(relsPart.toLowerCase()) as Buffer, undefined, stamp);
    writer.finish(pkg.zip.comment);
  }
}

/** The edited workbook as bytes in memory (tests; the command line writes to a file). */
export function editedBuffer(editor: WorkbookEditor): Buffer {
  const parts: Buffer[] = [];
  editor.save((data) => parts.push(Buffer.from(data)));
  return Buffer.concat(parts);
}
