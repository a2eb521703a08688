import { writeMonitor } from "../../src/office/monitor-write";
import { readWorkbook } from "../../src/office/read";
import { writeFill, writeUndo } from "../../src/office/write";
import { checkWorkbook, monitorWorkbook, planFill, planMonitor, planUndo, SHEETS } from "../../src/workbook";
import { FakeExcelHost, type FakeSheet } from "../fakes/fake-excel";
import { fakeSheetsOf } from "../fakes/from-exceljs";
import { fillLedger, seedMonths } from "../helpers/monitor";
import { seedWorkbook } from "../helpers/xlsx";
import { ledgerSheet } from "./helpers";

/**
 * 运行监控 through the Office adapter, against the fake Excel: one read (3 syncs) and one write (2 syncs) whatever the
 * workbook's size; only the 状态 cells of 运行监控, the 监控结果 sheet (with its line chart) and 评分记录 change; the
 * batch is undone by 撤销上次评分 like a fill's.
 */

const NOW = "2026-10-08 09:30:00";

async function hostWith(
  months: number,
  extra: FakeSheet[] = [],
  edit?: (wb: Awaited<ReturnType<typeof seedWorkbook>>) => void,
) {
  const wb = await seedWorkbook();
  fillLedger(wb, seedMonths(months));
  edit?.(wb);
  const host = new FakeExcelHost([...fakeSheetsOf(wb), ...extra]);
  (globalThis as { Excel?: unknown }).Excel = host.namespace();
  return host;
}

/** Every cell of every sheet, for what changed. */
function contents(host: FakeExcelHost): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const s of host.sheets) for (const [k, c] of s.cells) out.set(`${s.name}!${k}`, [c.value, c.formula ?? null]);
  return out;
}

function changed(before: Map<string, unknown>, after: Map<string, unknown>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => JSON.stringify(before.get(k)) !== JSON.stringify(after.get(k))).sort();
}

/** One 运行监控 click as the pane does it: read, monitor, plan, write. Returns the syncs of each half. */
async function monitorOnce(host: FakeExcelHost, month?: number) {
  const start = host.syncs;
  const snapshot = await readWorkbook({ extras: false }); // as the pane reads for 运行监控: cells only
  const read = host.syncs - start;
  const check = monitorWorkbook(snapshot, { month });
  const plan = planMonitor(check, NOW);
  await writeMonitor(plan, snapshot);
  return { read, write: host.syncs - start - read, plan, check };
}

const value = (host: FakeExcelHost, sheet: string, cell: string) => host.sheet(sheet)?.cells.get(cell)?.value ?? "";

