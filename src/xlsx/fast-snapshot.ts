import JSZip from "jszip";
import type { Cell, SheetSnapshot, WorkbookSnapshot } from "../workbook";
import { parseA1 } from "../workbook";

/**
 * A read-only snapshot straight from the xlsx XML: values and formulas, nothing else. It reads what the check needs and
 * skips what ExcelJS builds for writing (styles per cell, validations, drawings), which makes batch scoring several
 * times faster. Where ExcelJS would give a date, this gives Excel's serial number; a formula shared from another cell
 * (t="shared" without text) is read as its value only. Anything it does not understand throws, and the caller falls
 * back to ExcelJS.
 */
export async function fastSnapshot(data: Uint8Array): Promise<WorkbookSnapshot> {
  const zip = await JSZip.loadAsync(data);
  // XML parsers read a line break in the text as "\n" whatever the file holds (XML 1.0, 2.11); so does this.
  const text = async (path: string): Promise<string | undefined> =>
    (await zip.file(path)?.async("string"))?.replace(/\r\n?/g, "\n");
  const workbook = await text("xl/workbook.xml");
  const rels = await text("xl/_rels/workbook.xml.rels");
  if (!workbook || !rels) throw new Error("not a workbook: xl/workbook.xml missing");
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const a = attributes(m[1]);
    if (a.Id && a.Target) targets.set(a.Id, a.Target.startsWith("/") ? a.Target.slice(1) : `xl/${a.Target}`);
  }
  const sharedXml = await text("xl/sharedStrings.xml");
  const shared = sharedXml ? [...sharedXml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => runsText(m[1])) : [];
  const sheets: SheetSnapshot[] = [];
  for (const m of workbook.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const a = attributes(m[1]);
    const target = targets.get(a["r:id"] ?? "");
    const xml = target ? await text(target) : undefined;
    if (a.name === undefined || xml === undefined) throw new Error(`sheet part missing for ${a.name}`);
    sheets.push({ name: unescapeXml(a.name), rows: readSheet(xml, shared) });
  }
  return { sheets };
}

function readSheet(xml: string, shared: readonly string[]): (Cell | undefined)[][] {
  const rows: (Cell | undefined)[][] = [];
  const data = xml.slice(xml.indexOf("<sheetData"), xml.indexOf("</sheetData>") + 1);
  for (const m of data.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const a = attributes(m[1]);
    if (!a.r) throw new Error("cell without a reference");
    const inner = m[2] ?? "";
    const f = /<f\b[^>]*?(?:\/>|>([\s\S]*?)<\/f>)/.exec(inner);
    const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
    let value: Cell["value"] = null;
    switch (a.t) {
      case "s":
        value = v === undefined ? null : (shared[Number(v)] ?? null);
        break;
      case "inlineStr":
        value = runsText(/<is>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? "");
        break;
      case "b":
        value = v === undefined ? null : v === "1";
        break;
      case "str":
      case "e":
        value = v === undefined ? null : unescapeXml(v);
        break;
      default:
        value = v === undefined ? null : Number(v);
    }
    const formula = f?.[1] ? `=${unescapeXml(f[1])}` : undefined;
    if (value === null && !formula) continue;
    const { row, col } = parseA1(a.r);
    (rows[row] ??= [])[col] = formula ? { value, formula } : { value };
  }
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return rows;
}

/** The text of a string item: its <t> runs, phonetic guides (<rPh>) left out. */
function runsText(xml: string): string {
  const plain = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  return [...plain.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)].map((t) => unescapeXml(t[1] ?? "")).join("");
}

function attributes(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of source.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)) out[m[1]] = m[2];
  return out;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function unescapeXml(s: string): string {
  return s
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, e: string) => {
      if (e.startsWith("#x")) return String.fromCodePoint(parseInt(e.slice(2), 16));
      if (e.startsWith("#")) return String.fromCodePoint(Number(e.slice(1)));
      return ENTITIES[e] ?? whole;
    });
}
