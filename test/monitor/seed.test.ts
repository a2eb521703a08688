import { fmt, pct, type Dec } from "../../src/scoring";
import { monitorMonth, type MonitorResult } from "../../src/scoring/monitor";
import { dapeng2024 } from "../helpers/frameworks";
import { score, row, seedJson } from "../helpers/seed";
import { seedLedger } from "./seed-ledger";

/*
 * The seed's year, month by month, as 运行监控 would have shown it (dapeng-2024 has no `monitoring` section, so the
 * issue's defaults apply: 预警 from anything below 序时进度 to 5 points below, 落后 beyond). Every figure below is
 * worked by hand in the comments; the test holds the core to it and to the sentence it writes.
 *
 * 3.2.1 (附件第 35 页): quarter k's 执行率 = min(100%, 支出进度 ÷ 序时进度 k), worth 1 point each, plus 全年平均执行率 × 2.
 */

const at = (m: number): MonitorResult =>
  monitorMonth(dapeng2024, { ledger: seedLedger(m), inputs: seedJson().inputs, month: m });
const statuses = (r: MonitorResult) => r.checkpoints.filter((c) => c.passed).map((c) => c.status?.status);
const progress = (r: MonitorResult) => r.checkpoints.filter((c) => c.passed).map((c) => pct(c.progress as Dec));
const rates = (r: MonitorResult) => r.checkpoints.filter((c) => c.passed).map((c) => pct(c.rate?.value as Dec));
const projected = (r: MonitorResult) => [
  fmt(r.execution[0].onTarget.score as Dec),
  fmt(r.execution[0].atPace.score as Dec),
];

