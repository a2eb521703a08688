import { defaultFramework } from "../../src/scoring";
import { monitorSummary, type MonitorEntry, type MonitorLine } from "../../src/workbook";

/*
 * 监控汇总's order, on rows made by hand: the worst status first; among equals, the most spent less than 序时进度
 * asked at the last checkpoint; then the most points the current pace would lose on 3.2.1; then the most still due
 * by the next checkpoint; then by name. dapeng-2024 in July: 一季度 and 二季度 passed, 三季度 next.
 */
const framework = defaultFramework();
const fw = { id: framework.id, hash: framework.hash };

function line(department: string, worst: number, behind: number, lost: number, needed: number): MonitorLine {
  const status = ["达标", "预警", "落后"][worst];
  return {
    department,
    year: 2025,
    framework: fw,
    checkpoints: { q1: "达标", q2: status },
    figures: {},
    worst,
    progress: 0.5,
    behind,
    needed,
    atPace: 6 - lost,
    onTarget: 6,
    lost,
    warnings: 0,
    note: "",
  };
}

const entries: MonitorEntry[] = [
  { file: "a.xlsx", line: line("甲", 0, 0, 0, 100) },
  { file: "b.xlsx", line: line("乙", 2, 50, 0.3, 200) },
  { file: "c.xlsx", line: line("丙", 2, 50, 0.6, 100) },
  { file: "d.xlsx", line: line("丁", 2, 80, 0, 0) },
  { file: "e.xlsx", line: line("戊", 1, 10, 0, 300) },
  { file: "f.xlsx", line: line("己", 1, 10, 0, 400) },
  { file: "g.xlsx", failure: "无法读取", department: "庚" },
  { file: "h.xlsx", line: line("辛", 0, 0, 0, 100) },
];

describe("monitorSummary: sorted by risk", () => {
  const summary = monitorSummary(framework, 7, entries);

  it("ranks the worst status first, then amount behind, points lost at pace, amount still due, name", () => {
    expect(summary.grid.slice(1).map((r) => [r[0], r[1], r[3]])).toEqual([
      [1, "丁", "落后"], // 80 behind
      [2, "丙", "落后"], // 50 behind, 0.6 to lose
      [3, "乙", "落后"], // 50 behind, 0.3 to lose
      [4, "己", "预警"], // 10 behind, 400 due
      [5, "戊", "预警"], // 10 behind, 300 due
      [6, "甲", "达标"], // equal to 辛 but for the name: 甲 (jiǎ) before 辛 (xīn)
      [7, "辛", "达标"],
    ]);
  });

  it("colours every status cell and nothing else", () => {
    const header = summary.grid[0];
    const coloured = new Set(summary.fills.map((f) => String(header[f.col])));
    expect([...coloured].sort()).toEqual(["一季度（3 月末）状态", "二季度（6 月末）状态", "总体状态"].sort());
    // 7 departments × 3 status columns
    expect(summary.fills).toHaveLength(21);
    expect(summary.fills.find((f) => f.row === 1 && f.col === 3)?.color).toBe("#FFC7CE");
  });

  it("lists the failures with their department", () => {
    expect(summary.failed).toEqual([
      ["文件", "部门", "原因"],
      ["g.xlsx", "庚", "无法读取"],
    ]);
  });

  it("at the year end no checkpoint is left: the amount still due is blank", () => {
    const december = monitorSummary(framework, 12, [
      { file: "a.xlsx", line: { ...line("甲", 0, 0, 0, 0), needed: null } },
    ]);
    const header = december.grid[0];
    expect(header).toContain("四季度（12 月末）状态");
    expect(december.grid[1][header.indexOf("还须支出（万元）")]).toBeNull();
  });
});
