import ExcelJS from "exceljs";
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkWorkbook } from "../../src/workbook";
import { perfScore } from "../helpers/cli";
import { cellElements, entriesOf, partText, prefixed, storedBytes, withParts } from "../helpers/parts";
import { fillBuffer, readCells, SEED_XLSX, seedWorkbook, bufferOf, undoBuffer, NOW } from "../helpers/xlsx";

const LO = join(__dirname, "..", "fixtures", "libreoffice");
const dir = mkdtempSync(join(tmpdir(), "perf-writer-"));
const at = (name: string) => join(dir, name);
process.env.PERF_NOW = NOW;

/** One sheet of a workbook as LibreOffice reads it (recalculated), as CSV. */
function libreOfficeCsv(path: string, sheet: string): string {
  const soffice = ["soffice", "libreoffice"].find((bin) => spawnSync(bin, ["--version"]).status === 0);
  if (!soffice) throw new Error("LibreOffice（soffice）未安装：请运行 .ci/run");
  const out = mkdtempSync(join(dir, "csv-"));
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=file://${join(dir, "profile")}`,
      "--headless",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
      "--outdir",
      out,
      path,
    ],
    { timeout: 120_000, stdio: "pipe" },
  );
  const base = path
    .split("/")
    .pop()!
    .replace(/\.xls[xm]$/, "");
  return readFileSync(join(out, `${base}-${sheet}.csv`), "utf8");
}

/** The part a sheet lives in, found from workbook.xml and its relationships (not with PERF's code). */
function sheetPart(entries: Map<string, Buffer>, name: string): string {
  const workbook = entries.get("xl/workbook.xml")!.toString();
  const rels = entries.get("xl/_rels/workbook.xml.rels")!.toString();
  const id =
    new RegExp(`<(?:\\w+:)?sheet [^>]*name="${name}"[^>]*?r:id="([^"]+)"`).exec(workbook)?.[1] ??
    new RegExp(`<(?:\\w+:)?sheet [^>]*r:id="([^"]+)"[^>]*name="${name}"`).exec(workbook)?.[1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)!;
  return `xl/${(target[1] ?? target[2]).replace(/^\/?xl\//, "")}`;
}

/** A sheet's XML with the cells of some columns taken out: what must not change when PERF writes only those. */
function without(xml: string, columns: string[]): string {
  return xml.replace(/<(?:\w+:)?c\b[^>]*?\br="([A-Z]+)\d+"[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?c>)/g, (m, col: string) =>
    columns.includes(col) ? "" : m,
  );
}

/** Removes the elements PERF may add to a part (new sheets, relationships, overrides, the recalculation flag). */
function withoutAdded(xml: string, before: string): string {
  let out = xml;
  for (const m of xml.matchAll(/<(?:\w+:)?(?:sheet|Relationship|Override)\b[^>]*\/>/g))
    if (!before.includes(m[0])) out = out.replace(m[0], "");
  return out.replace(/ fullCalcOnLoad="1"/, "");
}

