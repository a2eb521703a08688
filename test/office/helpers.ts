import { cellKey, FakeExcelHost, type FakeCell, type FakeSheet } from "../fakes/fake-excel";
import { fakeNamesOf, fakeSheetsOf } from "../fakes/from-exceljs";
import { seedWorkbook } from "../helpers/xlsx";

/** A sheet of `rows` rows of ledger lines (4 columns: number, text, amount, text), as a department's 明细账. */
export function ledgerSheet(name: string, rows: number, firstRow = 0): FakeSheet {
  const cells = new Map<string, FakeCell>();
  for (let r = 0; r < rows; r++) {
    const row = firstRow + r;
    cells.set(cellKey(row, 0), { value: r + 1 });
    cells.set(cellKey(row, 1), { value: `凭证 ${r + 1}` });
    cells.set(cellKey(row, 2), { value: (r + 1) * 1.5 });
    cells.set(cellKey(row, 3), { value: "办公费" });
  }
  return { name, cells, charts: [] };
}

/**
 * The fake Excel holding the seed's filled-in template (its cells, merged ranges and names), plus any other sheets;
 * installed as the global `Excel`.
 */
export async function seedHost(extra: FakeSheet[] = []): Promise<FakeExcelHost> {
  const wb = await seedWorkbook();
  const host = new FakeExcelHost([...fakeSheetsOf(wb), ...extra]);
  host.names = fakeNamesOf(wb);
  (globalThis as { Excel?: unknown }).Excel = host.namespace();
  return host;
}

/** The bytes each sync of `host` received, from the `from`-th sync on. */
export const responses = (host: FakeExcelHost, from = 0) => host.syncLog.slice(from).map((s) => s.responseBytes);
