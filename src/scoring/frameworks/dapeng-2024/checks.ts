import { Dec, fmt, pct } from "../../decimal";
import type { Check } from "../../framework";
import type { Issue, Values } from "../../types";

const numberOf = (values: Values, id: string): Dec | undefined => {
  const v = values.get(id);
  return typeof v === "object" ? v : undefined;
};

/** 在职人员总数 is 在编 + 编外 by its definition; a mismatch means one of the three was mistyped. */
const staffAddUp: Check = (values, labelOf) => {
  const [onPayroll, outside, total] = ["staff_on_payroll", "staff_outside", "staff_total"].map((id) =>
    numberOf(values, id),
  );
  if (!onPayroll || !outside || !total || onPayroll.plus(outside).equals(total)) return [];
  return [
    {
      severity: "warning",
      input: "staff_total",
      message: `${labelOf("staff_total")}为 ${fmt(total)}，不等于${labelOf("staff_on_payroll")} ${fmt(onPayroll)} 与${labelOf("staff_outside")} ${fmt(outside)} 之和 ${fmt(onPayroll.plus(outside))}`,
    },
  ];
};

/** 支出进度 is cumulative, so it cannot fall from one quarter to the next. */
const progressCumulative: Check = (values, labelOf) => {
  const issues: Issue[] = [];
  const ids = ["progress_q1", "progress_q2", "progress_q3", "progress_q4"];
  for (let k = 1; k < ids.length; k++) {
    const before = numberOf(values, ids[k - 1]);
    const now = numberOf(values, ids[k]);
    if (before && now && now.lessThan(before)) {
      issues.push({
        severity: "warning",
        input: ids[k],
        message: `${labelOf(ids[k])}为 ${pct(now)}，低于${labelOf(ids[k - 1])} ${pct(before)}；支出进度是累计数，应逐季不减`,
      });
    }
  }
  return issues;
};

/** A 一下 above the 一上 is legal but unusual: the 核减率 is negative and scores as 低于 15%. */
const yixiaAboveYishang: Check = (values, labelOf) => {
  const yishang = numberOf(values, "yishang");
  const yixia = numberOf(values, "yixia");
  if (!yishang || !yixia || !yixia.greaterThan(yishang)) return [];
  return [
    {
      severity: "warning",
      input: "yixia",
      message: `${labelOf("yixia")}为 ${fmt(yixia)}，大于${labelOf("yishang")} ${fmt(yishang)}，财政核减率为负，按“低于 15%”计分；请核对是否填反`,
    },
  ];
};

export const CHECKS: readonly Check[] = [staffAddUp, progressCumulative, yixiaAboveYishang];
