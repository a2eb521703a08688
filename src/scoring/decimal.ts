import Decimal from "decimal.js";

/**
 * The decimal.js methods PERF calls, and nothing else: the browser bundles keep only these of decimal.js and what they
 * reach (scripts/trim-decimal.js reads this list), so `Dec` below offers no other. Calling another method means
 * adding it here.
 */
export const DECIMAL_METHODS = [
  "abs",
  "ceil",
  "comparedTo",
  "decimalPlaces",
  "div",
  "equals",
  "floor",
  "greaterThan",
  "greaterThanOrEqualTo",
  "isFinite",
  "isInteger",
  "isNegative",
  "isZero",
  "lessThan",
  "lessThanOrEqualTo",
  "minus",
  "plus",
  "times",
  "toDecimalPlaces",
  "toFixed",
  "toJSON",
  "toNumber",
  "toSignificantDigits",
  "toString",
  "valueOf",
] as const;

/** The constructor's own functions PERF calls (clone makes Dec, below). */
export const DECIMAL_STATICS = ["clone", "isDecimal", "max", "min"] as const;

// bigint as decimal.js takes it, so that a Decimal is a Dec.
type DecValue = string | number | bigint | Dec;
type Rounding = Decimal.Rounding;

/** A decimal.js Decimal as PERF uses it: the methods of DECIMAL_METHODS. */
export interface Dec {
  abs(): Dec;
  ceil(): Dec;
  comparedTo(n: DecValue): number;
  decimalPlaces(): number;
  div(n: DecValue): Dec;
  equals(n: DecValue): boolean;
  floor(): Dec;
  greaterThan(n: DecValue): boolean;
  greaterThanOrEqualTo(n: DecValue): boolean;
  isFinite(): boolean;
  isInteger(): boolean;
  isNegative(): boolean;
  isZero(): boolean;
  lessThan(n: DecValue): boolean;
  lessThanOrEqualTo(n: DecValue): boolean;
  minus(n: DecValue): Dec;
  plus(n: DecValue): Dec;
  times(n: DecValue): Dec;
  toDecimalPlaces(places?: number, rounding?: Rounding): Dec;
  toFixed(places?: number, rounding?: Rounding): string;
  toJSON(): string;
  toNumber(): number;
  toSignificantDigits(digits?: number, rounding?: Rounding): Dec;
  toString(): string;
  valueOf(): string;
}

/** TypeScript stops here when Dec and DECIMAL_METHODS disagree. */
export type DecimalMethodsListed = Same<keyof Dec, (typeof DECIMAL_METHODS)[number]>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const listed: DecimalMethodsListed = true;
void listed;

interface DecConstructor {
  new (value: DecValue): Dec;
  isDecimal(value: unknown): value is Dec;
  max(...values: DecValue[]): Dec;
  min(...values: DecValue[]): Dec;
}

/**
 * The one Decimal used for every rate and score. Half-up is the rounding of 《数值修约规则》 as reports print it;
 * 40 significant digits keep intermediate quotients exact enough that only the named roundings below matter.
 */
// (A Dec is a Decimal at run time; the cast only narrows what TypeScript lets PERF call.)
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP }) as unknown as DecConstructor;

export const ZERO = new Dec(0);
export const ONE = new Dec(1);

/** Spec §2: a rate is rounded half-up to 0.01% (four places of the fraction) before a band or a product uses it. */
export function roundRate(rate: Dec): Dec {
  return rate.toDecimalPlaces(4, Decimal.ROUND_HALF_UP);
}

/** Spec §2: a 三级 score is rounded half-up to 0.01. */
export function roundScore(score: Dec): Dec {
  return score.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

export function clamp(value: Dec, min: Dec, max: Dec): Dec {
  // decimal.js's own max and min (of the unconfigured Decimal), as ever: a Dec is a Decimal.
  return Decimal.max(min as Decimal, Decimal.min(max as Decimal, value as Decimal));
}

const constants = new Map<string, Dec>();

/** A decimal constant of the rulebook ("0.15", "2.5"), parsed once: decimals are immutable, so one instance serves all. */
export function constant(text: string): Dec {
  let d = constants.get(text);
  if (!d) {
    d = new Dec(text);
    constants.set(text, d);
  }
  return d;
}

/** A rounded score as a plain number for JSON or a cell: at most two decimals. */
export function twoPlaces(value: Dec): number {
  return Number(value.toFixed(2));
}

/** Plain notation without trailing zeros: 2.50 → "2.5", 4502.030 → "4502.03"; never exponent notation. */
export function fmt(value: Dec): string {
  const fixed = value.toFixed();
  return fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
}

/** A fraction as the report prints a percentage: 0.4175 → "41.75%", 1 → "100%", 0.122 → "12.2%". */
export function pct(rate: Dec): string {
  return `${fmt(rate.times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP))}%`;
}
