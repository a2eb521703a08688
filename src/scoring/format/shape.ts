/**
 * The shape of a framework file, as data: `checkShape` reads any JSON value against it (the task pane does this to a
 * framework a workbook carries), and scripts/build-frameworks.ts writes frameworks/schema.json from it, so the two
 * never disagree.
 */

/** Kinds of text with a form: an input id, an indicator code, a framework id, a date. */
export type TextForm = "text" | "id" | "code" | "frameworkId" | "date";

export type Shape =
  | { text: TextForm }
  | { number: "any" | "positive" | "nonnegative" }
  | { integer: [number, number] }
  | { boolean: true }
  | { literal: readonly string[] }
  | { list: Shape; min?: number }
  | { map: Shape }
  | { object: Readonly<Record<string, Shape>>; required: readonly string[] }
  | { ref: string }
  | { anyOf: readonly Shape[] }
  /** Objects told apart by their `kind`. */
  | { kinds: Readonly<Record<string, { object: Readonly<Record<string, Shape>>; required: readonly string[] }>> };

/**
 * The entry of a shape's table (its fields, its kinds) named by a key of the file: only the table's own entries, so a
 * file's "valueOf" or "constructor" is an unknown field, not Object.prototype's.
 */
export function entryOf<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

export const FORMS: Readonly<Record<TextForm, RegExp>> = {
  text: /\S/,
  id: /^[a-z][a-z0-9_]*$/,
  code: /^[1-9]\d*(\.[1-9]\d*){0,2}$/,
  frameworkId: /^[a-z0-9][a-z0-9-]*$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
};

const text: Shape = { text: "text" };
const id: Shape = { text: "id" };
const code: Shape = { text: "code" };
const num: Shape = { number: "any" };
const nonneg: Shape = { number: "nonnegative" };
const bool: Shape = { boolean: true };
const obj = (object: Record<string, Shape>, required: string[]) => ({ object, required });
const bounds = { min: num, over: num, max: num, under: num, phrase: text };
// `problem`: the headline a report's 存在问题 gives when this clause loses points (else the indicator's).
const clause = { label: text, clause: text, problem: text };
const rule: Shape = { ref: "rule" };
const quantity: Shape = { ref: "quantity" };
const fixed: Shape = { anyOf: [{ literal: ["zero", "full"] }, nonneg] };
const zeroCase = obj({ points: { anyOf: [{ literal: ["full"] }, nonneg] }, reason: text }, ["points", "reason"]);

