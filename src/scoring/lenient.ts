import { Dec } from "./decimal";

/** What a figure typed as text turned out to be, or why it is not one. */
export type Lenient = { ok: true; value: Dec; percent: boolean; unit: string } | { ok: false };

const FULL_WIDTH: Record<string, string> = { "．": ".", "－": "-", "＋": "+", "％": "%", "，": ",", "\u3000": " " };

/**
 * Reads a number typed as text the way a person meant it: full-width digits, thousands separators, a trailing
 * 亿元 / 万元 / 元 / 个 / 项 / 人 / 分 or %. "35.48%" is 0.3548 with percent set; "4,502.03万元" is 4502.03 with unit 万元.
 */
export function parseLenient(raw: string): Lenient {
  let s = raw.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48));
  s = s.replace(/[．－＋％，\u3000]/g, (c) => FULL_WIDTH[c]).trim();
  const unitMatch = /(亿元|万元|元|个|项|人|分|%)$/.exec(s);
  const unit = unitMatch ? unitMatch[1] : "";
  if (unit) s = s.slice(0, -unit.length).trim();
  // Thousands separators only between digit groups of three, so "1,2" stays an error rather than becoming 12.
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, "");
  s = s.replace(/\s+/g, "");
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s)) return { ok: false };
  const value = new Dec(s);
  return unit === "%"
    ? { ok: true, value: value.div(100), percent: true, unit }
    : { ok: true, value, percent: false, unit };
}
