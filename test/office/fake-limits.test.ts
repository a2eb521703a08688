import {
  cellKey,
  FakeExcelHost,
  FakeOfficeError,
  type FakeCell,
  type FakeContext,
  type FakeSheet,
} from "../fakes/fake-excel";
import { ledgerSheet } from "./helpers";

/**
 * The fake Excel behaves as Microsoft documents real Excel behaves where PERF depends on it (sources in
 * test/fakes/fake-excel.ts): these tests pin that down, so the adapter's tests mean something.
 */

async function inOneSync<T>(host: FakeExcelHost, body: (context: FakeContext) => T): Promise<T> {
  return (host.namespace().run as unknown as (b: (c: FakeContext) => Promise<T>) => Promise<T>)(async (context) => {
    const out = body(context);
    await context.sync();
    return out;
  });
}

const codeOf = async (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: unknown) => (e instanceof FakeOfficeError ? e.code : String(e)),
  );

describe("Excel on the web's 5 MB payload limit", () => {
  it("refuses a response over 5 MB: all 800,000 cells of a 200,000-row sheet in one read", async () => {
    const host = new FakeExcelHost([ledgerSheet("明细账", 200_000)]);
    const read = inOneSync(host, (context) => {
      const range = context.workbook.worksheets.getItem("明细账").getUsedRangeOrNullObject(true);
      range.load("values,formulas");
      return range;
    });
    expect(await codeOf(read)).toBe("ResponsePayloadSizeLimitExceeded");
    expect(host.syncLog[0].responseBytes).toBeGreaterThan(5_000_000);
  });

  it("Excel on Windows or Mac has no such limit", async () => {
    const host = new FakeExcelHost([ledgerSheet("明细账", 200_000)]);
    host.platform = "desktop";
    const range = await inOneSync(host, (context) => {
      const r = context.workbook.worksheets.getItem("明细账").getUsedRangeOrNullObject(true);
      r.load("values");
      return r;
    });
    expect(range.values).toHaveLength(200_000);
  });

  it("refuses a request over 5 MB before changing anything", async () => {
    const host = new FakeExcelHost([{ name: "Sheet1", cells: new Map(), charts: [] }]);
    const big = Array.from({ length: 60_000 }, (_, r) => [
      `第 ${r} 行：一段很长的说明文字，反复写入，直到这一行超过一百个字节`,
      r,
    ]);
    const write = inOneSync(host, (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B60000").values = big;
    });
    expect(await codeOf(write)).toBe("RequestPayloadSizeLimitExceeded");
    expect(host.sheet("Sheet1")!.cells.size).toBe(0);
  });

  it("a failed sync leaves the context usable: the next, smaller request goes through", async () => {
    const host = new FakeExcelHost([ledgerSheet("明细账", 200_000)]);
    const run = host.namespace().run as unknown as (b: (c: FakeContext) => Promise<unknown>) => Promise<unknown>;
    const values = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("明细账");
      sheet.getRange("A1:D200000").load("values");
      await context.sync().catch(() => undefined);
      const small = sheet.getRange("A1:D2");
      small.load("values");
      await context.sync();
      return small.values;
    });
    expect(values).toEqual([
      [1, "凭证 1", 1.5, "办公费"],
      [2, "凭证 2", 3, "办公费"],
    ]);
  });
});

describe("an oversized payload answered otherwise", () => {
  it.each(["GeneralException", "OperationCellsExceedLimit"] as const)("as %s", async (code) => {
    const host = new FakeExcelHost([ledgerSheet("明细账", 200_000)]);
    host.oversizeCode = code;
    const read = inOneSync(host, (context) => {
      context.workbook.worksheets.getItem("明细账").getRange("A1:D200000").load("values,formulas");
    });
    expect(await codeOf(read)).toBe(code);
  });
});

describe("special cells (Range.getSpecialCellsOrNullObject, ExcelApi 1.9)", () => {
  const sheet = (): FakeSheet => ({
    name: "基础 数据",
    cells: new Map<string, FakeCell>([
      ["A1", { value: "代码" }],
      ["B1", { value: "值" }],
      ["A2", { value: "yishang" }],
      ["B2", { value: 10 }],
      ["C2", { value: 0, formula: "=B2*2" }],
      ["B3", { value: "" }], // blank, though present
      ["XFD1048576", { value: "误填" }],
    ]),
    charts: [],
  });
  const special = (host: FakeExcelHost, type: string, address = "A1:XFD1048576") =>
    inOneSync(host, (context) => {
      const areas = context.workbook.worksheets
        .getItem("基础 数据")
        .getRange(address)
        .getSpecialCellsOrNullObject(type);
      areas.load("address,areaCount");
      return areas;
    });

  it("gives the constants' areas, each with its sheet, far ones included", async () => {
    const areas = await special(new FakeExcelHost([sheet()]), "Constants");
    expect(areas.isNullObject).toBe(false);
    expect([areas.address, areas.areaCount]).toEqual(["'基础 数据'!A1:B2, '基础 数据'!XFD1048576", 2]);
  });

  it("gives the formulas' areas apart from the constants'", async () => {
    const areas = await special(new FakeExcelHost([sheet()]), "Formulas");
    expect([areas.address, areas.areaCount]).toEqual(["'基础 数据'!C2", 1]);
  });

  it("is a null object where there are none", async () => {
    const areas = await special(new FakeExcelHost([sheet()]), "Formulas", "A3:D10");
    expect(areas.isNullObject).toBe(true);
  });

  it("is missing below ExcelApi 1.9", async () => {
    const host = new FakeExcelHost([sheet()]);
    host.requirements = { ExcelApi: "1.8" };
    expect(await codeOf(special(host, "Constants"))).toBe("ApiNotFound");
  });
});

