import type { InputDef } from "./types";

/** How every message names an input: its Chinese label, then its id, so both a person and a search find it. */
export function nameOf(def: Pick<InputDef, "id" | "label">): string {
  return `${def.label}（${def.id}）`;
}
