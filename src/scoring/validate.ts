import { coerce } from "./coerce";
import { Dec, fmt } from "./decimal";
import { commonIndicators, Framework } from "./framework";
import { nameOf } from "./names";
import { nearest } from "./suggest";
import type { InputDef, Issue, Value } from "./types";

export interface ValidatedInputs {
  values: Map<string, Value>;
  issues: Issue[];
  /** Inputs with an error: the indicators that read them cannot be scored. */
  invalid: Set<string>;
}

function isBlank(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "");
}

/** “…为 0，无法计算…”: the error of a ratio whose denominator, the inputs `group` added up, is zero. */
export function zeroDenominator(quantity: string, group: readonly string[], nameOfId: (id: string) => string): Issue {
  const names = group.map(nameOfId);
  const subject = names.length === 1 ? names[0] : `${names.join("与")}之和`;
  return { severity: "error", input: group[0], message: `${subject}为 0，无法计算${quantity}` };
}

const lookups = new WeakMap<Framework, (id: string) => string>();

export function labelLookup(framework: Framework): (id: string) => string {
  let lookup = lookups.get(framework);
  if (!lookup) {
    const labels = new Map(framework.inputs.map((d) => [d.id, d.label]));
    lookup = (id) => labels.get(id) ?? id;
    lookups.set(framework, lookup);
  }
  return lookup;
}

/** Suggests the input an unknown key most likely meant, by id or by its Chinese label. */
export function suggestInput(framework: Framework, key: string): InputDef | undefined {
  const byLabel = framework.inputs.find((d) => d.label === key.trim());
  if (byLabel) return byLabel;
  const id = nearest(
    key,
    framework.inputs.map((d) => d.id),
  );
  return framework.inputs.find((d) => d.id === id);
}

/** How many unknown input keys are named one by one, each with a suggestion. */
export const UNKNOWN_LISTED = 20;

/**
 * Validates the raw inputs of a case against the framework (spec §3): each known input read as its type, ranges,
 * parts not above their wholes, no zero denominator; unknown keys reported with the id they probably meant.
 */
export function validateInputs(framework: Framework, raw: Readonly<Record<string, unknown>>): ValidatedInputs {
  const values = new Map<string, Value>();
  const issues: Issue[] = [];
  const invalid = new Set<string>();
  const defs = new Map(framework.inputs.map((d) => [d.id, d]));
  const error = (def: InputDef, message: string) => {
    issues.push({ severity: "error", input: def.id, message });
    invalid.add(def.id);
  };

  // Unknown keys are listed (with the id they probably meant) up to a bound, then counted: an edit-distance search
  // per key would make a file of millions of stray keys take hours.
  const unknown = Object.keys(raw).filter((key) => !defs.has(key));
  for (const key of unknown.slice(0, UNKNOWN_LISTED)) {
    const guess = suggestInput(framework, key);
    const hint = guess ? `，已忽略；是否应为${nameOf(guess)}？` : "，已忽略";
    issues.push({ severity: "warning", input: key, message: `未知的输入项“${key}”${hint}` });
  }
  if (unknown.length > UNKNOWN_LISTED) {
    issues.push({
      severity: "warning",
      input: "inputs",
      message: `另有 ${unknown.length - UNKNOWN_LISTED} 个未知的输入项，已忽略`,
    });
  }

  for (const def of framework.inputs) {
    const value = raw[def.id];
    if (isBlank(value)) {
      if (def.default !== undefined) {
        const filled = coerce(def.default, def, nameOf(def));
        if (filled.ok) values.set(def.id, filled.value);
        // The framework's default is no value: said, never a silent gap (framework check refuses such a default).
        else error(def, `未填写${nameOf(def)}，指标框架规定的默认值也无效（${filled.error}）：请填写此项`);
        continue;
      }
      // Read only by an alternative that may not apply: scoring says so if the one that applies needs it.
      if (!def.conditional) error(def, `缺少${nameOf(def)}`);
      continue;
    }
    const read = coerce(value, def, nameOf(def));
    if (!read.ok) {
      error(def, read.error);
      continue;
    }
    values.set(def.id, read.value);
    for (const w of read.warnings) issues.push({ severity: "warning", input: def.id, message: w });
  }

  for (const def of framework.inputs) {
    if (!def.atMost) continue;
    const part = values.get(def.id);
    const whole = values.get(def.atMost);
    const wholeDef = defs.get(def.atMost);
    if (typeof part !== "object" || typeof whole !== "object" || !wholeDef) continue;
    if (part.greaterThan(whole)) error(def, `${nameOf(def)}为 ${fmt(part)}，不应大于${nameOf(wholeDef)} ${fmt(whole)}`);
  }

  const seen = new Set<string>();
  for (const indicator of commonIndicators(framework)) {
    // A ratio whose rule rules on a zero denominator (spec §7 R1, R2) scores it instead.
    for (const q of indicator.rule.quantities.filter((x) => !x.zeroRuled)) {
      for (const group of q.denominators) {
        const key = `${q.name}:${group.join("+")}`;
        if (seen.has(key) || group.some((id) => invalid.has(id) || !values.has(id))) continue;
        seen.add(key);
        // Inputs are validated numbers here; money and counts are never negative, so only all-zero sums to zero.
        const total = group.reduce((sum, id) => sum.plus(values.get(id) as Dec), new Dec(0));
        if (!total.isZero()) continue;
        for (const id of group) invalid.add(id);
        issues.push(zeroDenominator(q.name, group, (id) => nameOf(defs.get(id) as InputDef)));
      }
    }
  }

  const labelOf = labelLookup(framework);
  for (const check of framework.checks) issues.push(...check(values, labelOf));
  return { values, issues, invalid };
}
