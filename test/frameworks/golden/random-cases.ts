import fc from "fast-check";
import { anyValue, validEffect, validInputs } from "../../helpers/arbitrary";

/**
 * The golden corpus's random cases: valid ones, and ones with a few inputs spoiled (garbage, a zero denominator,
 * a missing value, a broken 效果性 block), drawn with a fixed seed so that every run draws the same cases.
 */
export const RANDOM_SEED = 20261129;
export const VALID_RUNS = 2000;
export const SPOILED_RUNS = 1000;

/** Inputs that divide, with the inputs they are added to (已上缴结余): zero them all and the ratio has no denominator. */
const ZEROABLE: string[][] = [
  ["procurement_budget"],
  ["sangong_budget", "sangong_remitted"],
  ["office_budget", "office_remitted"],
  ["yishang"],
  ["secondary_projects", "adjusted_projects", "projects_adjusted_40pct"],
  ["project_targets_required", "project_targets_approved"],
  ["indicators_total", "indicators_qualitative"],
  ["budget_scale"],
  ["assets_book"],
  ["assets_total", "assets_in_use"],
  ["staff_quota"],
  ["staff_total", "staff_outside"],
  ["key_tasks", "key_tasks_unfinished"],
  ["projects_planned", "projects_completed"],
];

type Spoil =
  | { kind: "garbage"; index: number; value: unknown }
  | { kind: "zero"; group: number; actualZero: boolean }
  | { kind: "missing"; index: number };

const spoil: fc.Arbitrary<Spoil> = fc.oneof(
  fc.record({ kind: fc.constant("garbage" as const), index: fc.nat(200), value: anyValue }),
  fc.record({ kind: fc.constant("zero" as const), group: fc.nat(ZEROABLE.length - 1), actualZero: fc.boolean() }),
  fc.record({ kind: fc.constant("missing" as const), index: fc.nat(200) }),
);

function apply(inputs: Record<string, unknown>, spoils: Spoil[]): Record<string, unknown> {
  const ids = Object.keys(inputs);
  for (const s of spoils) {
    if (s.kind === "garbage") inputs[ids[s.index % ids.length]] = s.value;
    else if (s.kind === "missing") delete inputs[ids[s.index % ids.length]];
    else {
      for (const id of ZEROABLE[s.group]) inputs[id] = 0;
      // R1/R2 need both readings: nothing spent, and something spent without a budget.
      const actual = { 0: "procurement_actual", 1: "sangong_actual", 2: "office_actual" }[s.group];
      if (actual) inputs[actual] = s.actualZero ? 0 : 12.5;
    }
  }
  return inputs;
}

const brokenEffect: fc.Arbitrary<unknown[]> = fc.oneof(
  validEffect.map((e) => e.slice(1)),
  validEffect.map((e) => [
    ...e,
    { code: "3.3.9", name: "多出的指标", items: [{ name: "子项", points: 1, achievement: 1 }] },
  ]),
  fc.array(anyValue, { maxLength: 3 }),
);

export interface RandomCase {
  inputs: Record<string, unknown>;
  effect: unknown[];
}

/** The same list of cases on every call. */
export function randomCases(): RandomCase[] {
  const valid = fc.sample(fc.tuple(validInputs, validEffect), { seed: RANDOM_SEED, numRuns: VALID_RUNS });
  const spoiled = fc.sample(
    fc.tuple(validInputs, validEffect, fc.array(spoil, { minLength: 1, maxLength: 3 }), fc.nat(9), brokenEffect),
    { seed: RANDOM_SEED + 1, numRuns: SPOILED_RUNS },
  );
  return [
    ...valid.map(([inputs, effect]) => ({ inputs, effect })),
    ...spoiled.map(([inputs, effect, spoils, dice, broken]) => ({
      inputs: apply(inputs, spoils),
      effect: dice === 0 ? broken : effect,
    })),
  ];
}
