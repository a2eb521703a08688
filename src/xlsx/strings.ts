import { scanXml, unescapeXstring, XmlScanner } from "./xml";

/**
 * The shared string table, read lazily: one pass finds where each item is, and an item's text is decoded only when a
 * cell that is read uses it. A large data sheet's thousands of strings cost their offsets, not their objects.
 */
export class SharedStrings {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly cache: (string | undefined)[] = [];

  constructor(private readonly xml: string) {
    if (!xml) return;
    let depth = 0;
    scanXml(
      xml,
      {
        open: (local, _a, selfClosing, _start, end) => {
          if (local !== "si") return;
          if (selfClosing) {
            this.starts.push(end);
            this.ends.push(end);
          } else if (depth++ === 0) this.starts.push(end);
        },
        close: (local, start) => {
          if (local === "si" && --depth === 0) this.ends.push(start);
        },
      },
      () => false,
    );
  }

  get count(): number {
    return this.starts.length;
  }

  /** The item's text (its runs, phonetic guides left out); undefined when there is no such item. */
  get(index: number): string | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.starts.length) return undefined;
    const cached = this.cache[index];
    if (cached !== undefined) return cached;
    const text = runsText(`<si>${this.xml.slice(this.starts[index], this.ends[index])}</si>`);
    this.cache[index] = text;
    return text;
  }
}

/** The text of a string item (shared or inline): its <t> runs, without the phonetic guides (<rPh>). */
export function runsText(itemXml: string): string {
  const parts: string[] = [];
  let inPhonetic = 0;
  const scanner: XmlScanner = new XmlScanner(
    {
      open(local, _a, selfClosing) {
        if (local === "rPh" && !selfClosing) inPhonetic++;
        scanner.capture = local === "t" && !selfClosing && inPhonetic === 0;
      },
      close(local) {
        if (local === "rPh") inPhonetic--;
        if (local === "t") scanner.capture = false;
      },
      text(t) {
        parts.push(t);
      },
    },
    () => false,
  );
  scanner.write(itemXml);
  scanner.end();
  return unescapeXstring(parts.join(""));
}
