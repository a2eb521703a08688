import { readWorkbook } from "../../src/office/read";
import { writeFill, writeUndo } from "../../src/office/write";
import { checkWorkbook, planFill, planUndo } from "../../src/workbook";
import { seedHost } from "./helpers";

/**
 * Formulas of the user's that read cells PERF writes show current values after 评分 and after 撤销: Excel calculates
 * them as after typing. The fake leaves them stale if calculation was suspended for the write, as the typings warn
 * (see test/fakes/fake-excel.ts), so this fails if the write path suspends calculation again.
 */
describe("formulas that depend on the cells PERF writes", () => {
  async function workbookWithFormulas() {
    const host = await seedHost();
    const guide = host.sheet("说明")!;
    guide.cells.set("F1", { value: 0, formula: "=指标体系!H31" }); // the total
    guide.cells.set("F2", { value: 0, formula: "=SUM(指标体系!H2:H4)" }); // three 三级 scores
    guide.cells.set("F3", { value: 0, formula: "=ROUND(F1/100,4)" }); // depends on a dependant
    return host;
  }
  const shown = (host: Awaited<ReturnType<typeof workbookWithFormulas>>) =>
    ["F1", "F2", "F3"].map((a) => host.sheet("说明")!.cells.get(a)!.value);

  it("show the new scores after 评分 and the old values after 撤销", async () => {
    const host = await workbookWithFormulas();
    const snapshot = await readWorkbook();
    await writeFill(planFill(checkWorkbook(snapshot), "2026-11-27 10:00:00"), snapshot);
    expect(host.staleFormulas).toBe(false);
    expect(shown(host)).toEqual([91.75, 4.8 + 3 + 3, 0.9175]);

    const again = await readWorkbook();
    expect(again.sheets.find((s) => s.name === "说明")!.rows[0][5]).toEqual({ value: 91.75, formula: "=指标体系!H31" });
    await writeUndo(planUndo(again), again);
    expect(host.staleFormulas).toBe(false);
    expect(shown(host)).toEqual([0, 0, 0]);
    expect(host.calculations).toBe(0); // automatic calculation: nothing to ask for
  });

  it("show them in manual calculation mode too: the write sync recalculates, and the mode stays manual", async () => {
    const host = await workbookWithFormulas();
    host.calculationMode = "Manual";
    const snapshot = await readWorkbook();
    const syncs = host.syncs;
    await writeFill(planFill(checkWorkbook(snapshot), "2026-11-27 10:00:00"), snapshot);
    expect(host.syncs - syncs).toBe(2); // the mode is read in the preflight sync: no sync added
    expect([shown(host), host.staleFormulas, host.calculations]).toEqual([[91.75, 4.8 + 3 + 3, 0.9175], false, 1]);

    const again = await readWorkbook();
    await writeUndo(planUndo(again), again);
    expect([shown(host), host.staleFormulas, host.calculations]).toEqual([[0, 0, 0], false, 2]);
    expect(host.calculationMode).toBe("Manual");
  });

  it("in manual calculation mode, a write that fails and is rolled back leaves no stale formula", async () => {
    const host = await workbookWithFormulas();
    host.calculationMode = "Manual";
    const snapshot = await readWorkbook();
    host.failWrite = (sheet) => (sheet === "评分结果" ? "GeneralException" : undefined);
    await expect(writeFill(planFill(checkWorkbook(snapshot), "2026-11-27 10:00:00"), snapshot)).rejects.toThrow(
      /得分单元格已还原/,
    );
    expect([shown(host), host.staleFormulas]).toEqual([[0, 0, 0], false]);
  });
});
