import { isRecord } from "../types";
import type { Num } from "./doc";
import { decimalOf, PERCENT } from "./numbers";
import { error, type Path, type Problem } from "./problem";
import { entryOf, FORMS, SHAPES, type Shape, type TextForm } from "./shape";

/** Whether a value is a number of the format: a finite number, or a percentage written as text ("15%"). */
function isNum(x: unknown): x is Num {
  return (typeof x === "number" && Number.isFinite(x)) || (typeof x === "string" && PERCENT.test(x.trim()));
}

const FORM_WORDS: Readonly<Record<TextForm, string>> = {
  text: "文本",
  id: "输入项代码（小写英文字母开头，只含小写字母、数字和下划线）",
  code: "指标代码，如 1.2 或 1.2.3（写在引号中）",
  frameworkId: "框架代码（小写字母、数字和连字符，如 dapeng-2024）",
  date: "日期，如 2025-01-01",
};

/** What a shape expects, in words. */
export function expected(shape: Shape): string {
  if ("text" in shape) return FORM_WORDS[shape.text];
  if ("number" in shape)
    return { any: "数字或百分数（如 0.15 或 15%）", positive: "正数", nonnegative: "不小于 0 的数或百分数" }[
      shape.number
    ];
  if ("integer" in shape) return `${shape.integer[0]} 至 ${shape.integer[1]} 的整数`;
  if ("boolean" in shape) return "true 或 false";
  if ("literal" in shape)
    return shape.literal.map((l) => `“${l}”`).join("、") + (shape.literal.length > 1 ? " 之一" : "");
  if ("list" in shape) return "列表";
  if ("ref" in shape) return expected(SHAPES[shape.ref]);
  if ("anyOf" in shape) return shape.anyOf.map(expected).join("，或");
  return "对象（若干“名称: 值”）";
}

function fits(shape: Shape, v: unknown): boolean {
  const out: Problem[] = [];
  check(shape, v, [], out);
  return out.length === 0;
}

function check(shape: Shape, v: unknown, path: Path, out: Problem[]): void {
  const bad = (): void => void out.push(error(path, `应为${expected(shape)}`));
  if ("ref" in shape) return check(SHAPES[shape.ref], v, path, out);
  if ("text" in shape) return typeof v === "string" && FORMS[shape.text].test(v) ? undefined : bad();
  if ("number" in shape) {
    if (!isNum(v)) return bad();
    const d = decimalOf(v);
    if ((shape.number === "positive" && !d.greaterThan(0)) || (shape.number === "nonnegative" && d.isNegative())) bad();
    return;
  }
  if ("integer" in shape) {
    const ok = typeof v === "number" && Number.isInteger(v) && v >= shape.integer[0] && v <= shape.integer[1];
    return ok ? undefined : bad();
  }
  if ("boolean" in shape) return typeof v === "boolean" ? undefined : bad();
  if ("literal" in shape) return typeof v === "string" && shape.literal.includes(v) ? undefined : bad();
  if ("anyOf" in shape) return shape.anyOf.some((s) => fits(s, v)) ? undefined : bad();
  if ("list" in shape) {
    if (!Array.isArray(v)) return bad();
    if (v.length < (shape.min ?? 0)) out.push(error(path, `至少应有 ${shape.min} 项`));
    v.forEach((x, k) => check(shape.list, x, [...path, k], out));
    return;
  }
  if (!isRecord(v)) return bad();
  if ("map" in shape) {
    if (Object.keys(v).length === 0) out.push(error(path, "至少应有一项"));
    for (const [k, x] of Object.entries(v)) check(shape.map, x, [...path, k], out);
    return;
  }
  let fields: { object: Readonly<Record<string, Shape>>; required: readonly string[] };
  if ("kinds" in shape) {
    const kinds = Object.keys(shape.kinds);
    if (typeof v.kind !== "string" || !kinds.includes(v.kind))
      return void out.push(error([...path, "kind"], `应为 ${kinds.map((k) => `“${k}”`).join("、")} 之一`));
    fields = entryOf(shape.kinds, v.kind) as typeof fields;
  } else {
    fields = shape;
  }
  for (const key of fields.required) if (!(key in v)) out.push(error(path, `缺少“${key}”`));
  for (const [key, x] of Object.entries(v)) {
    const field = entryOf(fields.object, key);
    if (field) check(field, x, [...path, key], out);
    else {
      const allowed = Object.keys(fields.object).filter((k) => !(k in v));
      out.push(
        error([...path, key], `不认识的字段“${key}”${allowed.length ? `；此处可用：${allowed.join("、")}` : ""}`),
      );
    }
  }
}

/** Checks a value against the framework file's shape; every problem has its path. */
export function checkShape(value: unknown): Problem[] {
  const out: Problem[] = [];
  check(SHAPES.framework, value, [], out);
  return out;
}