describe.each([
  ["seed.xlsx", "xlsx"],
  ["seed.xlsm", "xlsm"],
])(
  "a LibreOffice-saved workbook (%s: chart, comment, picture, defined name, protection) filled and undone",
  (file, ext) => {
    const input = at(`lo-${file}`);
    const filled = at(`lo-filled.${ext}`);
    const undone = at(`lo-undone.${ext}`);
    let before: Map<string, Buffer>;
    let after: Map<string, Buffer>;
    let back: Map<string, Buffer>;

    beforeAll(async () => {
      copyFileSync(join(LO, file), input);
      expect((await perfScore(["fill", input, "-o", filled])).code).toBe(0);
      expect((await perfScore(["undo", filled, "-o", undone])).code).toBe(0);
      [before, after, back] = await Promise.all([input, filled, undone].map((p) => entriesOf(readFileSync(p))));
    });

    it("has what a department's workbook carries, for the test to mean something", () => {
      const names = [...before.keys()];
      expect(names).toEqual(expect.arrayContaining(["xl/comments2.xml", "xl/media/image1.png"]));
      expect(names.some((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toBe(true);
      expect(before.get("xl/workbook.xml")!.toString()).toContain('name="一上申报数"');
      expect(before.get(sheetPart(before, "基础数据"))!.toString()).toContain('<sheetProtection sheet="true"');
      if (ext === "xlsm") expect(names).toContain("xl/vbaProject.bin");
    });

    it("every entry PERF does not own is the same, byte for byte, and stored with the same compressed bytes", () => {
      const framework = sheetPart(before, "指标体系");
      const owned = new Set([
        "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels",
        "[Content_Types].xml",
        "xl/styles.xml",
        framework,
      ]);
      const storedBefore = storedBytes(readFileSync(input));
      const storedAfter = storedBytes(readFileSync(filled));
      for (const [name, data] of before) {
        if (owned.has(name)) continue;
        expect([name, after.get(name)?.equals(data)]).toEqual([name, true]);
        expect([name, storedAfter.get(name)?.equals(storedBefore.get(name)!)]).toEqual([name, true]);
      }
      const added = [...after.keys()].filter((n) => !before.has(n));
      expect(added.map((n) => n.replace(/\d+/, "N"))).toEqual(["xl/worksheets/sheetN.xml", "xl/worksheets/sheetN.xml"]);
    });

    it("in the parts PERF changes, only its own cells and additions differ", () => {
      const framework = sheetPart(before, "指标体系");
      const was = before.get(framework)!.toString();
      const now = after.get(framework)!.toString();
      expect(without(now, ["H", "I"])).toBe(without(was, ["H", "I"]));
      const style = /<c r="H31"( s="\d+")?/.exec(was)![1] ?? "";
      expect(cellElements(now).get("H31")).toBe(`<c r="H31"${style}><v>91.75</v></c>`);
      for (const part of ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml"]) {
        expect([part, withoutAdded(after.get(part)!.toString(), before.get(part)!.toString())]).toEqual([
          part,
          before.get(part)!.toString(),
        ]);
      }
      const lists = (xml: string, list: string) => new RegExp(`<${list}[^>]*>([\\s\\S]*?)</${list}>`).exec(xml)![1];
      for (const list of ["fonts", "fills", "cellXfs", "borders", "numFmts", "cellStyleXfs", "cellStyles", "dxfs"]) {
        const old = before.get("xl/styles.xml")!.toString();
        if (!old.includes(`<${list}`)) continue;
        expect([list, lists(after.get("xl/styles.xml")!.toString(), list).startsWith(lists(old, list))]).toEqual([
          list,
          true,
        ]);
      }
    });

    it("undo gives the 指标体系 sheet back byte for byte; everything else stays as the fill left it", () => {
      const framework = sheetPart(before, "指标体系");
      expect(back.get(framework)!.toString()).toBe(before.get(framework)!.toString());
      for (const [name, data] of before) {
        if (["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"].includes(name))
          continue;
        expect([name, back.get(name)?.equals(data)]).toEqual([name, true]);
      }
    });

    it("LibreOffice opens the filled file and recalculates it: 分值 100, 得分 91.75", () => {
      const soffice = ["soffice", "libreoffice"].find((bin) => spawnSync(bin, ["--version"]).status === 0);
      if (!soffice) throw new Error("LibreOffice（soffice）未安装：请运行 .ci/run");
      const out = join(dir, `csv-${ext}`);
      execFileSync(
        soffice,
        [
          `-env:UserInstallation=file://${join(dir, "profile")}`,
          "--headless",
          "--convert-to",
          "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
          "--outdir",
          out,
          filled,
        ],
        { timeout: 120_000, stdio: "pipe" },
      );
      const csv = readFileSync(join(out, `lo-filled-指标体系.csv`), "utf8");
      expect(
        csv
          .split("\n")
          .find((l) => l.startsWith("总计"))!
          .split(",")
          .slice(4, 8),
      ).toEqual(["100", "", "", "91.75"]);
      expect(readFileSync(join(out, `lo-filled-评分结果.csv`), "utf8")).toContain("总分,91.75,等级,优");
    }, 180_000);
  },
);

describe("the writer in other workbooks", () => {
  const seed = () => readFileSync(SEED_XLSX);

  it("writes with the workbook's own namespace prefix (<x:c>); PERF and LibreOffice read back 91.75", async () => {
    const parts = [
      "xl/workbook.xml",
      "xl/styles.xml",
      "xl/sharedStrings.xml",
      ...[1, 2, 3, 4].map((n) => `xl/worksheets/sheet${n}.xml`),
    ];
    const data = await withParts(seed(), Object.fromEntries(parts.map((p) => [p, prefixed])));
    const { data: out } = await fillBuffer(data);
    const sheet = await partText(out, "xl/worksheets/sheet4.xml");
    expect(sheet).toContain('<x:c r="H2" s="');
    expect(sheet).not.toMatch(/<c /);
    expect(checkWorkbook(await readCells(out)).result.total?.toNumber()).toBe(91.75);
    // ExcelJS cannot read prefixed parts at all; LibreOffice (like Excel) can.
    writeFileSync(at("prefixed.xlsx"), out);
    expect(
      libreOfficeCsv(at("prefixed.xlsx"), "指标体系")
        .split("\n")
        .find((l) => l.startsWith("总计")),
    ).toBe("总计,,,,100,,,91.75,");
  });

  it("a formula replaced in an owned cell: calcChain goes, recalculation on opening is asked for, undo restores it", async () => {
    const data = await withParts(seed(), {
      "xl/worksheets/sheet4.xml": (xml) =>
        xml.replace(/<c r="H31"([^>]*?)(\/>|>[\s\S]*?<\/c>)/, '<c r="H31"$1><f>SUM(H2:H30)</f><v>0</v></c>'),
      "xl/calcChain.xml":
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="H31" i="4"/><c r="E31"/></calcChain>',
      "xl/_rels/workbook.xml.rels": (xml) =>
        xml.replace(
          "</Relationships>",
          '<Relationship Id="rIdCalc" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
        ),
      "[Content_Types].xml": (xml) =>
        xml.replace(
          "</Types>",
          '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
        ),
    });
    const { data: out, plan } = await fillBuffer(data);
    expect(plan.record.find((r) => r[2] === "H31")?.slice(3, 6)).toEqual([0, "=SUM(H2:H30)", 91.75]);
    const entries = await entriesOf(out);
    expect(entries.has("xl/calcChain.xml")).toBe(false);
    expect(entries.get("xl/_rels/workbook.xml.rels")!.toString()).not.toContain("calcChain");
    expect(entries.get("[Content_Types].xml")!.toString()).not.toContain("calcChain");
    expect(entries.get("xl/workbook.xml")!.toString()).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    const { data: back } = await undoBuffer(out);
    expect(cellElements(await partText(back, "xl/worksheets/sheet4.xml")).get("H31")).toMatch(
      /^<c r="H31"( s="\d+")?><f>SUM\(H2:H30\)<\/f><v>0<\/v><\/c>$/,
    );
  });

  it("a shared formula whose master PERF replaces is written out in the cells that still use it", async () => {
    const data = await withParts(seed(), {
      "xl/worksheets/sheet4.xml": (xml) =>
        xml
          .replace(
            /<c r="H31"([^>]*?)(\/>|>[\s\S]*?<\/c>)/,
            '<c r="H31"$1><f t="shared" ref="H31:J31" si="7">SUM(H2:H30)</f><v>0</v></c>',
          )
          .replace(/(<c r="I31"[^>]*?(?:\/>|>[\s\S]*?<\/c>))/, '$1<c r="J31"><f t="shared" si="7"/><v>0</v></c>'),
    });
    const read = async (d: Buffer) => (await readCells(d)).sheets.find((s) => s.name === "指标体系")!.rows[30][9];
    expect(await read(data)).toEqual({ value: 0, formula: "=SUM(J2:J30)" });
    const { data: out } = await fillBuffer(data);
    expect(cellElements(await partText(out, "xl/worksheets/sheet4.xml")).get("J31")).toBe(
      '<c r="J31"><f>SUM(J2:J30)</f><v>0</v></c>',
    );
    expect(await read(out)).toEqual({ value: 0, formula: "=SUM(J2:J30)" });
  });

  it("a cell inside an array formula is refused, with nothing written", async () => {
    const data = await withParts(seed(), {
      "xl/worksheets/sheet4.xml": (xml) =>
        xml.replace(
          /<c r="H2"([^>]*?)(\/>|>[\s\S]*?<\/c>)/,
          '<c r="H2"$1><f t="array" ref="H2:H3">E2:E3*0</f><v>0</v></c>',
        ),
    });
    writeFileSync(at("array.xlsx"), data);
    const r = await perfScore(["fill", at("array.xlsx"), "-o", at("array-out.xlsx")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "perf-score：指标体系!H2 属于数组公式 H2:H3，无法单独改写：请先在 Excel 中删除该数组公式再评分\n",
    );
    expect(existsSync(at("array-out.xlsx"))).toBe(false);
  });

  it("a 评分结果 with a chart (as the task pane writes it) is replaced with its drawing: no part is left behind", async () => {
    const first = (await fillBuffer(seed())).data;
    const entries = await entriesOf(first);
    const result = sheetPart(entries, "评分结果");
    const rels = result.replace("worksheets/", "worksheets/_rels/") + ".rels";
    const withChart = await withParts(first, {
      [result]: (xml) =>
        xml
          .replace("</worksheet>", '<drawing r:id="rId1"/></worksheet>')
          .replace(
            "<worksheet ",
            '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ',
          ),
      [rels]:
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing9.xml"/></Relationships>',
      "xl/drawings/drawing9.xml":
        '<?xml version="1.0" encoding="UTF-8"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>',
      "xl/drawings/_rels/drawing9.xml.rels":
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart9.xml"/></Relationships>',
      "xl/charts/chart9.xml":
        '<?xml version="1.0" encoding="UTF-8"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>',
      "[Content_Types].xml": (xml) =>
        xml.replace(
          "</Types>",
          '<Override PartName="/xl/drawings/drawing9.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/><Override PartName="/xl/charts/chart9.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>',
        ),
    });
    const again = await entriesOf((await fillBuffer(withChart, "2026-11-27 11:00:00")).data);
    for (const gone of [
      rels,
      "xl/drawings/drawing9.xml",
      "xl/drawings/_rels/drawing9.xml.rels",
      "xl/charts/chart9.xml",
    ])
      expect([gone, again.has(gone)]).toEqual([gone, false]);
    expect(again.get("[Content_Types].xml")!.toString()).not.toMatch(/drawing9|chart9/);
    expect(again.get(result)!.toString()).not.toContain("<drawing");
  });

  it("filling again reuses PERF's cell formats: styles.xml does not grow", async () => {
    const once = (await fillBuffer(seed())).data;
    const twice = (await fillBuffer(once, "2026-11-27 11:00:00")).data;
    const thrice = (await fillBuffer(twice, "2026-11-27 12:00:00")).data;
    expect(await partText(thrice, "xl/styles.xml")).toBe(await partText(once, "xl/styles.xml"));
  });

  it("a workbook without styles.xml gets one, with PERF's formats only", async () => {
    const bare = await withParts(seed(), {
      "xl/styles.xml": null,
      "xl/_rels/workbook.xml.rels": (xml) => xml.replace(/<Relationship [^>]*styles"[^>]*\/>/, ""),
      "[Content_Types].xml": (xml) => xml.replace(/<Override PartName="\/xl\/styles.xml"[^>]*\/>/, ""),
      ...Object.fromEntries(
        [1, 2, 3, 4].map((n) => [`xl/worksheets/sheet${n}.xml`, (xml: string) => xml.replace(/ s="\d+"/g, "")]),
      ),
    });
    const { data: out } = await fillBuffer(bare);
    const entries = await entriesOf(out);
    expect(entries.get("xl/styles.xml")!.toString()).toContain("<cellXfs count=");
    expect(entries.get("xl/_rels/workbook.xml.rels")!.toString()).toContain("relationships/styles");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet("评分结果")!.getCell("A1").font?.bold).toBe(true);
  });

  it("text PERF writes keeps XML specials, control characters and a literal _x0041_ as they were", async () => {
    const name = "甲&乙<丙>_x0041_\u0001局";
    const wb = await seedWorkbook();
    const data = await withParts(await bufferOf(wb), {
      "xl/worksheets/sheet1.xml": (xml) =>
        xml.replace(
          /<c r="B3"( s="\d+")?[^>]*?(\/>|>[\s\S]*?<\/c>)/,
          '<c r="B3"$1 t="inlineStr"><is><t>甲&amp;乙&lt;丙&gt;_x005F_x0041__x0001_局</t></is></c>',
        ),
    });
    const { data: out } = await fillBuffer(data);
    const ours = (await readCells(out)).sheets.find((s) => s.name === "评分结果")!.rows[1][1];
    expect(ours).toEqual({ value: name });
    // LibreOffice reads it the same (ExcelJS does not decode _xHHHH_ in inline strings, so it cannot judge this).
    writeFileSync(at("escaped.xlsx"), out);
    expect(libreOfficeCsv(at("escaped.xlsx"), "评分结果").split("\n")[1]).toBe(`部门名称,${name},评价年度,2024,,`);
  });
});