describe("运行监控 written through Office.js", () => {
  it("writes the 状态 column, 监控结果 with its chart, and 评分记录 in 3 + 2 syncs", async () => {
    const host = await hostWith(9);
    const before = contents(host);
    const { read, write, plan } = await monitorOnce(host);
    expect([read, write]).toEqual([3, 2]);
    // 3 月 35.48% and 6 月 59.88% are ahead of 25% and 50%; 9 月 64.77% is 10.23 points behind 75%: 落后.
    expect(["J7", "J10", "J13"].map((c) => value(host, SHEETS.monitor, c))).toEqual(["达标", "达标", "落后"]);
    const moved = changed(before, contents(host)).filter((k) => !k.startsWith(`${SHEETS.monitorResult}!`));
    expect(moved.filter((k) => !k.startsWith(`${SHEETS.record}!`))).toEqual([
      "运行监控!J10",
      "运行监控!J13",
      "运行监控!J7",
    ]);
    expect(plan.record.map((r) => [r[0], r[2], r[5]])).toEqual([
      [`${NOW} 运行监控`, "J7", "达标"],
      [`${NOW} 运行监控`, "J10", "达标"],
      [`${NOW} 运行监控`, "J13", "落后"],
    ]);
    expect(value(host, SHEETS.record, "A2")).toBe(`${NOW} 运行监控`);

    const result = host.sheet(SHEETS.monitorResult)!;
    expect(result.charts).toEqual([
      {
        type: "LineMarkers",
        source: "监控结果!A7:C11",
        seriesBy: "Columns",
        title: "序时进度与支出进度",
        position: ["K7", "R24"],
      },
    ]);
    // The chart's data: the checkpoints, 序时进度 and 支出进度 (blank where the month has not come).
    const row = (r: number) => ["A", "B", "C", "E"].map((c) => value(host, SHEETS.monitorResult, `${c}${r}`));
    expect([7, 8, 9, 10, 11].map(row)).toEqual([
      ["检查点", "序时进度", "支出进度", "状态"],
      ["一季度（3 月末）", 0.25, 0.3548, "达标"],
      ["二季度（6 月末）", 0.5, 0.5988, "达标"],
      ["三季度（9 月末）", 0.75, 0.6477, "落后"],
      ["四季度（12 月末）", 1, "", "未到"],
    ]);
    expect(result.cells.get("C10")?.numberFormat).toBe("0.00%");
    expect(result.cells.get("D2")).toMatchObject({ value: 2024, numberFormat: "0" });
    expect(result.cells.get("E8")?.fill).toBe("#C6EFCE");
    expect(result.cells.get("E10")?.fill).toBe("#FFC7CE");
    expect(result.cells.get("I10")?.wrap).toBe(true);
    // What to spend by 12 月末: 3,763.51 × 100% − 2,437.63 = 1,325.88.
    const texts = [...result.cells.values()].map((c) => String(c.value));
    expect(texts.some((t) => t.includes("还须支出 3,763.51 × 100% − 2,437.63 = 1,325.88 万元"))).toBe(true);
  });

  it("takes the same syncs whatever the workbook's size (a 200,000-row ledger beside it)", async () => {
    const small = await monitorOnce(await hostWith(12));
    const large = await monitorOnce(await hostWith(12, [ledgerSheet("明细账", 200_000)]));
    expect([large.read, large.write]).toEqual([small.read, small.write]);
    expect([small.read, small.write]).toEqual([3, 2]);
    // All four quarters in: 4 statuses.
    expect(large.plan.writes.map((w) => w.cell)).toEqual([
      "运行监控!J7",
      "运行监控!J10",
      "运行监控!J13",
      "运行监控!J16",
    ]);
  });

  it("replaces its own 监控结果 sheet on the next run, chart and all, and clears a status the figures no longer give", async () => {
    const host = await hostWith(9);
    await monitorOnce(host);
    // The department corrects 9 月's spending to 序时进度 and runs again for 6 月.
    const { plan } = await monitorOnce(host, 6);
    expect(value(host, SHEETS.monitor, "J13")).toBe("");
    expect(plan.writes.map((w) => [w.cell, w.value, w.old?.value])).toEqual([["运行监控!J13", "", "落后"]]);
    expect(host.sheets.filter((s) => s.name === SHEETS.monitorResult)).toHaveLength(1);
    expect(host.sheet(SHEETS.monitorResult)!.charts).toHaveLength(1);
    expect(value(host, SHEETS.monitorResult, "B3")).toBe("6 月");
  });

  it("is undone by 撤销上次评分: its statuses back, 监控结果 saying so; a fill before it stays for the next undo", async () => {
    const host = await hostWith(6, [], (wb) => {
      wb.getWorksheet(SHEETS.monitor)!.getCell("J6").value = "手填"; // 2 月: no checkpoint, PERF clears it
    });
    const first = await readWorkbook();
    await writeFill(planFill(checkWorkbook(first), "2026-10-08 09:00:00"), first);
    const scored = contents(host);
    const { plan } = await monitorOnce(host);
    expect(plan.writes.map((w) => [w.cell, w.value])).toEqual([
      ["运行监控!J6", ""],
      ["运行监控!J7", "达标"],
      ["运行监控!J10", "达标"],
    ]);

    const snapshot = await readWorkbook();
    const undo = planUndo(snapshot);
    expect(undo.batch).toBe(`${NOW} 运行监控`);
    expect(undo.resultSheet).toBe(SHEETS.monitorResult);
    const syncs = host.syncs;
    await writeUndo(undo, snapshot);
    expect(host.syncs - syncs).toBe(2);
    expect(["J6", "J7", "J10"].map((c) => value(host, SHEETS.monitor, c))).toEqual(["手填", "", ""]);
    expect(value(host, SHEETS.monitorResult, "A2")).toBe(
      `上次运行监控（批次 ${NOW} 运行监控）已撤销，请重新点击“运行监控”。`,
    );
    // Apart from 评分记录's statuses and 监控结果, the workbook is as the fill left it.
    const after = contents(host);
    expect(
      changed(scored, after).filter(
        (k) => !k.startsWith(`${SHEETS.record}!`) && !k.startsWith(`${SHEETS.monitorResult}!`),
      ),
    ).toEqual([]);
    expect(value(host, "指标体系", "H31")).toBe(91.75);

    // The next undo is the fill's.
    const again = await readWorkbook();
    expect(planUndo(again).resultSheet).toBe(SHEETS.result);
  });

  it("writes nothing when the 运行监控 sheet is protected with its 状态 cells locked, and says so", async () => {
    const host = await hostWith(6);
    const sheet = host.sheet(SHEETS.monitor)!;
    sheet.protected = true;
    for (const c of ["J7", "J10"]) sheet.cells.set(c, { value: "", locked: true });
    const before = contents(host);
    await expect(monitorOnce(host)).rejects.toThrow(/运行监控!J7、运行监控!J10被锁定/);
    expect(changed(before, contents(host))).toEqual([]);
  });

  it("a write refused midway gives the 状态 cells back and says so in 运行监控's words", async () => {
    const host = await hostWith(9, [], (wb) => void (wb.getWorksheet(SHEETS.monitor)!.getCell("J7").value = "手填"));
    const before = contents(host);
    let failed = false;
    host.failWrite = (sheet, address) => {
      if (failed || sheet !== SHEETS.monitor || address !== "J13") return undefined;
      failed = true;
      return "The connection was lost";
    };
    await expect(monitorOnce(host)).rejects.toThrow(
      "Excel 处理时出错。请保存工作簿后重试。（状态单元格已还原；“监控结果”表可能未更新，请重新点击“运行监控”）",
    );
    const after = contents(host);
    expect(changed(before, after).filter((k) => k.startsWith(`${SHEETS.monitor}!`))).toEqual([]);
  });
});
