import { computeQuantity, defaultFramework, labelLookup, scoreClause, scoreSingle, type Wording } from "../scoring";
import { isBlank } from "./args";
import { toNumber, valueOf } from "./errors";

/**
 * Which piece of the framework each function computes, and which of the framework's inputs each argument is. The
 * rules, bands and validation are the scoring core's; this table is only the wiring.
 */
interface Arg {
  input: string;
  /** How messages name the argument, when the input's own label would mislead (经费 of either kind). */
  label?: string;
  /** The value of an optional argument left blank, when the input itself has no default. */
  fallback?: number;
}

interface Binding {
  /** The 三级 indicator. */
  code: string;
  /** A quantity of its rule (a rate) instead of its score. */
  quantity?: string;
  /** One clause of its rule (by label) instead of the whole indicator. */
  clause?: string;
  terms?: Readonly<Record<string, string>>;
  args: Readonly<Record<string, Arg>>;
}

// 三公 and 日常公用 control rates share one formula and CONTROL_BANDS; the 三公 clause stands for both.
const CONTROL: Pick<Binding, "code" | "terms" | "args"> = {
  code: "3.1.1",
  terms: { "“三公”经费控制率": "经费控制率" },
  args: {
    actual: { input: "sangong_actual", label: "经费决算数" },
    budget: { input: "sangong_budget", label: "经费调整预算数" },
    remitted: { input: "sangong_remitted", label: "已上缴结余" },
  },
};

export const BINDINGS = {
  HEXIAN_RATE: {
    code: "1.1.1",
    quantity: "财政核减率",
    args: { yishang: { input: "yishang" }, yixia: { input: "yixia" } },
  },
  CONTROL_RATE: { ...CONTROL, quantity: "“三公”经费控制率" },
  SCORE_EXEC: {
    code: "3.2.1",
    args: {
      q1: { input: "progress_q1" },
      q2: { input: "progress_q2" },
      q3: { input: "progress_q3" },
      q4: { input: "progress_q4" },
    },
  },
  SCORE_PROCUREMENT: {
    code: "2.1.1",
    args: {
      budget: { input: "procurement_budget" },
      actual: { input: "procurement_actual" },
      late_tenders: { input: "late_tenders", fallback: 0 },
      interim_renewals: { input: "interim_renewals", fallback: 0 },
    },
  },
  SCORE_ADJUSTMENT: {
    code: "2.1.2",
    clause: "第2项",
    args: { adjusted_funds: { input: "adjusted_funds" }, budget_scale: { input: "budget_scale" } },
  },
  SCORE_CONTROL: { ...CONTROL, clause: "第1项" },
  SCORE_ASSET_MATCH: {
    code: "2.3.1",
    args: { physical: { input: "assets_physical" }, book: { input: "assets_book" } },
  },
  SCORE_ASSET_USE: { code: "2.3.3", args: { in_use: { input: "assets_in_use" }, total: { input: "assets_total" } } },
  SCORE_PAYROLL: {
    code: "2.4.1",
    args: { on_payroll: { input: "staff_on_payroll" }, quota: { input: "staff_quota" } },
  },
  SCORE_OUTSIDE_STAFF: {
    code: "2.4.2",
    args: { outside: { input: "staff_outside" }, total: { input: "staff_total" } },
  },
  SCORE_QUALITATIVE_SHARE: {
    code: "1.2.2",
    clause: "第3项",
    args: { qualitative: { input: "indicators_qualitative" }, total: { input: "indicators_total" } },
  },
  SCORE_COMPLETION: {
    code: "3.2.3",
    args: { completed: { input: "projects_completed" }, planned: { input: "projects_planned" } },
  },
  SCORE_KEY_TASKS: {
    code: "3.2.2",
    args: { tasks: { input: "key_tasks" }, unfinished: { input: "key_tasks_unfinished" } },
  },
  SCORE_SATISFACTION: { code: "3.4.2", args: { rate: { input: "satisfaction" } } },
} satisfies Record<string, Binding>;

export type BoundId = keyof typeof BINDINGS;

// These functions were written for dapeng-2024's indicators and keep its values.
const framework = defaultFramework();
const labelOf = labelLookup(framework);

/** Calls the scoring core for a bound function: the arguments become the inputs they are bound to. */
export function bound<K extends BoundId>(id: K, args: Record<keyof (typeof BINDINGS)[K]["args"], unknown>): number {
  const binding: Binding = BINDINGS[id];
  const raw: Record<string, unknown> = {};
  const names: Record<string, string> = {};
  for (const [arg, { input, label, fallback }] of Object.entries(binding.args)) {
    const value = (args as Record<string, unknown>)[arg];
    raw[input] = isBlank(value) && fallback !== undefined ? fallback : value;
    names[input] = `${label ?? labelOf(input)}（${arg}）`;
  }
  const wording: Wording = { names, terms: binding.terms };
  if (binding.quantity)
    return toNumber(valueOf(computeQuantity(framework, binding.code, binding.quantity, raw, wording)));
  if (binding.clause) return toNumber(valueOf(scoreClause(framework, binding.code, binding.clause, raw, wording)));
  return toNumber(valueOf(scoreSingle(framework, binding.code, raw, wording)).score);
}
