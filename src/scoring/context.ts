import type { Dec } from "./decimal";
import type { Value, Values } from "./types";

/** What a rule may look at while it evaluates: the validated values and how to name an input in Chinese. */
export interface Ctx {
  values: Values;
  labelOf(id: string): string;
}

function get(ctx: Ctx, id: string): Value {
  const value = ctx.values.get(id);
  // Validation guarantees every input a rule reads; reaching this is a bug in the framework data, not bad input.
  if (value === undefined) throw new Error(`internal: input ${id} was not validated`);
  return value;
}

export function num(ctx: Ctx, id: string): Dec {
  const value = get(ctx, id);
  if (typeof value === "boolean" || typeof value === "string") throw new Error(`internal: input ${id} is not a number`);
  return value;
}

export function flag(ctx: Ctx, id: string): boolean {
  const value = get(ctx, id);
  if (typeof value !== "boolean") throw new Error(`internal: input ${id} is not a flag`);
  return value;
}

export function text(ctx: Ctx, id: string): string {
  const value = get(ctx, id);
  if (typeof value !== "string") throw new Error(`internal: input ${id} is not an enumeration`);
  return value;
}
