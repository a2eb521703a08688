import { monitorMonth, monthKey, readLedger, type LedgerRow } from "../../src/scoring/monitor";
import { dapeng2024 } from "../helpers/frameworks";
import { seedJson } from "../helpers/seed";
import { seedLedger } from "./seed-ledger";

/*
 * Bad figures in the 运行监控 sheet: each is an issue whose `input` names its cell (the figure's cell name, spent_m7,
 * which the template gives the cell; or a 月份 cell's key), in Chinese, and nothing is computed from it: never a 0.
 */

/** 基础数据 without the quarters' 支出进度 (those are compared with the sheet's; see the seed test). */
function seedInputs(): Record<string, unknown> {
  const inputs = seedJson().inputs;
  for (const q of ["progress_q1", "progress_q2", "progress_q3", "progress_q4"]) delete inputs[q];
  return inputs;
}
/** March and June as a department that is on time fills them, and the months given. */
const rows = (values: Record<number, Record<string, unknown>>, base = true): LedgerRow[] =>
  Array.from({ length: 12 }, (_, k) => ({
    month: k + 1,
    values:
      values[k + 1] ??
      (base && k + 1 === 3 ? { budget: 3000, spent: 900 } : base && k + 1 === 6 ? { budget: 3000, spent: 1600 } : {}),
  }));
const monitor = (ledger: LedgerRow[], month: number, inputs: Record<string, unknown> = seedInputs()) =>
  monitorMonth(dapeng2024, { ledger, inputs, month });
const errors = (ledger: LedgerRow[], month = 7) =>
  monitor(ledger, month)
    .issues.filter((i) => i.severity === "error")
    .map((i) => [i.input, i.message]);

