import fc from "fast-check";
import { type InputDef } from "../../src/scoring";
import { dapeng2024 } from "./frameworks";
import { seedJson } from "./seed";

/** Inputs whose value divides: a valid case keeps them above zero. */
export const DENOMINATORS = [
  "yishang",
  "secondary_projects",
  "indicators_total",
  "procurement_budget",
  "budget_scale",
  "assets_book",
  "assets_total",
  "staff_quota",
  "staff_total",
  "sangong_budget",
  "office_budget",
  "projects_planned",
];

function valueOf(def: InputDef): fc.Arbitrary<unknown> {
  switch (def.type) {
    case "money":
      return fc.integer({ min: 0, max: 5_000_000 }).map((n) => n / 100);
    case "count":
      return fc.nat(60);
    case "rate":
      return fc.oneof(
        fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000),
        fc.double({ min: 0, max: 1, noNaN: true }),
      );
    case "judgment":
      return fc.integer({ min: 0, max: Number(def.max) * 100 }).map((n) => n / 100);
    case "flag":
      return fc.boolean();
    case "enum":
      return fc.constantFrom(...(def.options ?? []));
  }
}

/** Makes random inputs valid: denominators above zero, parts within their wholes. */
export function repair(inputs: Record<string, unknown>): Record<string, unknown> {
  for (const id of DENOMINATORS) if (inputs[id] === 0) inputs[id] = 1;
  // Wholes before parts: adjusted_projects is both a part (of secondary_projects) and a whole.
  for (const def of dapeng2024.inputs) {
    if (def.atMost) inputs[def.id] = Math.min(inputs[def.id] as number, inputs[def.atMost] as number);
  }
  return inputs;
}

export const validInputs: fc.Arbitrary<Record<string, unknown>> = fc
  .record(Object.fromEntries(dapeng2024.inputs.map((d) => [d.id, valueOf(d)])))
  .map((r) => repair({ ...r }));

/** The seed's 效果性 block with random achievements (0 to 100%). */
export const validEffect: fc.Arbitrary<unknown[]> = fc
  .array(
    fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000),
    { minLength: 7, maxLength: 7 },
  )
  .map((achievements) => {
    let k = 0;
    return (seedJson().effect as { items: { achievement: number }[] }[]).map((indicator) => ({
      ...indicator,
      items: indicator.items.map((item) => ({ ...item, achievement: achievements[k++] })),
    }));
  });

/** Any JSON-ish value at all, for inputs that must never crash the scorer. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.integer(),
  fc.string(),
  fc.constantFrom("是", "否", "合规", "96%", "1,234.5万元", "１２", "-0", "1e309", "NaN"),
  fc.array(fc.integer(), { maxLength: 2 }),
  fc.object({ maxDepth: 1 }),
);
