/*
 * Browser entry for the end-to-end test: installs the fake Excel (test/fakes/fake-excel.ts) as the page's `Excel`,
 * holding the workbook the test passed in window.__PERF_FAKE_DATA, and exposes it as window.__perfFake.
 */
import { FakeExcelHost, type FakeCell, type FakeSheet } from "../fakes/fake-excel";

interface Data {
  sheets: { name: string; protected?: boolean; cells: [string, FakeCell][] }[];
}

const scope = window as unknown as { __PERF_FAKE_DATA: Data; __perfFake: FakeExcelHost; Excel: unknown };
const sheets: FakeSheet[] = scope.__PERF_FAKE_DATA.sheets.map((s) => ({
  name: s.name,
  protected: s.protected,
  cells: new Map(s.cells),
  charts: [],
}));
const host = new FakeExcelHost(sheets);
scope.__perfFake = host;
// Office.js may define its own Excel namespace as it loads; the fake stays the one the pane sees.
Object.defineProperty(window, "Excel", { configurable: false, get: () => host.namespace(), set: () => {} });
