import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BINDINGS } from "../../src/functions/bindings";
import * as functions from "../../src/functions/functions";
import type { Framework } from "../../src/scoring";
import { dapeng2024 } from "../helpers/frameworks";
import {
  checkWorkbook,
  excelNameProblem,
  HEADER_SEARCH_ROWS,
  mayHoldTable,
  nameTarget,
  type CellRef,
  type WorkbookSnapshot,
} from "../../src/workbook";
import { buildTemplate, editedBuffer, WorkbookEditor, WorkbookPackage } from "../../src/xlsx";
import { displayWidth } from "../../src/cli/width";
import { perfScore } from "../helpers/cli";
import { partText, withParts } from "../helpers/parts";
import { ROOT, SEED_PATH, seedJson } from "../helpers/seed";
import { bufferOf, loadXlsx, reopen, TEMPLATE_PATH } from "../helpers/xlsx";

/*
 * Named inputs: the template names each input's 值 cell by the input's id, so `=PERF.HEXIAN_RATE(yishang, yixia)` and
 * `=yishang-yixia` work as typed. Checked with PERF's reader and with ExcelJS, through import, fill and undo, and in
 * LibreOffice, which computes a formula using the names.
 */

const dir = mkdtempSync(join(tmpdir(), "perf-names-"));
const at = (name: string) => join(dir, name);
process.env.PERF_NOW = "2026-11-27 10:00:00";
const IDS = dapeng2024.inputs.map((d) => d.id);

async function snapshotOf(path: string): Promise<WorkbookSnapshot> {
  const pkg = WorkbookPackage.open(path);
  try {
    return await pkg.snapshot(mayHoldTable, HEADER_SEARCH_ROWS);
  } finally {
    pkg.close();
  }
}

const cellText = (wb: WorkbookSnapshot, ref: CellRef) =>
  wb.sheets.find((s) => s.name === ref.sheet)?.rows[ref.row]?.[ref.col]?.value ?? null;

/**
 * Every input's name, resolved: the cell it refers to must be in the 值 column (its header says so) of the row whose
 * 代码 is the input's id. Returns the values found there, by id.
 */
function resolveNames(wb: WorkbookSnapshot): Map<string, unknown> {
  const names = new Map((wb.names ?? []).map((n) => [n.name, n.formula]));
  const values = new Map<string, unknown>();
  for (const id of IDS) {
    const formula = names.get(id);
    expect([id, formula]).toEqual([id, expect.stringMatching(/^'?基础数据'?!\$D\$\d+$/)]);
    const target = nameTarget(formula as string) as CellRef;
    expect(cellText(wb, { ...target, row: 0 })).toBe("值");
    expect(cellText(wb, { ...target, col: 0 })).toBe(id);
    values.set(id, cellText(wb, target));
  }
  return values;
}

/** The <definedNames> element of workbook.xml, as written. */
async function definedNamesXml(path: string): Promise<string> {
  const xml = await partText(readFileSync(path), "xl/workbook.xml");
  const m = /<definedNames>[\s\S]*<\/definedNames>/.exec(xml);
  if (!m) throw new Error("no definedNames");
  return m[0];
}

describe("every input is a workbook name for its 值 cell", () => {
  it("every id of the framework is a valid Excel name that no spreadsheet reads as a cell", () => {
    for (const id of IDS) expect([id, excelNameProblem(id)]).toEqual([id, undefined]);
  });

  it.each(["d5", "abc12", "XFD1048576", "r", "C", "rc", "R1C1", "r2", "c10", "1abc", "a-b", "一上-", "true", ""])(
    "%j is refused as a name",
    (name) => {
      expect(excelNameProblem(name)).toEqual(expect.any(String));
    },
  );

  it.each(["yishang", "progress_q1", "funds_coverage_80", "_x", "r_1", "abcd1", "q1x", "一上"])(
    "%j is a valid name",
    (name) => {
      expect(excelNameProblem(name)).toBeUndefined();
    },
  );

  it("the template's build fails loudly on an id that cannot be a name, or two that differ only in case", async () => {
    const withInput = (id: string): Framework => ({
      ...dapeng2024,
      inputs: [...dapeng2024.inputs, { ...dapeng2024.inputs[0], id }],
    });
    await expect(buildTemplate(withInput("q1"))).rejects.toThrow(
      "输入项代码“q1”不能用作 Excel 名称：会被当作单元格地址",
    );
    await expect(buildTemplate(withInput("YiShang"))).rejects.toThrow("只差大小写");
  });

  it("in assets/template.xlsx, by PERF's reader and by ExcelJS", async () => {
    const values = resolveNames(await snapshotOf(TEMPLATE_PATH));
    expect(values.size).toBe(IDS.length);
    const exceljs = await loadXlsx(TEMPLATE_PATH);
    for (const id of IDS) expect(exceljs.definedNames.getRanges(id).ranges).toHaveLength(1);
  });

  it("in a workbook made by import, where each name gives the input's value", async () => {
    const json = seedJson();
    expect((await perfScore(["import", SEED_PATH, "-o", at("imported.xlsx")])).code).toBe(0);
    const values = resolveNames(await snapshotOf(at("imported.xlsx")));
    expect(values.get("yishang")).toBe(json.inputs.yishang);
    expect(values.get("yixia")).toBe(json.inputs.yixia);
    expect(values.get("progress_q1")).toBe(json.inputs.progress_q1);
  });

  it("kept byte for byte by fill and undo, and still resolving in the filled workbook", async () => {
    await perfScore(["import", SEED_PATH, "-o", at("to-fill.xlsx")]);
    expect((await perfScore(["fill", at("to-fill.xlsx"), "-o", at("filled.xlsx")])).code).toBe(0);
    expect((await perfScore(["undo", at("filled.xlsx"), "-o", at("undone.xlsx")])).code).toBe(0);
    const before = await definedNamesXml(at("to-fill.xlsx"));
    expect(await definedNamesXml(at("filled.xlsx"))).toBe(before);
    expect(await definedNamesXml(at("undone.xlsx"))).toBe(before);
    expect(resolveNames(await snapshotOf(at("filled.xlsx"))).get("yishang")).toBe(4502.03);
  });
});