describe("reads over five million cells", () => {
  it("return null values rather than an error", async () => {
    const host = new FakeExcelHost([{ name: "Sheet1", cells: new Map([["A1", { value: 1 }]]), charts: [] }]);
    host.platform = "desktop";
    const range = await inOneSync(host, (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:E1000001");
      r.load("values");
      return r;
    });
    expect(range.values).toBeNull();
  });
});

describe("calculation", () => {
  function workbook() {
    const host = new FakeExcelHost([
      {
        name: "指标体系",
        cells: new Map([
          ["H2", { value: 1 }],
          ["H3", { value: 2 }],
        ]),
        charts: [],
      },
      {
        name: "我的汇总",
        cells: new Map([
          ["A1", { value: 3, formula: "=SUM(指标体系!H2:H3)" }],
          ["A2", { value: 6, formula: "=A1*2" }],
          ["A3", { value: 1.5, formula: "=ROUND('指标体系'!H2/2,2)+H9" }],
        ]),
        charts: [],
      },
    ]);
    return host;
  }
  const shown = (host: FakeExcelHost) => ["A1", "A2", "A3"].map((a) => host.sheet("我的汇总")!.cells.get(a)!.value);

  it("recalculates formulas that depend on a written cell, in dependency order", async () => {
    const host = workbook();
    await inOneSync(host, (context) => {
      context.workbook.worksheets.getItem("指标体系").getRange("H2").values = [[10]];
    });
    expect(shown(host)).toEqual([12, 24, 5]);
  });

  it("leaves them stale when calculation was suspended for the sync, until something recalculates", async () => {
    const host = workbook();
    await inOneSync(host, (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      context.workbook.worksheets.getItem("指标体系").getRange("H2").values = [[10]];
    });
    expect(shown(host)).toEqual([3, 6, 1.5]);
    expect(host.staleFormulas).toBe(true);
    await inOneSync(host, (context) => context.application.calculate("Full"));
    expect(shown(host)).toEqual([12, 24, 5]);
  });

  it("in manual calculation mode leaves them stale until calculate(), and a write after calculate() too", async () => {
    const host = workbook();
    host.calculationMode = "Manual";
    const h2 = (context: FakeContext, v: number) =>
      (context.workbook.worksheets.getItem("指标体系").getRange("H2").values = [[v]]);
    await inOneSync(host, (context) => h2(context, 10));
    expect([shown(host), host.staleFormulas]).toEqual([[3, 6, 1.5], true]);
    await inOneSync(host, (context) => {
      h2(context, 10);
      context.application.calculate("Recalculate");
    });
    expect([shown(host), host.staleFormulas, host.calculations]).toEqual([[12, 24, 5], false, 1]);
    await inOneSync(host, (context) => {
      context.application.calculate("Recalculate");
      h2(context, 0);
    });
    expect([shown(host), host.staleFormulas]).toEqual([[12, 24, 5], true]);
  });

  it("answers calculationMode only when loaded", async () => {
    const host = workbook();
    host.calculationMode = "Manual";
    const application = await inOneSync(host, (context) => context.application.load("calculationMode"));
    expect(application.calculationMode).toBe("Manual");
    const unloaded = await inOneSync(host, (context) => context.application);
    expect(() => unloaded.calculationMode).toThrow(/call the load method/);
  });

  it("keeps the value of a formula it cannot calculate", async () => {
    const host = workbook();
    host.sheet("我的汇总")!.cells.set(cellKey(3, 0), { value: "优", formula: "=PERF.GRADE(A1)" });
    await inOneSync(host, (context) => {
      context.workbook.worksheets.getItem("指标体系").getRange("H2").values = [[10]];
    });
    expect(host.sheet("我的汇总")!.cells.get("A4")!.value).toBe("优");
  });
});

describe("requirement sets", () => {
  it("answers isSetSupported from the versions it carries", () => {
    const host = new FakeExcelHost();
    host.requirements = { ExcelApi: "1.12", SharedRuntime: "1.1" };
    const { isSetSupported } = host.office().context.requirements;
    expect([
      isSetSupported("ExcelApi", "1.9"),
      isSetSupported("ExcelApi", "1.12"),
      isSetSupported("ExcelApi", "1.13"),
    ]).toEqual([true, true, false]);
    expect(isSetSupported("ExcelApi", "1.2")).toBe(true); // 1.12 is after 1.2, not before it
    expect(isSetSupported("WordApi", "1.1")).toBe(false);
  });

  it("has no insertWorksheetsFromBase64 without ExcelApi 1.13 (ApiNotFound)", async () => {
    const host = new FakeExcelHost();
    host.requirements = { ExcelApi: "1.12", SharedRuntime: "1.1" };
    host.decodeBase64 = () => [];
    const insert = inOneSync(host, (context) => context.workbook.insertWorksheetsFromBase64("UEsDBA=="));
    expect(await codeOf(insert)).toBe("ApiNotFound");
  });
});
