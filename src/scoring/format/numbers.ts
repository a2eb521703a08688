import { Dec, fmt } from "../decimal";
import type { Num } from "./doc";

export const PERCENT = /^-?\d+(\.\d+)?%$/;
const PLAIN = /^-?\d+(\.\d+)?$/;

/** A number of the format as a decimal: 0.15 and "15%" are both 0.15. */
export function decimalOf(x: Num): Dec {
  if (typeof x === "number") return new Dec(x);
  const s = x.trim();
  if (PERCENT.test(s)) return new Dec(s.slice(0, -1)).div(100);
  if (PLAIN.test(s)) return new Dec(s);
  throw new Error(`internal: ${s} is not a number of the format`);
}

/** The decimal string a rule keeps ("0.15"), never in exponent notation. */
export function decimalText(x: Num): string {
  return fmt(decimalOf(x));
}
