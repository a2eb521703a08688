import { readFileSync } from "node:fs";
import { join } from "node:path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const { keptIn, trimDecimal } = require("../../../scripts/trim-decimal.js") as {
  keptIn(decimalTs: string): { methods: string[]; statics: string[] };
  trimDecimal(
    source: string,
    keep: { methods: string[]; statics: string[] },
  ): { source: string; removed: { methods: string[]; statics: string[]; functions: string[] } };
};

const ROOT = join(__dirname, "..", "..", "..");

/** decimal.mjs as webpack's loader gives it to the browser bundles, and what it left out. */
export function trimmedSource(): ReturnType<typeof trimDecimal> {
  const original = readFileSync(join(ROOT, "node_modules", "decimal.js", "decimal.mjs"), "utf8");
  return trimDecimal(original, keptIn(readFileSync(join(ROOT, "src", "scoring", "decimal.ts"), "utf8")));
}

/** The trimmed decimal.js, evaluated: its two exports made CommonJS (the only change to the loader's output). */
export function loadTrimmed(): unknown {
  const { source } = trimmedSource();
  const named = "export var Decimal = ";
  const fallback = "export default Decimal;";
  if (!source.includes(named) || !source.includes(fallback)) throw new Error("decimal.mjs's exports changed");
  const script = source.replace(named, "var Decimal = ").replace(fallback, "module.exports = Decimal;");
  const module = { exports: {} as unknown };
  new Function("module", script)(module);
  return module.exports;
}
