import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fmt, parseCase, scoreCase, type Case, type ScoreResult } from "../../src/scoring";
import { dapeng2024 } from "./frameworks";

export const ROOT = join(__dirname, "..", "..");
export const SEED_PATH = join(ROOT, "examples", "dapeng-2024.json");

/** The seed's case (spec §6), read fresh each time so tests can change it freely. */
export function seedJson(): Record<string, unknown> & { inputs: Record<string, unknown>; effect: unknown[] } {
  return JSON.parse(readFileSync(SEED_PATH, "utf8"));
}

export function seedCase(overrides: Record<string, unknown> = {}, effect?: unknown[]): Case {
  const json = seedJson();
  Object.assign(json.inputs, overrides);
  if (effect) json.effect = effect;
  const parsed = parseCase(json);
  if (!parsed.case) throw new Error(JSON.stringify(parsed.issues));
  return parsed.case;
}

export function score(overrides: Record<string, unknown> = {}, effect?: unknown[]): ScoreResult {
  return scoreCase(dapeng2024, seedCase(overrides, effect));
}

export function row(result: ScoreResult, code: string) {
  const found = result.indicators.find((r) => r.code === code);
  if (!found) throw new Error(`no row ${code}`);
  return found;
}

/** The score of one indicator, as text ("4.8"), or "null" when it could not be scored. */
export function scoreOf(code: string, overrides: Record<string, unknown> = {}): string {
  const r = row(score(overrides), code);
  return r.score === null ? "null" : fmt(r.score);
}