describe("names are a convenience, not the source of truth", () => {
  async function variant(name: string, names: (xml: string) => string): Promise<string> {
    const data = await withParts(readFileSync(at("imported.xlsx")), { "xl/workbook.xml": names });
    writeFileSync(at(name), data);
    return at(name);
  }

  it("without names the check finds every input by the table's headers, and says nothing of names", async () => {
    const path = await variant("no-names.xlsx", (xml) => xml.replace(/<definedNames>[\s\S]*<\/definedNames>/, ""));
    const check = checkWorkbook(await snapshotOf(path));
    expect(check.result.total?.toString()).toBe("91.75");
    expect(check.findings.filter((f) => f.kind === "input-name")).toEqual([]);
  });

  it("a name pointing at another row (rows sorted, a name edited) is a warning; the score is unchanged", async () => {
    const path = await variant("moved.xlsx", (xml) =>
      xml
        .replace(/(<definedName name="yishang">[^<]*)\$D\$5/, "$1$D$6")
        .replace(/(<definedName name="yixia">)[^<]*/, "$1#REF!"),
    );
    const check = checkWorkbook(await snapshotOf(path));
    expect(check.result.total?.toString()).toBe("91.75");
    const warnings = check.findings.filter((f) => f.kind === "input-name");
    expect(warnings).toEqual([
      {
        severity: "warning",
        kind: "input-name",
        message:
          "名称“yishang”（公式中代表“一上”申报数）指向 基础数据!D6，不是它的值单元格：用这个名称的公式会算错。请在“公式 → 名称管理器”中把它改为 =基础数据!$D$5",
        cell: "基础数据!D5",
        ref: { sheet: "基础数据", row: 4, col: 3 },
        subject: "yishang",
      },
      expect.objectContaining({
        message: expect.stringContaining("名称“yixia”（公式中代表“一下”核定数）已失效（所指的单元格已被删除）"),
        cell: "基础数据!D6",
      }),
    ]);
    const table = await perfScore(["score", path], "", 80);
    // (At 80 columns the cell goes to the next line whole: lines are joined back at their breaks here.)
    expect(table.stdout.replace(/\n +/g, " ")).toContain(
      "[提示] 基础数据!D5 名称“yishang”（公式中代表“一上”申报数）指向 基础数据!D6",
    );
    // In 40 columns the formula to copy stays whole, on one line (review of #10, finding 9: it was “=基础数 / 据!$D$5”).
    const narrow = await perfScore(["score", path], "", 40);
    const lines = narrow.stdout.split("\n");
    expect(lines.filter((l) => l.includes("=基础数据!$D$5"))).toHaveLength(1);
    expect(lines.filter((l) => l.includes("=基础数据!$D$6"))).toHaveLength(1);
    expect(lines.every((l) => displayWidth(l) <= 40)).toBe(true);
  });

  it("rows moved by hand (a row inserted above): the names follow in Excel; the check agrees", async () => {
    const wb = await reopen(await buildTemplate(dapeng2024));
    // ExcelJS moves the names with the rows, as Excel does.
    wb.getWorksheet("基础数据")!.spliceRows(2, 0, ["说明", "新插入的一行"]);
    const data = await bufferOf(wb);
    const snapshot = await WorkbookPackage.fromBuffer(data, "t.xlsx").snapshot(mayHoldTable, HEADER_SEARCH_ROWS);
    resolveNames(snapshot);
    expect(checkWorkbook(snapshot).findings.filter((f) => f.kind === "input-name")).toEqual([]);
  });
});