describe("the seed's 2024, as 运行监控 would have shown it at each quarter's end", () => {
  it("March: 一季度 35.48% against 25%: 达标; 546.47 万元 still to spend by June; 6 points either way", () => {
    const r = at(3);
    expect(r.issues).toEqual([]);
    // 1,335.29 ÷ 3,763.51 = 0.354799… → 35.48%; 25% − 35.48% = −10.48 points: above 序时进度.
    expect(progress(r)).toEqual(["35.48%"]);
    expect(statuses(r)).toEqual(["达标"]);
    expect(r.checkpoints[0].lines).toEqual([
      "一季度（3 月末）支出进度 = 累计支出 1,335.29 ÷ 预算数 3,763.51 = 35.48%",
      "一季度（3 月末）支出进度 35.48%，序时进度 25%，高于序时进度 10.48 个百分点：达标（不低于序时进度为达标）",
      // 35.48% ÷ 25% = 141.92%, counted as 100% (the rule's cap).
      "一季度预算执行率 = 35.48% ÷ 25% = 141.92%，超过 100% 按 100% 计",
    ]);
    // By June: 3,763.51 × 50% = 1,881.755; − 1,335.29 = 546.465, up to the next 0.01 万元: 546.47.
    expect(r.next?.checkpoint.id).toBe("q2");
    expect(r.next?.needed.amount.toString()).toBe("546.47");
    expect(r.next?.needed.text).toBe(
      "到二季度（6 月末）累计支出应达预算数 3,763.51 万元的 50%，即 1,881.755 万元；已支出 1,335.29 万元，还须支出 3,763.51 × 50% − 1,335.29 = 546.465 万元，进到 0.01 万元为 546.47 万元",
    );
    // On target: every quarter 100% → 4 × 1 + 2 × 100% = 6.
    // At pace: 1,335.29 ÷ 3 = 445.10 a month; June 2,670.58 (70.96%), then beyond the budget: 100%, 100% → 6.
    expect(projected(r)).toEqual(["6", "6"]);
    expect(r.execution[0].atPace.lines.slice(0, 3)).toEqual([
      "按目前进度（1 至 3 月平均每月支出 445.10 万元），预计 3.2.1 预算执行率得 6 分（满分 6 分）",
      "二季度（6 月末）累计支出 1,335.29 ÷ 3 × 6 = 2,670.58 万元，支出进度 2,670.58 ÷ 3,763.51 = 70.96%",
      "三季度（9 月末）累计支出 1,335.29 ÷ 3 × 9 = 4,005.87 万元，超过预算数，按预算数 3,763.51 万元计，支出进度 3,763.51 ÷ 3,763.51 = 100%",
    ]);
  });

  it("June: 二季度 59.88% against 50%: 达标; 569.05 万元 still to spend by September; 6 points either way", () => {
    const r = at(6);
    expect(r.issues).toEqual([]);
    // 2,253.59 ÷ 3,763.51 = 0.598800… → 59.88%: 9.88 points above 50%.
    expect(progress(r)).toEqual(["35.48%", "59.88%"]);
    expect(statuses(r)).toEqual(["达标", "达标"]);
    // 59.88% ÷ 50% = 119.76% → 100% (the report's “二季度 100%”).
    expect(rates(r)).toEqual(["100%", "100%"]);
    // By September: 3,763.51 × 75% = 2,822.6325; − 2,253.59 = 569.0425 → 569.05.
    expect(r.next?.needed.amount.toString()).toBe("569.05");
    // At pace: 2,253.59 ÷ 6 × 9 = 3,380.385 → 3,380.39 (89.82%: 执行率 100%); December beyond the budget: 100%.
    expect(r.execution[0].atPace.lines[1]).toBe(
      "三季度（9 月末）累计支出 2,253.59 ÷ 6 × 9 = 3,380.39 万元，支出进度 3,380.39 ÷ 3,763.51 = 89.82%",
    );
    expect(projected(r)).toEqual(["6", "6"]);
  });

  it("September: 三季度 64.77% against 75%: 落后 by 10.23 points; 1,325.88 万元 to spend by December; 5.80 or 5.59", () => {
    const r = at(9);
    expect(r.issues).toEqual([]);
    expect(statuses(r)).toEqual(["达标", "达标", "落后"]);
    const q3 = r.checkpoints[2];
    // 75% − 64.77% = 10.23 points behind: beyond 5, so 落后; 3,763.51 × 75% − 2,437.63 = 385.0025 → 385.00 short.
    expect(q3.lines).toEqual([
      "三季度（9 月末）支出进度 = 累计支出 2,437.63 ÷ 预算数 3,763.51 = 64.77%",
      "三季度（9 月末）支出进度 64.77%，序时进度 75%，低于序时进度 10.23 个百分点：落后（落后序时进度超过 5 个百分点为落后）",
      "比序时进度少支出 3,763.51 × 75% − 2,437.63 = 385.00 万元",
      "三季度预算执行率 = 64.77% ÷ 75% = 86.36%",
    ]);
    expect(q3.shortfall?.toFixed(2)).toBe("385.00");
    // By December: 3,763.51 × 100% − 2,437.63 = 1,325.88.
    expect(r.next?.needed.amount.toString()).toBe("1325.88");
    // On target (四季度 100%): 1 + 1 + 0.8636 + 1 = 3.8636; mean (100 + 100 + 86.36 + 100) ÷ 4 = 96.59% × 2 = 1.9318;
    // 5.7954 → 5.80.
    // At pace: 2,437.63 ÷ 9 × 12 = 3,250.1733… → 3,250.17, 86.36% (执行率 86.36%): 1 + 1 + 0.8636 + 0.8636 = 3.7272;
    // mean 93.18% × 2 = 1.8636; 5.5908 → 5.59.
    expect(projected(r)).toEqual(["5.8", "5.59"]);
    expect(r.execution[0].onTarget.lines).toEqual([
      "此后各检查点均达到序时进度，预计 3.2.1 预算执行率得 5.8 分（满分 6 分）",
      "四季度（12 月末）支出进度按序时进度 100% 计",
      "第3项：三季度预算执行率 = 64.77% ÷ 75% = 86.36%，按 86.36% × 1 分计，得 0.8636 分，扣 0.1364 分",
      "第5项：全年平均执行率 =（100% + 100% + 86.36% + 100%）÷ 4 = 96.59%，按 96.59% × 2 分计，得 1.9318 分，扣 0.0682 分",
      "合计 5.7954 分，四舍五入保留两位小数为 5.8 分",
    ]);
    expect(r.execution[0].atPace.lines.slice(0, 2)).toEqual([
      "按目前进度（1 至 9 月平均每月支出 270.85 万元），预计 3.2.1 预算执行率得 5.59 分（满分 6 分）",
      "四季度（12 月末）累计支出 2,437.63 ÷ 9 × 12 = 3,250.17 万元，支出进度 3,250.17 ÷ 3,763.51 = 86.36%",
    ]);
  });

  it("December: 四季度 79.14% against 100%: 落后; no checkpoint left; 5.48, the year-end score of 3.2.1", () => {
    const r = at(12);
    expect(r.issues).toEqual([]);
    expect(progress(r)).toEqual(["35.48%", "59.88%", "64.77%", "79.14%"]);
    expect(statuses(r)).toEqual(["达标", "达标", "落后", "落后"]);
    // The report's own 执行率: 100%, 100%, 86.36%, 79.14%.
    expect(rates(r)).toEqual(["100%", "100%", "86.36%", "79.14%"]);
    expect(r.checkpoints[3].lines[1]).toBe(
      "四季度（12 月末）支出进度 79.14%，序时进度 100%，低于序时进度 20.86 个百分点：落后（落后序时进度超过 5 个百分点为落后）",
    );
    expect(r.next).toBeUndefined();
    // Nothing is left to project: both are 1 + 1 + 0.8636 + 0.7914 + 2 × 91.38% = 5.4826 → 5.48, the seed's score.
    expect(projected(r)).toEqual(["5.48", "5.48"]);
    expect(fmt(row(score(), "3.2.1").score as Dec)).toBe("5.48");
  });
});