/** Named shapes; `framework` is the whole file. */
export const SHAPES: Readonly<Record<string, Shape>> = {
  framework: obj(
    {
      format: { integer: [1, 1] },
      id: { text: "frameworkId" },
      name: text,
      example: bool,
      year: { integer: [2000, 2999] },
      issuer: text,
      source: obj({ title: text, document_number: text, href: text }, ["title"]),
      effective: obj({ from: { text: "date" }, to: { text: "date" } }, ["from", "to"]),
      total: { number: "positive" },
      grades: { list: obj({ grade: text, ...bounds }, ["grade"]), min: 1 },
      inputs: { list: { ref: "input" }, min: 1 },
      checks: { list: { ref: "check" } },
      schedule: obj(
        { basis: { literal: ["quarter", "month"] }, checkpoints: { list: { ref: "checkpoint" }, min: 1 } },
        ["basis", "checkpoints"],
      ),
      monitoring: obj(
        {
          statuses: { list: obj({ status: text, behind: nonneg, over: nonneg }, ["status"]), min: 1 },
          figures: { list: { ref: "figure" } },
        },
        [],
      ),
      groups: { list: { ref: "group" }, min: 1 },
      indicators: { list: { ref: "indicator" }, min: 1 },
    },
    [
      "format",
      "id",
      "name",
      "year",
      "issuer",
      "source",
      "effective",
      "total",
      "grades",
      "inputs",
      "groups",
      "indicators",
    ],
  ),
  input: obj(
    {
      id,
      label: text,
      type: { literal: ["money", "count", "rate", "judgment", "flag", "enum"] },
      indicator: code,
      unit: { literal: ["元", "万元", "亿元"] },
      min: nonneg,
      max: nonneg,
      options: { list: text, min: 2 },
      default: { anyOf: [num, bool, text] },
      at_most: id,
      note: text,
      fact: { anyOf: [text, { map: text }] },
    },
    ["id", "label", "type", "indicator"],
  ),
  check: {
    kinds: {
      sum: obj({ kind: text, parts: { list: id, min: 2 }, equals: id }, ["kind", "parts", "equals"]),
      non_decreasing: obj({ kind: text, inputs: { list: id, min: 2 }, note: text }, ["kind", "inputs", "note"]),
      at_most: obj({ kind: text, input: id, limit: id, note: text }, ["kind", "input", "limit", "note"]),
    },
  },
  checkpoint: obj({ id, name: text, month: { integer: [1, 12] }, target: nonneg, progress: id }, [
    "id",
    "name",
    "month",
    "target",
  ]),
  figure: obj(
    {
      id,
      label: text,
      input: id,
      kind: { literal: ["execution", "control", "deadline"] },
      month: { integer: [1, 12] },
    },
    ["id", "label", "input", "kind"],
  ),
  group: obj(
    {
      code,
      name: text,
      points: { number: "positive" },
      personal: obj(
        {
          clause: text,
          item_clause: text,
          levels: { list: obj({ level: text, ...bounds }, ["level"]), min: 1 },
          description: text,
        },
        ["clause", "item_clause", "levels", "description"],
      ),
    },
    ["code", "name", "points"],
  ),
  indicator: obj(
    {
      code,
      name: text,
      points: { number: "positive" },
      source: text,
      problem: text,
      description: text,
      criteria: text,
      not_scored: { list: obj({ passage: text, note: text }, ["passage", "note"]) },
      rule,
    },
    ["code", "name", "points", "rule"],
  ),
  quantity: obj(
    {
      name: text,
      ratio: text,
      value: id,
      mean: { list: text, min: 2 },
      weighted: { list: obj({ input: id, weight: nonneg }, ["input", "weight"]), min: 2 },
      if_zero: nonneg,
      cap: nonneg,
      deviation_from: num,
    },
    ["name"],
  ),
  zero_denominator: obj({ ruling: text, numerator_zero: zeroCase, numerator_positive: zeroCase }, [
    "ruling",
    "numerator_zero",
    "numerator_positive",
  ]),
  rule: {
    kinds: {
      judgment: obj({ kind: text, ...clause, input: id, points: nonneg }, [
        "kind",
        "label",
        "clause",
        "input",
        "points",
      ]),
      flag: obj({ kind: text, ...clause, input: id, points: nonneg }, ["kind", "label", "clause", "input", "points"]),
      choice: obj({ kind: text, ...clause, input: id, points: nonneg, scores: { map: nonneg } }, [
        "kind",
        "label",
        "clause",
        "input",
        "points",
        "scores",
      ]),
      bands: obj(
        {
          kind: text,
          ...clause,
          quantity,
          points: nonneg,
          bands: { list: obj({ ...bounds, points: nonneg }, ["points"]), min: 1 },
          negative: bool,
          zero_denominator: { ref: "zero_denominator" },
        },
        ["kind", "label", "clause", "quantity", "points", "bands"],
      ),
      proportional: obj(
        {
          kind: text,
          ...clause,
          quantity,
          points: nonneg,
          zero_when: text,
          zero_when_clause: text,
          zero_denominator: { ref: "zero_denominator" },
        },
        ["kind", "label", "clause", "quantity", "points"],
      ),
      per_item: obj({ kind: text, ...clause, count: id, points: nonneg, each: nonneg }, [
        "kind",
        "label",
        "clause",
        "count",
        "points",
        "each",
      ]),
      per_step: obj(
        {
          kind: text,
          ...clause,
          quantity,
          points: nonneg,
          threshold: num,
          direction: { literal: ["above", "below"] },
          step: { number: "positive" },
          each: nonneg,
          counting: { literal: ["pro_rata", "whole", "started"] },
        },
        ["kind", "label", "clause", "quantity", "points", "threshold", "direction", "step", "each", "counting"],
      ),
      sum: obj({ kind: text, parts: { list: rule, min: 1 } }, ["kind", "parts"]),
      condition: obj({ kind: text, ...clause, when: text, then: fixed, otherwise: rule }, [
        "kind",
        "label",
        "clause",
        "when",
        "then",
        "otherwise",
      ]),
      optional: obj({ kind: text, ...clause, applies: id, if_not: fixed, reason: text, rule }, [
        "kind",
        "label",
        "clause",
        "applies",
        "if_not",
        "reason",
        "rule",
      ]),
      either: obj({ kind: text, ...clause, choose: id, options: { map: rule } }, [
        "kind",
        "label",
        "clause",
        "choose",
        "options",
      ]),
    },
  },
};
