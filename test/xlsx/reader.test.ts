import ExcelJS from "exceljs";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultFramework } from "../../src/scoring";
import { ledgerColumns } from "../../src/scoring/monitor";
import { checkWorkbook, type WorkbookSnapshot } from "../../src/workbook";
import { snapshotOf, WorkbookLoadError, WorkbookPackage } from "../../src/xlsx";
import { shiftFormula } from "../../src/xlsx/formula";
import { formatKind, serialText } from "../../src/xlsx/styles";
import { partText, prefixed, withParts } from "../helpers/parts";
import { bufferOf, fill, readCells, SEED_XLSX, seedWorkbook, TEMPLATE_PATH } from "../helpers/xlsx";

const LO = join(__dirname, "..", "fixtures", "libreoffice");

/** Every non-empty cell by address, with its value and formula: the two readers must agree on these. */
function cellsOf(snapshot: WorkbookSnapshot): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const s of snapshot.sheets) {
    s.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (cell) out[`${s.name}!${r},${c}`] = cell;
      }),
    );
  }
  return out;
}

async function both(buffer: Buffer): Promise<[Record<string, unknown>, Record<string, unknown>]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return [cellsOf(await readCells(buffer)), cellsOf(snapshotOf(wb))];
}

const seed = () => readFileSync(SEED_XLSX);
/** How many cell formats the example has: a format added after them has this index. */
const xfCount = async () => Number(/<cellXfs count="(\d+)"/.exec(await partText(seed(), "xl/styles.xml"))![1]);
const sheetOf = (s: WorkbookSnapshot, name: string) => s.sheets.find((x) => x.name === name)!;

