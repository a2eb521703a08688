import { scanXml, type Attributes } from "./xml";

export type DateKind = "date" | "time" | "datetime";

/** What the reader and the writer need of each cell format (cellXfs): its number format, lock and wrapping. */
export interface CellStyles {
  /** Whether the cell format shows a number as a date or time, by its number format. */
  dateKind(style: number): DateKind | undefined;
  /** Locked (the default): a protected sheet does not let a person change the cell. */
  locked(style: number): boolean;
  wraps(style: number): boolean;
  readonly count: number;
}

// Built-in number formats that are dates or times (ECMA-376 Part 1, 18.8.30; the zh-CN ones 27–36 and 50–58).
const BUILTIN: Record<number, DateKind> = {
  14: "date", 15: "date", 16: "date", 17: "date", 18: "time", 19: "time", 20: "time", 21: "time", 22: "datetime",
  27: "date", 28: "date", 29: "date", 30: "date", 31: "date", 32: "time", 33: "time", 34: "time", 35: "time",
  36: "date", 45: "time", 46: "time", 47: "time", 50: "date", 51: "date", 52: "date", 53: "date", 54: "date",
  55: "time", 56: "time", 57: "date", 58: "date",
}; // prettier-ignore

/** Whether a number format code shows a date or a time: its date and time tokens, outside quotes and brackets. */
export function formatKind(code: string): DateKind | undefined {
  let s = code.split(";")[0];
  const elapsed = /\[(h+|m+|s+)\]/i.test(s);
  s = s
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/general/gi, "")
    .replace(/E[+-]/gi, "");
  const ampm = /AM\/PM|A\/P|上午\/下午/i.test(s);
  const date = /[yd]/i.test(s);
  const time = /[hs]/i.test(s) || ampm || elapsed;
  const month = /m/i.test(s);
  if (date || (month && !time)) return time ? "datetime" : "date";
  return time ? "time" : undefined;
}

const truthy = (v: string | undefined) => v === "1" || v === "true";

interface Xf {
  numFmtId: number;
  locked: boolean;
  wrap: boolean;
}

export function readStyles(xml: string | undefined): CellStyles {
  const formats = new Map<number, string>();
  const xfs: Xf[] = [];
  if (xml) {
    let inCellXfs = false;
    let current: Xf | undefined;
    scanXml(
      xml,
      {
        open(local, a, selfClosing) {
          const attrs = a as Attributes;
          if (local === "numFmt") formats.set(Number(attrs.numFmtId), attrs.formatCode ?? "");
          else if (local === "cellXfs") inCellXfs = !selfClosing;
          else if (local === "xf" && inCellXfs) {
            current = { numFmtId: Number(attrs.numFmtId ?? 0), locked: true, wrap: false };
            xfs.push(current);
            if (selfClosing) current = undefined;
          } else if (local === "protection" && current)
            current.locked = attrs.locked === undefined || truthy(attrs.locked);
          else if (local === "alignment" && current) current.wrap = truthy(attrs.wrapText);
        },
        close(local) {
          if (local === "cellXfs") inCellXfs = false;
          if (local === "xf") current = undefined;
        },
      },
      (local) =>
        local === "numFmt" || local === "xf" || local === "protection" || local === "alignment" || local === "cellXfs",
    );
  }
  const kinds = xfs.map((xf) => {
    const custom = formats.get(xf.numFmtId);
    return custom !== undefined ? formatKind(custom) : BUILTIN[xf.numFmtId];
  });
  return {
    dateKind: (s) => kinds[s],
    locked: (s) => xfs[s]?.locked ?? true,
    wraps: (s) => xfs[s]?.wrap ?? false,
    count: xfs.length,
  };
}

/** An Excel serial date as text: "2024-01-01", "2024-01-01 08:30:00" or "08:30:00" (1900 or 1904 date system). */
export function serialText(serial: number, kind: DateKind, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2_958_465) return undefined;
  let days = Math.floor(serial);
  let seconds = Math.round((serial - days) * 86_400);
  if (seconds === 86_400) {
    days += 1;
    seconds = 0;
  }
  const p = (n: number) => String(n).padStart(2, "0");
  const time = `${p(Math.floor(seconds / 3600))}:${p(Math.floor(seconds / 60) % 60)}:${p(seconds % 60)}`;
  if (kind === "time" && days === 0) return time;
  let day: string;
  if (!date1904 && days === 60) {
    day = "1900-02-29"; // the day Lotus 1-2-3 invented and Excel keeps
  } else {
    const epoch = date1904 ? Date.UTC(1904, 0, 1) : days < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
    if (!date1904 && days === 0) return kind === "date" ? "1900-01-00" : time;
    day = new Date(epoch + days * 86_400_000).toISOString().slice(0, 10);
  }
  return kind === "date" || seconds === 0 ? day : `${day} ${time}`;
}
