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

/** The inverse of stableText. (A JSON.parse reviver cannot give undefined: it would delete the key.) */
export function fromStableText(text: string): unknown {
  const revive = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(revive);
    if (typeof v !== "object" || v === null) return v;
    if ("$special" in v) {
      const s = (v as { $special: string }).$special;
      if (s === "undefined") return undefined;
      if (s === "-0") return -0;
      if (s.endsWith("n")) return BigInt(s.slice(0, -1));
      return Number(s);
    }
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, revive(x)]));
  };
  return revive(JSON.parse(text));
}

export function digest(text: string, length = 16): string {
  return createHash("sha256").update(text).digest("hex").slice(0, length);
}