describe("bad figures in the 运行监控 sheet", () => {
  it("spending above the month's budget", () => {
    expect(errors(rows({ 7: { budget: 3000, spent: 3100.5 } }))).toEqual([
      ["spent_m7", "7 月累计支出 3,100.50 万元大于当月预算数 3,000.00 万元：累计支出不能超过预算数，请核对"],
    ]);
    // Nothing is projected from it.
    const r = monitor(rows({ 7: { budget: 3000, spent: 3100.5 } }), 7);
    expect(r.next).toBeUndefined();
    expect(r.execution[0].atPace.score).toBeNull();
  });

  it("cumulative spending that falls: this month's own spending where the total to date belongs", () => {
    expect(errors(rows({ 6: { budget: 3000, spent: 1800 }, 7: { budget: 3000, spent: 260 } }))).toEqual([
      [
        "spent_m7",
        "7 月累计支出 260.00 万元少于 6 月的 1,800.00 万元：应填年初至当月末的累计数，请核对是否填成了当月数",
      ],
    ]);
    // A budget may fall (调减): no issue.
    expect(errors(rows({ 6: { budget: 3000, spent: 1500 }, 7: { budget: 2800, spent: 1600 } }))).toEqual([]);
    // So may a count of projects still open.
    expect(
      errors(
        rows({ 1: { budget: 3000, spent: 100, tenders_open: 3 }, 2: { budget: 3000, spent: 300, tenders_open: 1 } }),
        2,
      ),
    ).toEqual([]);
  });

  it("months out of order, twice, missing or not months at all, named by their row", () => {
    const swapped = rows({ 6: { budget: 3000, spent: 1500 }, 7: { budget: 3000, spent: 1700 } });
    [swapped[5], swapped[6]] = [swapped[6], swapped[5]];
    expect(readLedger(dapeng2024, swapped).issues.map((i) => [i.input, i.message])).toEqual([
      [monthKey(6), "6 月排在 7 月之后：月份应从上到下逐月排列"],
    ]);
    const twice = rows({ 7: { budget: 3000, spent: 1700 } });
    twice[7] = { month: "7月", values: { spent: 1800 } };
    expect(readLedger(dapeng2024, twice).issues.map((i) => [i.input, i.message])).toEqual([
      [monthKey(7), "7 月出现了两次：每个月只填一行"],
    ]);
    const odd: LedgerRow[] = [
      { month: "七月", values: {} },
      { month: 13, values: {} },
      { month: null, values: { spent: 12 } },
      { month: " 4 月 ", values: { budget: 10 } },
    ];
    expect(readLedger(dapeng2024, odd).issues.map((i) => [i.input, i.message])).toEqual([
      [monthKey(0), "月份应为 1 至 12 月，这里是“七月”"],
      [monthKey(1), "月份应为 1 至 12 月，这里是13"],
      [monthKey(2), "这一行填了累计支出，却没有月份：请填 1 至 12 月"],
    ]);
  });

  it("figures that are not amounts: text, 元, negative; text that reads as a number is read, with a warning", () => {
    const r = monitor(rows({ 7: { budget: "3,000", spent: "1700元" }, 6: { budget: 3000, spent: -5 } }), 7);
    // (June's error also keeps 二季度 from its status: reported once, where it is.)
    expect(r.issues.map((i) => [i.severity, i.input, i.message])).toEqual([
      ["error", "spent_m6", "6 月累计支出不能为负数：-5"],
      ["warning", "budget_m7", "7 月预算数以文本形式填写（“3,000”），已按 3000 读取"],
      ["error", "spent_m7", "7 月累计支出以万元为单位，收到以元为单位的文本“1700元”"],
    ]);
  });

  it("a blank month that is needed is an error naming its cell, never a 0", () => {
    // July asked, July's spending left blank.
    expect(errors(rows({ 7: { budget: 3000 } }))).toEqual([
      ["spent_m7", "7 月累计支出未填写：计算还须支出的金额和目前进度需要当月的预算数和累计支出"],
    ]);
    // A passed checkpoint's month left blank (March), the others filled.
    const r = monitor(rows({ 3: {}, 7: { budget: 3000, spent: 1800 } }), 7);
    expect(r.issues.map((i) => [i.input, i.message])).toEqual([
      ["budget_m3", "3 月预算数未填写：一季度检查点的支出进度需要当月的预算数和累计支出"],
      ["spent_m3", "3 月累计支出未填写：一季度检查点的支出进度需要当月的预算数和累计支出"],
    ]);
    expect(r.checkpoints[0].status).toBeUndefined();
    expect(r.execution[0].onTarget).toEqual({
      score: null,
      lines: ["此后各检查点均达到序时进度：未能预计，一季度的支出进度有误或未填"],
    });
    // The checkpoints that could be read still are.
    expect(r.checkpoints[1].status?.status).toBe("达标");
  });

  it("a budget of 0 at a checkpoint: no 支出进度 can be computed", () => {
    expect(errors(rows({ 3: { budget: 0, spent: 0 } }), 3)).toEqual([
      ["budget_m3", "3 月预算数为 0，无法计算一季度的支出进度"],
    ]);
  });

  it("figures entered beyond the month asked for are left out, with a word at the first of them", () => {
    const r = monitor(seedLedger(12), 7, seedJson().inputs);
    expect(r.issues.filter((i) => i.input !== "spent_m7" && i.input !== "budget_m7")).toEqual([
      { severity: "warning", input: "budget_m9", message: "9 月已填写数字，本次按 7 月监控，9 月及以后的数字未计入" },
    ]);
  });

  it("another figure: blank all year is not monitored (no error); blank only in the month asked is an error", () => {
    const none = monitor(seedLedger(6), 6, seedJson().inputs).figures.find((f) => f.figure.id === "sangong_spent");
    expect([none?.status, none?.lines]).toEqual([undefined, ["“三公”经费累计支出：1 至 6 月均未填写，本次未监控"]]);
    const gap = monitor(seedLedger(6, { 3: { sangong_spent: 0.4 } }), 6, seedJson().inputs);
    expect(gap.issues).toEqual([
      {
        severity: "error",
        input: "sangong_spent_m6",
        message: "6 月“三公”经费累计支出未填写：监控当月的数字",
      },
    ]);
  });

  it("another figure's budget missing from 基础数据: the input is named, the figure is not monitored", () => {
    const inputs = { ...seedJson().inputs, sangong_budget: "" };
    const r = monitor(seedLedger(6, { 6: { sangong_spent: 0.4 } }), 6, inputs);
    expect(r.issues).toEqual([{ severity: "error", input: "sangong_budget", message: "缺少“三公”经费调整预算数" }]);
    expect(r.figures.find((f) => f.figure.id === "sangong_spent")?.status).toBeUndefined();
  });
});
