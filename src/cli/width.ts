import { eastAsianWidth } from "get-east-asian-width";
import type stringWidthType from "string-width";

/**
 * Text that needs more than a width per character: control and escape characters, combining and other marks,
 * variation selectors, joiners and other format characters, conjoining Hangul jamo, and anything beyond the Basic
 * Multilingual Plane (emoji, rare 汉字). string-width measures those, grapheme cluster by grapheme cluster.
 */
const NEEDS_CLUSTERS = /[\p{Cc}\p{Cf}\p{M}\u1100-\u11ff\ud7b0-\ud7ff\u{10000}-\u{10ffff}]|[\ud800-\udfff]/u;

let clusterWidth: typeof stringWidthType | undefined;

/**
 * Columns text takes in a Chinese terminal. East Asian Wide and Fullwidth characters (汉字, （）、，) take two, and
 * so do the Ambiguous ones (“ ” · × ÷ ≥ — …), which Chinese terminals and fonts draw double; combining marks and
 * escape codes take none. The one measure of the table, the help and the progress bar.
 *
 * Plain text (nearly all of it) is measured a character at a time from the Unicode East Asian Width data
 * (get-east-asian-width); text that needs grapheme clusters goes to string-width (same data, same options), loaded
 * only then, because its Intl.Segmenter costs tens of milliseconds at start-up.
 */
export function displayWidth(text: string): number {
  if (NEEDS_CLUSTERS.test(text)) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first need, see above
    clusterWidth ??= (require("string-width") as { default: typeof stringWidthType }).default;
    return clusterWidth(text, { ambiguousIsNarrow: false });
  }
  let w = 0;
  for (let i = 0; i < text.length; i++) w += eastAsianWidth(text.charCodeAt(i), { ambiguousAsWide: true });
  return w;
}

export function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

export function padStart(text: string, width: number): string {
  return " ".repeat(Math.max(0, width - displayWidth(text))) + text;
}

/** The columns to lay text out in: the terminal's width, or 80 when output is not a terminal. */
export function layoutWidth(columns: number | undefined): number {
  return columns && columns > 0 ? columns : 80;
}

/** Closing punctuation that must not begin a line (避头). */
const NO_LINE_START = new Set([..."，。；、：！？）》」』】〕〉”’%…,.;:!?)]}"]);
/** Opening punctuation that must not end a line (避尾). */
const NO_LINE_END = new Set([..."（《「『【〔〈“‘([{"]);

/**
 * A cell as Excel writes it, with its sheet (基础数据!D50, '某 表'!$D$5), or a formula of one (=基础数据!$D$5): one
 * piece, so that neither a sheet's name nor a formula to copy is broken across lines.
 */
const CELL = /=?(?:'[^'\n]+'|[^\s'!=，。；、：！？（）“”‘’《》]+)!\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?/u;

const TOKEN = new RegExp(`${CELL.source}|[A-Za-z0-9_%.+\\-/\\\\:@#=~]+|[ \\t]+|[\\s\\S]`, "gu");

/**
 * The pieces a line may break between: a cell or a formula of one, a number, a Latin word or a path stays whole, a
 * Chinese character stands alone, and punctuation holds on to its neighbour: a closing mark to the piece before it,
 * an opening mark to the piece after it. Spaces are pieces of their own (a line breaks at them and drops them).
 */
function pieces(text: string): string[] {
  const tokens = text.match(TOKEN) ?? [];
  const out: string[] = [];
  let glueNext = false;
  for (const token of tokens) {
    const space = /^[ \t]+$/.test(token);
    const last = out.length - 1;
    if (!space && last >= 0 && (glueNext || NO_LINE_START.has(token)) && !/^[ \t]+$/.test(out[last]))
      out[last] += token;
    else out.push(token);
    glueNext = !space && NO_LINE_END.has([...token].pop() ?? "");
  }
  return out;
}

/** Cuts a piece wider than a whole line into lines of at most `width` columns, character by character. */
function cut(piece: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const ch of piece) {
    if (line && displayWidth(line + ch) > width) {
      lines.push(line);
      line = "";
    }
    line += ch;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Breaks text into lines of at most `width` columns (display width). Chinese breaks between characters, a number or
 * a Latin word stays whole unless it is wider than a line, closing punctuation never begins a line and opening
 * punctuation never ends one (the pair moves to the next line together). Newlines in the text are kept.
 */
export function wrap(text: string, width: number): string[] {
  const w = Math.max(2, Math.floor(width));
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    let used = 0;
    for (const piece of pieces(paragraph)) {
      const pw = displayWidth(piece);
      if (/^[ \t]+$/.test(piece)) {
        if (used + pw <= w) {
          line += piece;
          used += pw;
        } else if (line.trim()) {
          lines.push(line.trimEnd());
          line = "";
          used = 0;
        }
        continue;
      }
      if (used + pw > w) {
        // The line so far goes out (leading spaces alone are dropped: they would push the piece past the edge).
        if (line.trim()) lines.push(line.trimEnd());
        line = "";
        used = 0;
      }
      if (pw > w) {
        // Wider than a line (a long path): cut, the line before it having been closed above.
        const parts = cut(piece, w - used);
        for (const part of parts.slice(0, -1)) {
          lines.push((line + part).trimEnd());
          line = "";
        }
        line += parts[parts.length - 1];
        used = displayWidth(line);
        continue;
      }
      line += piece;
      used += pw;
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/**
 * Text laid out in `width` columns with a hanging indent: the first line starts with `first` (e.g. "  · "), the rest
 * with as many spaces, so a list item's continuation lines up under its text.
 */
export function hang(text: string, width: number, first = "", rest = " ".repeat(displayWidth(first))): string[] {
  const inner = width - Math.max(displayWidth(first), displayWidth(rest));
  return wrap(text, inner).map((line, i) => `${i === 0 ? first : rest}${line}`.trimEnd());
}

/** Text shortened to at most `width` columns, with … where it was cut (file names in a progress line). */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = "";
  for (const ch of text) {
    if (displayWidth(`${out}${ch}…`) > width) break;
    out += ch;
  }
  return `${out}…`;
}
