import type { InputDef } from "./types";

/**
 * How every message names an input: by its Chinese label only. Finance staff read these sentences; the id stays in
 * the issue's `input` field (the JSON output, a details line), and a workbook's message also names the cell.
 */
export function nameOf(def: Pick<InputDef, "id" | "label">): string {
  return def.label;
}
