import type { Band } from "../bands";
import type { BoundsDoc } from "./doc";
import { decimalText } from "./numbers";

/**
 * A band of the file as the core holds it: min 以上 and max 以下 include their bound, over 超过 and under 低于 exclude
 * it (《民法典》第一千二百五十九条); a side without a bound is open.
 */
export function bandOf(b: BoundsDoc): Band {
  const lower = b.min ?? b.over;
  const upper = b.max ?? b.under;
  return {
    min: lower === undefined ? null : decimalText(lower),
    minInclusive: b.min !== undefined,
    max: upper === undefined ? null : decimalText(upper),
    maxInclusive: b.max !== undefined,
    ...(b.phrase ? { phrase: b.phrase } : {}),
  };
}