describe("PERF's reader reads what ExcelJS (an independent reader) reads", () => {
  it.each([
    ["the template", TEMPLATE_PATH],
    ["the bundled example", SEED_XLSX],
    ["the example saved by LibreOffice, with a chart, a comment, a picture and a name", join(LO, "seed.xlsx")],
    ["the same as .xlsm", join(LO, "seed.xlsm")],
  ])("%s", async (_, path) => {
    const [ours, theirs] = await both(readFileSync(path));
    expect(ours).toEqual(theirs);
    expect(Object.keys(ours).length).toBeGreaterThan(300);
  });

  it("a filled workbook with text numbers, merged cells, formulas, rich text and XML specials", async () => {
    const wb = await seedWorkbook();
    const inputs = wb.getWorksheet("基础数据")!;
    inputs.getCell("D5").value = "４,５０２.０３万元";
    inputs.getCell("F5").value = { richText: [{ text: "注：" }, { text: "<一上> & “申报”", font: { bold: true } }] };
    inputs.getCell("F6").value = { formula: "D5*2", result: 9004.06 };
    inputs.getCell("F7").value = true;
    inputs.getCell("F8").value = "第一行\r\n第二行 😀";
    wb.getWorksheet("效果性")!.mergeCells("A3:A4");
    const { data } = await fill(wb);
    const [ours, theirs] = await both(data);
    expect(ours).toEqual(theirs);
    expect(ours["基础数据!4,5"]).toEqual({ value: "注：<一上> & “申报”" });
    expect(ours["基础数据!5,5"]).toEqual({ value: 9004.06, formula: "=D5*2" });
  });

  it("a filled workbook saved again by LibreOffice (its own shared strings and styles)", async () => {
    const soffice = ["soffice", "libreoffice"].find((bin) => spawnSync(bin, ["--version"]).status === 0);
    if (!soffice) throw new Error("LibreOffice（soffice）未安装：请运行 .ci/run");
    const dir = mkdtempSync(join(tmpdir(), "perf-reader-"));
    writeFileSync(join(dir, "in.xlsx"), (await fill(await seedWorkbook())).data);
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${join(dir, "profile")}`,
        "--headless",
        "--convert-to",
        "xlsx:Calc MS Excel 2007 XML",
        "--outdir",
        join(dir, "out"),
        join(dir, "in.xlsx"),
      ],
      { timeout: 120_000, stdio: "pipe" },
    );
    const [ours, theirs] = await both(readFileSync(join(dir, "out", "in.xlsx")));
    expect(ours).toEqual(theirs);
    expect(Object.values(ours)).toContainEqual({ value: 91.75 });
  }, 180_000);
});

describe("what other programs write", () => {
  it("every part with a namespace prefix (<x:c>, as the .NET Open XML SDK writes): the same cells and score", async () => {
    const parts = [
      "xl/workbook.xml",
      "xl/styles.xml",
      "xl/sharedStrings.xml",
      ...[1, 2, 3, 4].map((n) => `xl/worksheets/sheet${n}.xml`),
    ];
    const data = await withParts(seed(), Object.fromEntries(parts.map((p) => [p, prefixed])));
    expect(await partText(data, "xl/worksheets/sheet4.xml")).toContain("<x:c ");
    expect(cellsOf(await readCells(data))).toEqual(cellsOf(await readCells(seed())));
    expect(checkWorkbook(await readCells(data)).result.total?.toNumber()).toBe(91.75);
  });

  it("shared formulas: each dependent reads as its own formula, moved from the master", async () => {
    const data = await withParts(seed(), {
      "xl/worksheets/sheet2.xml": (xml) =>
        xml
          .replace(
            /<c r="F5"[^>]*?(\/>|>[\s\S]*?<\/c>)/,
            '<c r="F5"><f t="shared" ref="F5:G7" si="0">D5*2+$D$5</f><v>1</v></c>',
          )
          .replace(/<c r="F6"[^>]*?(\/>|>[\s\S]*?<\/c>)/, '<c r="F6"><f t="shared" si="0"/><v>2</v></c>')
          .replace(/<c r="F7"[^>]*?(\/>|>[\s\S]*?<\/c>)/, '<c r="F7"><f t="shared" si="0"/><v>3</v></c>'),
    });
    const inputs = sheetOf(await readCells(data), "基础数据");
    expect([4, 5, 6].map((r) => inputs.rows[r][5])).toEqual([
      { value: 1, formula: "=D5*2+$D$5" },
      { value: 2, formula: "=D6*2+$D$5" },
      { value: 3, formula: "=D7*2+$D$5" },
    ]);
  });

  it("inline strings, rich text with phonetic guides, booleans, errors and ISO dates", async () => {
    const data = await withParts(seed(), {
      "xl/worksheets/sheet2.xml": (xml) =>
        xml
          .replace(
            /<c r="F5"[^>]*?(\/>|>[\s\S]*?<\/c>)/,
            '<c r="F5" t="inlineStr"><is><r><t>一上</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 数 </t></r><rPh sb="0" eb="1"><t>いち</t></rPh></is></c>',
          )
          .replace(/<c r="F6"[^>]*?(\/>|>[\s\S]*?<\/c>)/, '<c r="F6" t="b"><v>1</v></c>')
          .replace(/<c r="F7"[^>]*?(\/>|>[\s\S]*?<\/c>)/, '<c r="F7" t="e"><f>1/0</f><v>#DIV/0!</v></c>')
          .replace(/<c r="F8"[^>]*?(\/>|>[\s\S]*?<\/c>)/, '<c r="F8" t="d"><v>2024-01-01T00:00:00</v></c>'),
    });
    const inputs = sheetOf(await readCells(data), "基础数据");
    expect([4, 5, 6, 7].map((r) => inputs.rows[r][5])).toEqual([
      { value: "一上 数 " },
      { value: true },
      { value: "#DIV/0!", formula: "=1/0" },
      { value: "2024-01-01" },
    ]);
  });

  it("dates by their number format, built-in or custom; other formats stay numbers", async () => {
    const styles = (xml: string) =>
      xml
        .replace(
          /<numFmts count="(\d+)">/,
          (_, n: string) =>
            `<numFmts count="${Number(n) + 3}"><numFmt numFmtId="200" formatCode="yyyy/m/d"/><numFmt numFmtId="201" formatCode="[$-804]yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="202" formatCode="#,##0.00&quot;万元&quot;"/>`,
        )
        .replace(
          /<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/,
          (_, n: string, inner: string) =>
            `<cellXfs count="${Number(n) + 4}">${inner}<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="200" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="201" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="202" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>`,
        );
    const base = await readCells(seed());
    const xfs = await xfCount();
    const data = await withParts(seed(), {
      "xl/styles.xml": styles,
      "xl/worksheets/sheet2.xml": (xml) =>
        xml
          .replace(/<c r="D5"([^>]*?) s="\d+"/, `<c r="D5"$1 s="${xfs}"`)
          .replace(/<c r="F5"[^>]*?(\/>|>[\s\S]*?<\/c>)/, `<c r="F5" s="${xfs + 1}"><v>45292.5</v></c>`)
          .replace(/<c r="F6"[^>]*?(\/>|>[\s\S]*?<\/c>)/, `<c r="F6" s="${xfs + 2}"><v>45292</v></c>`)
          .replace(/<c r="F7"[^>]*?(\/>|>[\s\S]*?<\/c>)/, `<c r="F7" s="${xfs + 3}"><v>45292</v></c>`),
    });
    const inputs = sheetOf(await readCells(data), "基础数据");
    expect(sheetOf(base, "基础数据").rows[4][3]).toEqual({ value: 4502.03 });
    expect(inputs.rows[4][3]).toEqual({ value: "1912-04-28" }); // 4502.03 shown as a date
    expect([4, 5, 6].map((r) => inputs.rows[r][5])).toEqual([
      { value: "2024-01-01" },
      { value: "2024-01-01" },
      { value: 45292 },
    ]);
  });

  it("number formats: what is a date or time and what is not", () => {
    expect(["yyyy-mm-dd", "m/d/yy h:mm", "h:mm:ss", "[h]:mm", "mmm", 'yyyy"年"m"月"', "[$-804]aaaa;@"].map(formatKind)).toEqual([
      "date", "datetime", "time", "time", "date", "date", undefined,
    ]); // prettier-ignore
    expect(['#,##0.00"万元"', "0.00%", "0.00E+00", "General", '"m"0', "@", "[Red]0.00"].map(formatKind)).toEqual(
      Array(7).fill(undefined),
    );
    expect([serialText(45292, "date", false), serialText(60, "date", false), serialText(61, "date", false)]).toEqual([
      "2024-01-01",
      "1900-02-29",
      "1900-03-01",
    ]);
    expect([
      serialText(0.5, "time", false),
      serialText(45292.25, "datetime", false),
      serialText(0, "date", true),
    ]).toEqual(["12:00:00", "2024-01-01 06:00:00", "1904-01-01"]);
  });

  it("the 1904 date system", async () => {
    const xfs = await xfCount();
    const data = await withParts(seed(), {
      "xl/workbook.xml": (xml) => xml.replace(/<workbookPr([^>]*?)\/>/, '<workbookPr$1 date1904="1"/>'),
      "xl/styles.xml": (xml) =>
        xml.replace(
          /<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/,
          (_, n: string, inner: string) =>
            `<cellXfs count="${Number(n) + 1}">${inner}<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>`,
        ),
      "xl/worksheets/sheet2.xml": (xml) =>
        xml.replace(/<c r="F5"[^>]*?(\/>|>[\s\S]*?<\/c>)/, `<c r="F5" s="${xfs}"><v>43830</v></c>`),
    });
    expect(sheetOf(await readCells(data), "基础数据").rows[4][5]).toEqual({ value: "2024-01-01" });
  });

  it("a formula saved without its result is read as such, and the check says so on its cell", async () => {
    const data = await withParts(seed(), {
      "xl/worksheets/sheet2.xml": (xml) =>
        xml.replace(/<c r="D5"([^>]*?)(\/>|>[\s\S]*?<\/c>)/, '<c r="D5"$1><f>4000+502.03</f></c>'),
    });
    const snapshot = await readCells(data);
    expect(sheetOf(snapshot, "基础数据").rows[4][3]).toEqual({
      value: null,
      formula: "=4000+502.03",
      uncalculated: true,
    });
    const check = checkWorkbook(snapshot);
    expect(check.findings.filter((f) => f.cell === "基础数据!D5").map((f) => [f.severity, f.message])).toEqual([
      ["error", "公式 =4000+502.03 没有保存计算结果（保存它的程序不计算公式）：请在 Excel 或 WPS 中打开、保存后再评分"],
    ]);
    expect(check.result.indicators.find((r) => r.code === "1.1.1")?.score).toBeNull();
  });

  it("a value another program left under a merged range is hidden, as Excel shows it", async () => {
    const data = await withParts(seed(), {
      "xl/worksheets/sheet2.xml": (xml) =>
        xml
          .replace(/<c r="F6"[^>]*?(\/>|>[\s\S]*?<\/c>)/, '<c r="F6"><v>99</v></c>')
          .replace("</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="F5:F6"/></mergeCells>'),
    });
    const inputs = sheetOf(await readCells(data), "基础数据");
    expect(inputs.rows[5][5]).toBeUndefined();
    expect(inputs.merges).toEqual([{ top: 4, left: 5, bottom: 5, right: 5 }]);
  });

  it("rows and cells without an r attribute follow the ones before them", async () => {
    const data = await withParts(seed(), {
      "xl/worksheets/sheet1.xml": () =>
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row><c t="inlineStr"><is><t>甲</t></is></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row></sheetData></worksheet>',
    });
    expect(sheetOf(await readCells(data), "说明").rows).toEqual([
      [{ value: "甲" }, { value: 2 }],
      [undefined, undefined, { value: 3 }, { value: 4 }],
    ]);
  });

  it("a sheet part in UTF-16 (byte order mark) is read", async () => {
    const sheet =
      '<?xml version="1.0" encoding="UTF-16"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>十六位</t></is></c></row></sheetData></worksheet>';
    const data = await withParts(seed(), {
      "xl/worksheets/sheet1.xml": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sheet, "utf16le")]),
    });
    expect(sheetOf(await readCells(data), "说明").rows[0][0]).toEqual({ value: "十六位" });
  });
});

