import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadFrameworkText } from "../../src/cli/framework/file";
import { fmt, type Dec } from "../../src/scoring";
import { monitorMonth, statusesText, type LedgerRow, type MonitorResult } from "../../src/scoring/monitor";
import { ROOT } from "../helpers/seed";

/*
 * The second bundled framework checks spending by month: 7 月 40%, 11 月 80%, 12 月 100% (its 2.1.1: 7 月末 and
 * 11 月末 执行率 × 4 points each, capped at 100%; 年末支出进度 7 points less 0.2 per point below 100%, pro rata), and
 * its own statuses: 预警 from 5 points behind (behind: 5%, included), 落后 from 10 (behind: 10%). Its one monthly
 * figure is this year's 三公 spending, scored by 1.1.2 against last year's (0.5 per started point of 变动率 above 0).
 */
const example = loadFrameworkText(readFileSync(join(ROOT, "frameworks", "example-2025.yaml"), "utf8")).framework!;
const inputs = { sangong_last_year: 10 };
const SPENT: Record<number, number> = { 7: 350, 9: 520, 11: 700, 12: 960 };
const SANGONG: Record<number, number> = { 7: 6.5, 9: 8, 11: 9.5, 12: 10.2 };

function ledger(upTo: number): LedgerRow[] {
  return Array.from({ length: 12 }, (_, k) => ({
    month: k + 1,
    values: k + 1 <= upTo && SPENT[k + 1] ? { budget: 1000, spent: SPENT[k + 1], sangong_spent: SANGONG[k + 1] } : {},
  }));
}
const at = (m: number): MonitorResult => monitorMonth(example, { ledger: ledger(m), inputs, month: m });
const statuses = (r: MonitorResult) => r.checkpoints.filter((c) => c.passed).map((c) => c.status?.status);

