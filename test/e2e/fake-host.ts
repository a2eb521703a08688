/*
 * Browser entry for the end-to-end test: installs the fake Excel (test/fakes/fake-excel.ts) as the page's `Excel`,
 * holding the workbook the test passed in window.__PERF_FAKE_DATA, and exposes it as window.__perfFake. The page runs
 * outside Office, so Office.js (really loaded) reports no host: the fake is the host, so Office.onReady reports Excel
 * once Office.js is ready, and Office.context.requirements answers as the fake's requirement sets say.
 */
import {
  FakeExcelHost,
  type FakeCell,
  type FakeName,
  type FakeRequirements,
  type FakeSheet,
} from "../fakes/fake-excel";

interface Data {
  sheets: { name: string; protected?: boolean; cells: [string, FakeCell][]; merges?: string[]; visibility?: string }[];
  names?: FakeName[];
  requirements?: FakeRequirements;
}

const scope = window as unknown as { __PERF_FAKE_DATA: Data; __perfFake: FakeExcelHost; Excel: unknown };
const sheets: FakeSheet[] = scope.__PERF_FAKE_DATA.sheets.map((s) => ({
  name: s.name,
  protected: s.protected,
  cells: new Map(s.cells),
  charts: [],
  merges: s.merges,
  visibility: s.visibility as FakeSheet["visibility"],
}));
const host = new FakeExcelHost(sheets);
host.names = scope.__PERF_FAKE_DATA.names ?? [];
if (scope.__PERF_FAKE_DATA.requirements) host.requirements = scope.__PERF_FAKE_DATA.requirements;
scope.__perfFake = host;
// Office.js may define its own Excel namespace as it loads; the fake stays the one the pane sees.
Object.defineProperty(window, "Excel", { configurable: false, get: () => host.namespace(), set: () => {} });

// Office.js as loaded, seen through the host: undefined until (unless) Office.js defines it.
type Bag = Record<string | symbol, unknown>;
let office: Bag | undefined;
const fakeOffice = host.office();
Object.defineProperty(window, "Office", {
  configurable: true,
  get: () =>
    office &&
    new Proxy(office, {
      get(target, key) {
        if (key === "onReady")
          return () => (target.onReady as () => Promise<unknown>)().then(() => fakeOffice.onReady());
        if (key === "context") {
          const context = (target.context ?? {}) as Bag;
          return new Proxy(context, {
            get: (c, k) => (k === "requirements" ? fakeOffice.context.requirements : c[k]),
          });
        }
        return target[key];
      },
    }),
  set: (value: Bag) => {
    office = value;
  },
});
