import type { Band } from "../bands";
import type { BoundsDoc, Num } from "./doc";

/**
 * A band of the file as the core holds it: min 以上 and max 以下 include their bound, over 超过 and under 低于 exclude
 * it (《民法典》第一千二百五十九条); a side without a bound is open. `text` reads a bound: numbers.ts's decimalText
 * for a file as written ("15%"); the default for a file parse.ts prepared, whose numbers are decimal text already.
 */
export function bandOf(b: BoundsDoc, text: (x: Num) => string = String): Band {
  const lower = b.min ?? b.over;
  const upper = b.max ?? b.under;
  return {
    min: lower === undefined ? null : text(lower),
    minInclusive: b.min !== undefined,
    max: upper === undefined ? null : text(upper),
    maxInclusive: b.max !== undefined,
    ...(b.phrase ? { phrase: b.phrase } : {}),
  };
}
