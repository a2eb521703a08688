import Decimal from "decimal.js";

/**
 * The one Decimal used for every rate and score. Half-up is the rounding of 《数值修约规则》 as reports print it;
 * 40 significant digits keep intermediate quotients exact enough that only the named roundings below matter.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = Decimal;

export const ZERO = new Dec(0);
export const ONE = new Dec(1);

/** Spec §2: a rate is rounded half-up to 0.01% (four places of the fraction) before a band or a product uses it. */
export function roundRate(rate: Decimal): Decimal {
  return rate.toDecimalPlaces(4, Decimal.ROUND_HALF_UP);
}

/** Spec §2: a 三级 score is rounded half-up to 0.01. */
export function roundScore(score: Decimal): Decimal {
  return score.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

export function clamp(value: Decimal, min: Decimal, max: Decimal): Decimal {
  return Decimal.max(min, Decimal.min(max, value));
}

const constants = new Map<string, Decimal>();

/** A decimal constant of the rulebook ("0.15", "2.5"), parsed once: decimals are immutable, so one instance serves all. */
export function constant(text: string): Decimal {
  let d = constants.get(text);
  if (!d) {
    d = new Dec(text);
    constants.set(text, d);
  }
  return d;
}

/** A rounded score as a plain number for JSON or a cell: at most two decimals. */
export function twoPlaces(value: Decimal): number {
  return Number(value.toFixed(2));
}

/** Plain notation without trailing zeros: 2.50 → "2.5", 4502.030 → "4502.03"; never exponent notation. */
export function fmt(value: Decimal): string {
  const fixed = value.toFixed();
  return fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
}

/** A fraction as the report prints a percentage: 0.4175 → "41.75%", 1 → "100%", 0.122 → "12.2%". */
export function pct(rate: Decimal): string {
  return `${fmt(rate.times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP))}%`;
}
