import { findBand } from "./bands";
import { coerce } from "./coerce";
import { Dec, fmt, pct, roundRate } from "./decimal";
import type { IndicatorDef, IndicatorText, Level2Def, PersonalRules } from "./framework";
import { parseLenient } from "./lenient";
import type { Rule } from "./rules";
import { isRecord, type Issue } from "./types";

/** The tier an achievement falls in (基本达成目标, 部分实现目标, 实现目标程度较低), by the framework's tiers. */
export function achievementLevel(personal: PersonalRules, achievement: Dec): string {
  const band = findBand(personal.levels, achievement);
  if (!band) throw new Error(`internal: achievement ${achievement.toString()} has no level`);
  return band.level;
}

/** One validated sub-item: its points and its achievement as a rate. */
export interface EffectItem {
  name: string;
  points: Dec;
  achievement: Dec;
}

/** score = points × achievement, achievement rounded to 0.01% as every rate is. */
export function achievementRule(personal: PersonalRules, item: EffectItem): Rule {
  const achievement = roundRate(item.achievement);
  const score = item.points.times(achievement);
  const level = achievementLevel(personal, achievement);
  return {
    kind: "achievement",
    points: item.points,
    inputs: [],
    quantities: [],
    bandTables: [{ name: "达成程度", bands: personal.levels, domainMin: "0" }],
    evaluate: () => [
      {
        label: item.name,
        clause: personal.itemClause,
        score,
        max: item.points,
        explain: `达成度 ${pct(achievement)}（${level}），${pct(achievement)} × ${fmt(item.points)} 分 = ${fmt(score)} 分`,
      },
    ],
  };
}

function sumRules(points: Dec, rules: Rule[]): Rule {
  return {
    kind: "sum",
    points,
    inputs: [],
    quantities: [],
    bandTables: rules.flatMap((r) => r.bandTables),
    evaluate: (ctx) => rules.flatMap((r) => r.evaluate(ctx)),
  };
}

function readPoints(raw: unknown): Dec | undefined {
  if (typeof raw === "number" && Number.isFinite(raw)) return new Dec(raw);
  if (typeof raw === "string") {
    const parsed = parseLenient(raw);
    if (parsed.ok && !parsed.percent) return parsed.value;
  }
  return undefined;
}

export interface ValidatedEffect {
  indicators: IndicatorDef[];
  /** Their words for the template: the sub-items with their points, and the qualitative clause. */
  texts: Map<string, IndicatorText>;
  issues: Issue[];
  /** Whether the block can be scored: every item valid and the points total as the framework requires. */
  ok: boolean;
}

/**
 * Validates the department's own 效果性 indicators (spec §1, §4): codes 3.3.x other than the framework's own,
 * names, positive points, achievements from 0 to 100%, and a total that with the fixed ones (项目推广 2) makes 3.3's 25.
 */
export function validateEffect(block: Level2Def, personal: PersonalRules, raw: unknown): ValidatedEffect {
  const issues: Issue[] = [];
  const indicators: IndicatorDef[] = [];
  const texts = new Map<string, IndicatorText>();
  let ok = true;
  const fail = (input: string, message: string) => {
    issues.push({ severity: "error", input, message });
    ok = false;
  };
  const fixedPoints = block.indicators.reduce((a, i) => a.plus(i.points), new Dec(0));
  const ownPoints = new Dec(block.points).minus(fixedPoints);
  if (!Array.isArray(raw) || raw.length === 0) {
    fail(block.code, `缺少本部门的${block.name}个性指标（${block.code}.x），其分值合计应为 ${fmt(ownPoints)} 分`);
    return { indicators, texts, issues, ok };
  }
  const seen = new Set<string>();
  const reserved = new Set(block.indicators.map((i) => i.code));
  const codePattern = new RegExp(`^${block.code.replace(/\./g, "\\.")}\\.[1-9]\\d*$`);
  raw.forEach((entry, n) => {
    const where = `第 ${n + 1} 个${block.name}指标`;
    if (!isRecord(entry)) return fail(block.code, `${where}格式不对，应含 code、name、items`);
    const code = typeof entry.code === "string" ? entry.code.trim() : "";
    const name = typeof entry.name === "string" ? entry.name.trim() : "";
    if (!codePattern.test(code))
      return fail(code || block.code, `${where}的代码“${String(entry.code ?? "")}”应形如 ${block.code}.1`);
    if (reserved.has(code))
      return fail(
        code,
        `${code} 是框架固定指标（${block.indicators.find((i) => i.code === code)?.name}），不能用作个性指标`,
      );
    if (seen.has(code)) return fail(code, `指标代码 ${code} 重复`);
    seen.add(code);
    if (!name) return fail(code, `${code} 缺少指标名称`);
    if (!Array.isArray(entry.items) || entry.items.length === 0)
      return fail(code, `${code} ${name} 没有子项，至少应有一个子项及其分值、达成度`);
    const items: EffectItem[] = [];
    entry.items.forEach((item: unknown, k: number) => {
      const itemWhere = `${code} ${name} 第 ${k + 1} 个子项`;
      if (!isRecord(item)) return fail(code, `${itemWhere}格式不对，应含 name、points、achievement`);
      const itemName = typeof item.name === "string" && item.name.trim() ? item.name.trim() : "";
      if (!itemName) return fail(code, `${itemWhere}缺少名称`);
      const label = `${code}“${itemName}”`;
      const points = readPoints(item.points);
      if (!points || !points.greaterThan(0))
        return fail(code, `${label}的分值应为正数，收到${JSON.stringify(item.points ?? null)}`);
      if (points.decimalPlaces() > 2) return fail(code, `${label}的分值 ${fmt(points)} 最多保留两位小数`);
      if (item.achievement === undefined || item.achievement === null || item.achievement === "") {
        return fail(code, `缺少${label}的达成度（0 至 100% 的具体百分值）`);
      }
      const read = coerce(item.achievement, { type: "rate" }, `${label}的达成度`);
      if (!read.ok) return fail(code, read.error);
      for (const w of read.warnings) issues.push({ severity: "warning", input: code, message: w });
      items.push({ name: itemName, points, achievement: read.value as Dec });
    });
    if (items.length !== entry.items.length) return;
    const total = items.reduce((a, i) => a.plus(i.points), new Dec(0));
    const list = items.map((it, k) => `${k + 1}.${it.name}（${fmt(it.points)}分）；`).join("\n");
    indicators.push({
      code,
      name,
      points: fmt(total),
      rule: sumRules(
        total,
        items.map((item) => achievementRule(personal, item)),
      ),
    });
    texts.set(code, {
      description:
        typeof entry.description === "string"
          ? entry.description
          : personal.description.split("{名称}").join(name.replace(/情况$/, "")),
      criteria: `${list}\n${personal.clause}`,
    });
  });
  if (ok) {
    const total = indicators.reduce((a, i) => a.plus(i.points), new Dec(0));
    if (!total.equals(ownPoints)) {
      const fixed = block.indicators.map((i) => `${i.name} ${i.points} 分`).join("、");
      fail(
        block.code,
        `${block.name}个性指标分值合计为 ${fmt(total)} 分，应为 ${fmt(ownPoints)} 分（加${fixed}，共 ${block.points} 分）`,
      );
    }
  }
  indicators.sort((a, b) => compareCodes(a.code, b.code));
  return { indicators, texts, issues, ok };
}

/** Orders "3.3.10" after "3.3.9". */
export function compareCodes(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
