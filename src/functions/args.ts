import { coerce, Dec, parseLenient, type Expect } from "../scoring";
import { invalid } from "./errors";

/** Blank as the scoring core reads it: an omitted argument, an empty cell, or text of spaces only. */
export function isBlank(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "");
}

/**
 * An argument that is not one of the framework's inputs (a score, a count, an achievement) read as the scoring core
 * reads an input of that type, or #VALUE! naming it. `name` is how the message names it: "总分（total）".
 */
export function numberArg(raw: unknown, expect: Expect, name: string): Dec {
  if (isBlank(raw)) throw invalid(`缺少${name}`);
  // A judgment reads 是/否 as full or no points; a score argument has no such meaning, so only figures are accepted.
  if (expect.type === "judgment" && (typeof raw === "boolean" || (typeof raw === "string" && !/[0-9０-９]/.test(raw))))
    throw invalid(`${name}应为分数，收到${shown(raw)}`);
  const read = coerce(raw, expect, name);
  if (!read.ok) throw invalid(read.error);
  return read.value as Dec;
}

/** A rate that may be negative (a 核减率 when 一下 exceeds 一上); positive ones are checked as any rate. */
export function signedRateArg(raw: unknown, name: string): Dec {
  if (typeof raw === "number" && Number.isFinite(raw) && raw < 0) return new Dec(raw);
  if (typeof raw === "string") {
    const parsed = parseLenient(raw);
    if (parsed.ok && parsed.value.isNegative() && !parsed.value.isZero()) return parsed.value;
  }
  return numberArg(raw, { type: "rate" }, name);
}

/** How a message shows a value that is not what it should be (an Excel entity or error value is an object). */
export function shown(raw: unknown): string {
  if (typeof raw === "string") return `文本“${raw}”`;
  if (typeof raw === "boolean") return `逻辑值 ${raw ? "TRUE" : "FALSE"}`;
  if (typeof raw === "number") return String(raw);
  if (Array.isArray(raw)) return "一组值";
  return "无法识别的值";
}

/** A text argument such as an indicator code; a number typed in a cell is read as its text. */
export function textArg(raw: unknown, name: string): string {
  if (isBlank(raw)) throw invalid(`缺少${name}`);
  if (typeof raw === "number" && Number.isFinite(raw)) return String(raw);
  if (typeof raw !== "string") throw invalid(`${name}应为文本，收到${shown(raw)}`);
  return raw.trim();
}
