import { twoPlaces, type Dec } from "./decimal";
import { bundledFrameworkIds } from "./frameworks";
import { isRecord, type Case, type EffectIndicatorInput, type Issue, type ScoreResult } from "./types";

/**
 * Reads spec §5's input object; `known` are the framework ids the caller can score with (the bundled ones), or null
 * when a framework was given (it is scored with that one, whatever it names). Structural problems (not an object,
 * an unknown framework, inputs not an object) are errors; the values themselves are left to validation, which names
 * each input. framework_hash is optional (JSON written before it was added has none).
 */
export function parseCase(
  json: unknown,
  known: readonly string[] | null = bundledFrameworkIds(),
): { case?: Case; issues: Issue[] } {
  const issues: Issue[] = [];
  const error = (input: string, message: string) => issues.push({ severity: "error", input, message });
  if (!isRecord(json)) {
    error("case", "输入应为一个 JSON 对象，含 framework、department、year、inputs、effect");
    return { issues };
  }
  const framework = typeof json.framework === "string" ? json.framework : "";
  if (!framework) error("framework", "缺少 framework（指标框架代码，如 dapeng-2024）");
  else if (known && !known.includes(framework))
    error("framework", `未知的指标框架“${framework}”，可用：${[...new Set(known)].join("、")}`);
  const hash = json.framework_hash;
  if (hash !== undefined && (typeof hash !== "string" || !/^[0-9a-f]{64}$/.test(hash)))
    error(
      "framework_hash",
      "framework_hash（指标框架的内容校验码）应为 64 位十六进制文本，如 perf-score framework list 所示",
    );
  if (json.department !== undefined && typeof json.department !== "string")
    error("department", "department（部门名称）应为文本");
  if (json.department === undefined || json.department === "") {
    issues.push({ severity: "warning", input: "department", message: "未填写 department（部门名称）" });
  }
  let year: number | undefined;
  if (json.year !== undefined && json.year !== null) {
    if (typeof json.year === "number" && Number.isInteger(json.year) && json.year >= 1900 && json.year <= 2999)
      year = json.year;
    else error("year", `year（评价年度）应为四位整数年份，收到 ${JSON.stringify(json.year)}`);
  }
  if (!isRecord(json.inputs)) error("inputs", "缺少 inputs（基础数据），应为以输入项代码为键的对象");
  if (json.effect !== undefined && !Array.isArray(json.effect)) error("effect", "effect（效果性个性指标）应为数组");
  if (issues.some((i) => i.severity === "error")) return { issues };
  return {
    case: {
      framework,
      ...(typeof hash === "string" ? { frameworkHash: hash } : {}),
      department: typeof json.department === "string" ? json.department : undefined,
      year,
      inputs: json.inputs as Record<string, unknown>,
      effect: (json.effect ?? []) as EffectIndicatorInput[],
    },
    issues,
  };
}

/** A score as a JSON number with at most two decimals (scores are already rounded to 0.01). */
function scoreNumber(d: Dec | null): number | null {
  return d === null ? null : twoPlaces(d);
}

export interface ExchangeIndicator {
  code: string;
  name: string;
  level: number;
  points: number;
  score: number | null;
  lost: number | null;
  reasons: string[];
}

export interface ExchangeOutput {
  framework: string;
  /** The content hash of the framework scored with (perf-score writes it; the golden corpus predates it). */
  framework_hash?: string;
  department: string;
  year: number | null;
  total: number | null;
  grade: string | null;
  indicators: ExchangeIndicator[];
  issues: Issue[];
}

/** Spec §5's output object. */
export function toExchange(result: ScoreResult, extraIssues: Issue[] = []): ExchangeOutput {
  return {
    framework: result.framework,
    department: result.department,
    year: result.year,
    total: scoreNumber(result.total),
    grade: result.grade,
    indicators: result.indicators.map((r) => ({
      code: r.code,
      name: r.name,
      level: r.level,
      points: twoPlaces(r.points),
      score: scoreNumber(r.score),
      lost: scoreNumber(r.lost),
      reasons: r.reasons,
    })),
    issues: [...extraIssues, ...result.issues],
  };
}