describe("the seed's other monthly figures (3.1.1 and 2.1.1)", () => {
  // 三公 1.33 of 1.47 and 日常公用 38.69 of 50.01 at year end (the report's 90.48% and 77.36%); 政府采购 680.11 of
  // 913.96 (74.41%); one new 集中采购 project still not tendered at the end of March.
  const extra = {
    3: { sangong_spent: 0.3, office_spent: 9.1, procurement_spent: 120.5, tenders_open: 1 },
    6: { sangong_spent: 0.62, office_spent: 18.9, procurement_spent: 301.2, tenders_open: 0 },
    9: { sangong_spent: 1.02, office_spent: 28.7, procurement_spent: 512.35, tenders_open: 0 },
    12: { sangong_spent: 1.33, office_spent: 38.69, procurement_spent: 680.11, tenders_open: 0 },
  };
  const figures = (m: number) =>
    monitorMonth(dapeng2024, { ledger: seedLedger(m, extra), inputs: seedJson().inputs, month: m }).figures;
  const byId = (m: number) => Object.fromEntries(figures(m).map((f) => [f.figure.id, f]));

  it("三公: 达标 in June (1.24 a year at pace, 84.35%), 预警 in September (1.36, 92.52%), 落后 in December (90.48%)", () => {
    expect(byId(6).sangong_spent.status).toBe("达标");
    const sep = byId(9).sangong_spent;
    expect(sep.status).toBe("预警");
    // Best (nothing more spent): 1.02 ÷ 1.47 = 69.39% → 3; at pace 1.02 ÷ 9 × 12 = 1.36, 92.52% → 2.
    expect([fmt(sep.best?.score as Dec), fmt(sep.pace?.score as Dec)]).toEqual(["3", "2"]);
    // The most the year may spend and keep 3 points: under 90% of 1.47 = 1.323, so 1.32 (89.8%); 1.32 − 1.02 = 0.30.
    expect(sep.action).toBe(
      "全年“三公”经费累计支出不超过 1.32 万元仍得 3 分（“三公”经费控制率 = 1.32 ÷（1.47 + 0）= 89.8%，在“0%（含）至 90%”档）：截至 9 月末已支出 1.02 万元，尚可支出 0.30 万元",
    );
    const dec = byId(12).sangong_spent;
    // 1.33 ÷ 1.47 = 90.48%: in the 90%–100% band, 2 of 3 points: the seed's own loss on 3.1.1.
    expect([dec.status, fmt(dec.best?.score as Dec)]).toEqual(["落后", "2"]);
    expect(byId(12).office_spent.status).toBe("达标");
  });

  it("政府采购: 预警 while the pace falls short of the plan; what must still be executed", () => {
    const jun = byId(6).procurement_spent;
    // At pace 301.2 ÷ 6 × 12 = 602.40 of 913.96: 65.91% × 1 point.
    expect([jun.status, fmt(jun.pace?.score as Dec)]).toEqual(["预警", "0.6591"]);
    expect(jun.action).toBe(
      "到年末政府采购累计执行金额应达计划 913.96 万元：已执行 301.20 万元，还须执行 913.96 − 301.20 = 612.76 万元",
    );
    // December: 680.11 ÷ 913.96 = 74.41% → 0.7441, which 2.1.1 rounds with its other parts to the seed's 2.74.
    expect(fmt(byId(12).procurement_spent.best?.score as Dec)).toBe("0.7441");
  });

  it("招标: one project still open at the end of March is final (“在 4 月前未能完成”): 0.2 lost from then on", () => {
    const before = monitorMonth(dapeng2024, {
      ledger: seedLedger(2, {}).map((r) =>
        r.month === 2 ? { month: 2, values: { budget: 3763.51, spent: 800, tenders_open: 1 } } : r,
      ),
      inputs: seedJson().inputs,
      month: 2,
    }).figures.find((f) => f.figure.id === "tenders_open");
    expect([before?.status, before?.action]).toEqual([
      "预警",
      "须在 3 月末前完成这 1 个项目，否则按 2.1.1 政府采购执行情况第2项扣分",
    ]);
    for (const m of [3, 6, 12]) {
      const f = byId(m).tenders_open;
      expect([m, f.status, fmt(f.soFar as Dec), fmt(f.best?.score as Dec)]).toEqual([m, "落后", "1", "0.8"]);
    }
  });
});