describe("example-2025: monthly checkpoints and the framework's own statuses", () => {
  it("reads its statuses with their ends: 5 points behind is 预警, 10 is 落后", () => {
    expect(statusesText(example)).toBe(
      "达标：落后序时进度不满 5 个百分点；预警：落后序时进度达到 5 个百分点、不满 10 个百分点；落后：落后序时进度达到 10 个百分点",
    );
  });

  it("July: 35% against 40%, exactly 5 points behind: 预警; 450 to spend by November; 14.5 on target, 6.25 at pace", () => {
    const r = at(7);
    expect(r.issues).toEqual([]);
    expect(statuses(r)).toEqual(["预警"]);
    expect(r.checkpoints[0].lines).toEqual([
      "7 月末支出进度 = 累计支出 350.00 ÷ 预算数 1,000.00 = 35%",
      "7 月末支出进度 35%，序时进度 40%，低于序时进度 5 个百分点：预警（落后序时进度达到 5 个百分点、不满 10 个百分点为预警）",
      "比序时进度少支出 1,000.00 × 40% − 350.00 = 50.00 万元",
      "7 月末预算执行率 = 35% ÷ 40% = 87.5%",
    ]);
    // 1,000 × 80% − 350 = 450.
    expect(r.next?.needed.text).toBe(
      "到 11 月末累计支出应达预算数 1,000.00 万元的 80%，即 800 万元；已支出 350.00 万元，还须支出 1,000.00 × 80% − 350.00 = 450 万元",
    );
    // On target: 87.5% × 4 = 3.5, then 4 and 7: 14.5. At pace (50 a month): 550 by November, 55% ÷ 80% = 68.75% ×
    // 4 = 2.75; 600 by December, 40 points below 100% × 0.2 = 8 > 7: 0. 3.5 + 2.75 + 0 = 6.25.
    expect([fmt(r.execution[0].onTarget.score as Dec), fmt(r.execution[0].atPace.score as Dec)]).toEqual([
      "14.5",
      "6.25",
    ]);
  });

  it("September, between checkpoints: July's status stands, November's target comes next: 280 to spend, 7.54 at pace", () => {
    const r = at(9);
    expect(statuses(r)).toEqual(["预警"]);
    expect([r.next?.checkpoint.id, r.next?.needed.amount.toString()]).toEqual(["m11", "280"]);
    // At pace (520 ÷ 9 a month): 635.56 by November (63.56%, 79.45% × 4 = 3.178); 693.33 by December (69.33%: 30.67
    // points below, 6.134 lost: 0.866). 3.5 + 3.178 + 0.866 = 7.544 → 7.54.
    expect(r.execution[0].atPace.lines).toEqual([
      "按目前进度（1 至 9 月平均每月支出 57.78 万元），预计 2.1.1 预算执行率得 7.54 分（满分 15 分）",
      "11 月末累计支出 520.00 ÷ 9 × 11 = 635.56 万元，支出进度 635.56 ÷ 1,000.00 = 63.56%",
      "12 月末累计支出 520.00 ÷ 9 × 12 = 693.33 万元，支出进度 693.33 ÷ 1,000.00 = 69.33%",
      "第1项：7 月末预算执行率 = 35% ÷ 40% = 87.5%，按 87.5% × 4 分计，得 3.5 分，扣 0.5 分",
      "第2项：11 月末预算执行率 = 63.56% ÷ 80% = 79.45%，按 79.45% × 4 分计，得 3.178 分，扣 0.822 分",
      "第3项：年末支出进度 69.33%，低于 100% 共 30.67 个 1%，每个扣 0.2 分，得 0.866 分，扣 6.134 分",
      "合计 7.544 分，四舍五入保留两位小数为 7.54 分",
    ]);
  });

  it("November: 70% against 80%, 10 points behind: 落后; December: 96% against 100%, 4 behind: 达标; 13.2 in all", () => {
    expect(statuses(at(11))).toEqual(["预警", "落后"]);
    const r = at(12);
    expect(statuses(r)).toEqual(["预警", "落后", "达标"]);
    // 12 月's rate is the rule's own quantity, 年末支出进度 (no 序时进度 divides it).
    expect(r.checkpoints[2].rate?.text).toBe("年末支出进度 96%");
    expect(fmt(r.execution[0].atPace.score as Dec)).toBe("13.2");
  });

  it("its 三公 figure: 预警 while the pace runs above last year's 10 万元; what may still be spent; 落后 once it has", () => {
    const july = at(7).figures[0];
    expect([july.figure.id, july.code, july.status]).toEqual(["sangong_spent", "1.1.2", "预警"]);
    // At pace 6.5 ÷ 7 × 12 = 11.14: 11.4% above last year, 12 started points × 0.5 > 5: 0 points.
    expect(fmt(july.pace?.score as Dec)).toBe("0");
    // The rule keeps 5 points up to a 变动率 of 0: 10 万元; 10 − 6.5 = 3.5 may still be spent.
    expect(july.action).toBe(
      "全年本年度“三公”经费累计支出不超过 10.00 万元仍得 5 分（“三公”经费变动率 =（10 − 10）÷ 10 = 0%，在 0% 以内）：截至 7 月末已支出 6.50 万元，尚可支出 3.50 万元",
    );
    // December: 10.2 is 2% above: 2 points × 0.5 lost, for good.
    const dec = at(12).figures[0];
    expect([dec.status, fmt(dec.best?.score as Dec)]).toEqual(["落后", "4"]);
  });

  it("says when 基础数据's year-end 支出进度 differs from what the sheet gives", () => {
    const r = monitorMonth(example, { ledger: ledger(7), inputs: { ...inputs, progress_m7: 0.38 }, month: 7 });
    expect(r.issues).toEqual([
      {
        severity: "warning",
        input: "progress_m7",
        message: "7 月末累计支出进度填为 38%，运行监控表 7 月算得 35%，请核对",
      },
    ]);
  });
});