describe("docs/functions.md shows the formulas with names", () => {
  const doc = readFileSync(join(ROOT, "docs", "functions.md"), "utf8");
  const section = doc.slice(doc.indexOf("## Named inputs"), doc.indexOf("## Catalogue"));
  const rows = [...section.matchAll(/^\| `=PERF\.(\w+)\(([^)]*)\)` +\| ([^|]+?) +\|$/gm)].map((m) => ({
    id: m[1],
    args: m[2].split(",").map((a) => a.trim()),
    value: m[3],
  }));
  // Each custom function's id and the exported function that implements it, from the JSDoc blocks.
  const source = readFileSync(join(ROOT, "src", "functions", "functions.ts"), "utf8");
  const implementations = new Map(
    [...source.matchAll(/@customfunction (\w+)[\s\S]*?export function (\w+)/g)].map((m) => [m[1], m[2]]),
  );

  it("one formula for every function bound to inputs, its arguments the inputs' names in order", () => {
    for (const [id, binding] of Object.entries(BINDINGS)) {
      const names = Object.values(binding.args).map((a) => a.input);
      expect(rows).toContainEqual({ id, args: names, value: expect.any(String) });
    }
  });

  it("every formula gives the value shown, from the seed's figures, through the functions themselves", () => {
    const seed = seedJson().inputs as Record<string, unknown>;
    expect(rows.length).toBeGreaterThanOrEqual(Object.keys(BINDINGS).length);
    for (const row of rows) {
      const fn = (functions as unknown as Record<string, (...args: unknown[]) => unknown>)[
        implementations.get(row.id) as string
      ];
      const args = row.args.map((a) => {
        if (/^[0-9.]+$/.test(a)) return Number(a);
        expect(IDS).toContain(a); // a name the template defines
        return seed[a];
      });
      expect([row.id, String(fn(...args))]).toEqual([row.id, row.value]);
    }
  });
});

/** A CSV's rows and fields (quoted fields may hold commas, quotes and line breaks). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [[]];
  const fields = /("(?:[^"]|"")*"|[^,\n]*)(,|\n|$)/g;
  for (let m = fields.exec(text); m && m[0] !== ""; m = fields.exec(text)) {
    const field = m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1];
    rows[rows.length - 1].push(field);
    if (m[2] === "\n") rows.push([]);
  }
  return rows;
}

// LibreOffice: the second spreadsheet program, which `.ci/run` installs; without it this test fails, never skips.
const SOFFICE = ["soffice", "libreoffice"].find((bin) => spawnSync(bin, ["--version"]).status === 0);

describe("LibreOffice computes formulas that use the names", () => {
  it("=yishang-yixia and others beside the inputs, in a filled workbook, give the right values", async () => {
    if (!SOFFICE)
      throw new Error("LibreOffice（soffice）未安装：请运行 .ci/run，或 apt-get install -y libreoffice-calc-nogui");
    await perfScore(["import", SEED_PATH, "-o", at("lo.xlsx")]);
    expect((await perfScore(["fill", at("lo.xlsx"), "-o", at("lo-filled.xlsx")])).code).toBe(0);
    // Formulas typed beside the inputs (column H of 基础数据), saved without results: LibreOffice must compute them.
    // (With a cached result it would show that: by default it does not recalculate an xlsx on load.)
    const pkg = WorkbookPackage.open(at("lo-filled.xlsx"));
    const editor = new WorkbookEditor(pkg);
    editor.setCells("基础数据", [
      { row: 4, col: 7, value: null, formula: "=yishang-yixia" },
      { row: 5, col: 7, value: null, formula: "=ROUND((yishang-yixia)/yishang*100,2)" },
      { row: 6, col: 7, value: null, formula: "=progress_q1+progress_q2+progress_q3+progress_q4" },
      { row: 7, col: 7, value: null, formula: '=IF(promoted="是",1,0)' },
    ]);
    writeFileSync(at("formulas.xlsx"), editedBuffer(editor));
    pkg.close();
    execFileSync(
      SOFFICE,
      [
        `-env:UserInstallation=file://${join(dir, "profile")}`,
        "--headless",
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        "--outdir",
        dir,
        at("formulas.xlsx"),
      ],
      { timeout: 120_000, stdio: "pipe" },
    );
    const rows = csvRows(readFileSync(at("formulas-基础数据.csv"), "utf8"));
    const json = seedJson().inputs as Record<string, number | boolean>;
    // Column H as shown (a sum of rates takes their percent format, as in Excel).
    const h = (row: number) => {
      const shown = rows[row - 1][7];
      return shown.endsWith("%") ? Number(shown.slice(0, -1)) / 100 : Number(shown);
    };
    expect(h(5)).toBeCloseTo((json.yishang as number) - (json.yixia as number), 6); // 1879.63
    expect(h(6)).toBe(41.75); // 财政核减率, as 1.1.1's reason says
    expect(h(7)).toBeCloseTo(
      ["progress_q1", "progress_q2", "progress_q3", "progress_q4"].reduce((a, k) => a + (json[k] as number), 0),
      6,
    );
    expect(h(8)).toBe(json.promoted === true ? 1 : 0);
  }, 180_000);
});
