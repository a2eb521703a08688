/** Columns a character takes in a terminal: two for CJK and full-width forms, one otherwise. */
export function charWidth(code: number): number {
  return (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
    ? 2
    : 1;
}

export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch.codePointAt(0) ?? 0);
  return w;
}

export function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

export function padStart(text: string, width: number): string {
  return " ".repeat(Math.max(0, width - displayWidth(text))) + text;
}

/** Closing punctuation that must not begin a line (避头尾). */
const NO_LINE_START = new Set([..."，。；、：！？）》”’%"]);

/**
 * Breaks text into lines of at most `width` columns. Chinese breaks between any two characters, but a number or a
 * Latin word stays whole, and closing punctuation stays on the line it closes (it may overhang by one character).
 */
export function wrap(text: string, width: number): string[] {
  const tokens = text.match(/[A-Za-z0-9.%_+-]+|\s+|[\s\S]/gu) ?? [];
  const lines: string[] = [];
  let line = "";
  let w = 0;
  for (const token of tokens) {
    const tw = displayWidth(token);
    if (w + tw > width && line && !NO_LINE_START.has(token)) {
      lines.push(line.trimEnd());
      line = "";
      w = 0;
      if (/^\s+$/.test(token)) continue;
    }
    line += token;
    w += tw;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}
