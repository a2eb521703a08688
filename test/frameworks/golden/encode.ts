import { createHash } from "node:crypto";

/** JSON that keeps what JSON drops (undefined, NaN, ±Infinity, bigint), so any random input has one stable text. */
export function stableText(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === undefined) return { $special: "undefined" };
    if (typeof v === "number" && !Number.isFinite(v)) return { $special: String(v) };
    if (typeof v === "number" && Object.is(v, -0)) return { $special: "-0" };
    if (typeof v === "bigint") return { $special: `${v}n` };
    return v;
  });
}

/** The inverse of stableText for the values the table cases use. */
export function fromStableText(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (typeof v === "object" && v !== null && "$special" in v) {
      const s = (v as { $special: string }).$special;
      if (s === "undefined") return undefined;
      if (s === "-0") return -0;
      if (s.endsWith("n")) return BigInt(s.slice(0, -1));
      return Number(s);
    }
    return v;
  });
}

export function digest(text: string, length = 16): string {
  return createHash("sha256").update(text).digest("hex").slice(0, length);
}
