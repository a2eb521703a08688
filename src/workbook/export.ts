import { Dec, parseLenient, validateInputs, type Case, type Framework, type Value } from "../scoring";

function jsonValue(v: Value): number | boolean | string {
  return Dec.isDecimal(v) ? (v as Dec).toNumber() : (v as boolean | string);
}

function numberOrRaw(raw: unknown): unknown {
  if (typeof raw !== "string") return raw;
  const parsed = parseLenient(raw);
  return parsed.ok ? parsed.value.toNumber() : raw;
}

/**
 * A workbook's case as spec §5's JSON: each input as its type (flags true/false, rates as fractions, text numbers as
 * numbers) where it validates, and as the cell held it where it does not, so nothing is hidden.
 */
export function exportCase(framework: Framework, theCase: Case): Record<string, unknown> {
  const { values } = validateInputs(framework, theCase.inputs);
  const inputs: Record<string, unknown> = {};
  for (const def of framework.inputs) {
    const v = values.get(def.id);
    if (def.id in theCase.inputs) inputs[def.id] = v === undefined ? theCase.inputs[def.id] : jsonValue(v);
  }
  return {
    framework: theCase.framework,
    // Which version of the framework: a bureau's file may share an id with PERF's own (the hash tells them apart).
    ...(framework.id === theCase.framework ? { framework_hash: framework.hash } : {}),
    department: theCase.department ?? "",
    year: theCase.year ?? null,
    inputs,
    effect: theCase.effect.map((e) => ({
      code: e.code,
      name: e.name,
      items: e.items.map((i) => ({
        name: i.name,
        points: numberOrRaw(i.points),
        achievement: numberOrRaw(i.achievement),
      })),
    })),
  };
}