describe("a sheet that cannot hold a table is read only to its top rows", () => {
  it("a long sheet of the department's own data costs its first rows, a table sheet is read to the end", async () => {
    const rows = Array.from(
      { length: 5000 },
      (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c></row>`,
    ).join("");
    const data = await withParts(seed(), {
      "xl/worksheets/sheet1.xml": `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`,
    });
    const snapshot = await readCells(data);
    expect(sheetOf(snapshot, "说明").rows.length).toBeLessThanOrEqual(41);
    expect(sheetOf(snapshot, "基础数据").rows.length).toBe(73);
  });

  // 835e7eb let any 月份 header read a sheet whole: the benchmark's 260,000 rows of accounts were parsed in full.
  const longSheet = (header: string[]) => {
    const cells = (r: number, values: string[]) =>
      values.map((v, c) => `<c r="${String.fromCharCode(65 + c)}${r}" t="inlineStr"><is><t>${v}</t></is></c>`).join("");
    const rows = Array.from(
      { length: 5000 },
      (_, r) => `<row r="${r + 2}"><c r="A${r + 2}"><v>${(r % 12) + 1}</v></c></row>`,
    );
    return `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${cells(1, header)}</row>${rows.join("")}</sheetData></worksheet>`;
  };

  it("a department's accounts with a 月份 column are not the 运行监控 table: their rows past the top are never parsed", async () => {
    const data = await withParts(seed(), {
      "xl/worksheets/sheet1.xml": longSheet(["月份", "科目编码", "科目名称", "预算数", "决算数", "执行率", "经办"]),
    });
    expect(sheetOf(await readCells(data), "说明").rows.length).toBeLessThanOrEqual(41);
  });

  it("a 运行监控 header (月份 with 状态, or with 预算数 and 累计支出, unit or not) is read to the end", async () => {
    const spent = ledgerColumns(defaultFramework()).map((c) => c.label);
    for (const header of [
      ["月份", "执行状态"],
      ["月份", ...spent.slice(0, 2)],
      ["月份", "预算数", "累计支出"],
    ]) {
      const data = await withParts(seed(), { "xl/worksheets/sheet1.xml": longSheet(header) });
      expect(sheetOf(await readCells(data), "说明").rows.length).toBe(5001);
    }
  });
});

describe("damaged and hostile XML is a Chinese message, never a wrong score", () => {
  const read = async (data: Buffer) =>
    readCells(data).then(
      () => "read",
      (e: unknown) => (e instanceof WorkbookLoadError ? e.message : `other: ${(e as Error).message}`),
    );

  it("a sheet cut short", async () => {
    const data = await withParts(seed(), {
      "xl/worksheets/sheet4.xml": (xml) => xml.slice(0, Math.floor(xml.length / 2)),
    });
    expect(await read(data)).toMatch(/^测试\.xlsx 已损坏或不是有效的 xlsx 工作簿（工作表“指标体系”：内容/);
  });

  it("a DTD (entities that could expand) is refused", async () => {
    const data = await withParts(seed(), {
      "xl/sharedStrings.xml": (xml) =>
        xml.replace("?>", '?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'),
    });
    expect(await read(data)).toContain("含有文档类型定义（DTD），工作簿的 XML 不应有，已拒绝读取");
  });

  it("an undefined entity, mismatched tags, a shared string that does not exist, a cell address off the sheet", async () => {
    const cases: [string, (xml: string) => string, string][] = [
      [
        "xl/worksheets/sheet2.xml",
        (x) =>
          x.replace("<sheetData>", '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row>'),
        "未定义的实体 &nbsp;",
      ],
      ["xl/worksheets/sheet2.xml", (x) => x.replace("</sheetData>", "</sheetDat></sheetData>"), "不匹配"],
      [
        "xl/worksheets/sheet2.xml",
        (x) => x.replace(/<c r="B5"([^>]*?)t="s"([^>]*)><v>\d+<\/v>/, '<c r="B5"$1t="s"$2><v>999999</v>'),
        "不存在的共享字符串",
      ],
      ["xl/worksheets/sheet2.xml", (x) => x.replace('<c r="B5"', '<c r="XFE5"'), "单元格地址“XFE5”无效"],
    ];
    for (const [part, change, message] of cases)
      expect(await read(await withParts(seed(), { [part]: change }))).toContain(message);
  });

  it("a workbook without [Content_Types].xml, a Word document, an ODS spreadsheet, a workbook part missing", async () => {
    expect(await read(await withParts(seed(), { "[Content_Types].xml": null }))).toContain("不是 xlsx 工作簿");
    const docx = await withParts(seed(), {
      "[Content_Types].xml": (x) => x.replace("spreadsheetml.sheet.main+xml", "wordprocessingml.document.main+xml"),
    });
    expect(await read(docx)).toBe("测试.xlsx 不是 xlsx 工作簿，而是Word 文档");
    const ods = await withParts(seed(), {
      "[Content_Types].xml": null,
      mimetype: "application/vnd.oasis.opendocument.spreadsheet",
    });
    expect(await read(ods)).toContain("是 OpenDocument 表格（.ods）");
    expect(await read(await withParts(seed(), { "xl/workbook.xml": null }))).toContain("缺少 xl/workbook.xml");
  });

  it("a zip cut short, or not a zip at all", async () => {
    const data = seed();
    expect(await read(data.subarray(0, data.length - 100))).toContain("已损坏或不是有效的 xlsx 工作簿");
    expect(await read(Buffer.from("PK\u0003\u0004 and then nothing"))).toContain("已损坏或不是有效的 xlsx 工作簿");
    expect(() => WorkbookPackage.fromBuffer(Buffer.from("hello"), "a.xlsx")).toThrow("a.xlsx 不是 xlsx 工作簿");
  });
});

describe("shared formulas move their relative references", () => {
  it.each([
    ["SUM(A1:B2)", 1, 0, "SUM(A2:B3)"],
    ["$A$1+A$1+$A1+A1", 2, 3, "$A$1+D$1+$A3+D3"],
    ["IF(A1=\"B2\",Sheet2!C3,'其 他'!D4)", 1, 1, "IF(B2=\"B2\",Sheet2!D4,'其 他'!E5)"],
    ["LOG10(A1)+Table1[Col1]+SUM(A:A)+SUM(1:1)", 1, 1, "LOG10(B2)+Table1[Col1]+SUM(B:B)+SUM(2:2)"],
    ["A1", -1, 0, "#REF!"],
    ["1.5E+3+A1", 0, 1, "1.5E+3+B1"],
  ])("%s moved by %i rows and %i columns", (formula, rows, cols, expected) => {
    expect(shiftFormula(formula, rows, cols)).toBe(expected);
  });
});

describe("the bundled example through both readers gives one score", () => {
  it("91.75, no findings", async () => {
    const check = checkWorkbook(await readCells(await bufferOf(await seedWorkbook())));
    expect(check.result.total?.toNumber()).toBe(91.75);
    expect(check.findings).toEqual([]);
  });
});
