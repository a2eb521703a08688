import ExcelJS from "exceljs";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { perfScore } from "../helpers/cli";
import { prefixed, withParts } from "../helpers/parts";
import { bufferOf, fill, SEED_XLSX, seedWorkbook, TEMPLATE_PATH } from "../helpers/xlsx";

const dir = mkdtempSync(join(tmpdir(), "perf-agree-"));
const corpus = join(dir, "corpus");
const LO = join(__dirname, "..", "fixtures", "libreoffice");

/** The files: the examples, LibreOffice's, filled ones, and the odd files the two readers once disagreed on. */
async function makeCorpus(): Promise<void> {
  mkdirSync(corpus);
  const seed = readFileSync(SEED_XLSX);
  const put = (name: string, data: Buffer) => writeFileSync(join(corpus, name), data);
  copyFileSync(SEED_XLSX, join(corpus, "example.xlsx"));
  copyFileSync(TEMPLATE_PATH, join(corpus, "template.xlsx"));
  copyFileSync(join(LO, "seed.xlsx"), join(corpus, "libreoffice.xlsx"));
  copyFileSync(join(LO, "seed.xlsm"), join(corpus, "libreoffice.xlsm"));
  put("filled.xlsx", (await fill(await seedWorkbook({ satisfaction: 0.85 }))).data);
  const dated = await seedWorkbook();
  dated.getWorksheet("基础数据")!.getCell("D6").value = new Date(Date.UTC(2024, 0, 1));
  dated.getWorksheet("基础数据")!.getCell("D6").numFmt = "yyyy-mm-dd";
  put("date-in-money.xlsx", await bufferOf(dated));
  put(
    "truncated-sheet.xlsx",
    await withParts(seed, { "xl/worksheets/sheet4.xml": (x) => x.slice(0, x.length - 2000) }),
  );
  const parts = [
    "xl/workbook.xml",
    "xl/styles.xml",
    "xl/sharedStrings.xml",
    ...[1, 2, 3, 4].map((n) => `xl/worksheets/sheet${n}.xml`),
  ];
  put("prefixed.xlsx", await withParts(seed, Object.fromEntries(parts.map((p) => [p, prefixed]))));
  put(
    "shared-formulas.xlsx",
    await withParts(seed, {
      "xl/worksheets/sheet2.xml": (xml) =>
        xml
          .replace(
            /<c r="D7"([^>]*?)(\/>|>[\s\S]*?<\/c>)/,
            '<c r="D7"$1><f t="shared" ref="D7:D8" si="0">D5*0+21</f><v>21</v></c>',
          )
          .replace(/<c r="D8"([^>]*?)(\/>|>[\s\S]*?<\/c>)/, '<c r="D8"$1><f t="shared" si="0"/><v>10</v></c>'),
    }),
  );
  put(
    "uncalculated.xlsx",
    await withParts(seed, {
      "xl/worksheets/sheet2.xml": (xml) =>
        xml.replace(/<c r="D5"([^>]*?)(\/>|>[\s\S]*?<\/c>)/, '<c r="D5"$1><f>4000+502.03</f></c>'),
    }),
  );
  const merged = await seedWorkbook();
  merged.getWorksheet("指标体系")!.mergeCells("H2:H3");
  put("merged-score.xlsx", await bufferOf(merged));
  put("not-a-workbook.xlsx", Buffer.from("hello"));
}

interface Verdict {
  total?: number | null;
  errors?: number;
  warnings?: number;
  failure?: string;
}

/** What `score --json` says of a file: its total and counts of findings, or why it could not read it. */
async function scored(path: string): Promise<Verdict> {
  const r = await perfScore(["score", path, "--json"]);
  if (!r.stdout)
    return {
      failure: r.stderr
        .replace(/^perf-score：/, "")
        .trim()
        .replace(path, basename(path)),
    };
  const json = JSON.parse(r.stdout) as { total: number | null; issues: { severity: string }[] };
  const errors = json.issues.filter((i) => i.severity === "error").length;
  return { total: json.total, errors, warnings: json.issues.length - errors };
}

describe("score and summary read every file through the same code: the same totals and findings", () => {
  let ranking: Map<string, Verdict>;
  let failed: Map<string, string>;

  beforeAll(async () => {
    await makeCorpus();
    const r = await perfScore(["summary", corpus, "-o", join(dir, "summary.xlsx")]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "summary.xlsx"));
    const rows = (name: string) =>
      (wb.getWorksheet(name)!.getSheetValues().filter(Boolean) as unknown[][]).map((x) => x.slice(1)).slice(1);
    ranking = new Map(
      rows("汇总").map((x) => [
        basename(String(x[11])),
        { total: x[6] as number, errors: x[8] as number, warnings: x[9] as number },
      ]),
    );
    failed = new Map(rows("未能评分").map((x) => [basename(String(x[0])), String(x[2])])); // 文件, 部门, 原因
  }, 120_000);

  it.each([
    "example.xlsx",
    "template.xlsx",
    "libreoffice.xlsx",
    "libreoffice.xlsm",
    "filled.xlsx",
    "date-in-money.xlsx",
    "truncated-sheet.xlsx",
    "prefixed.xlsx",
    "shared-formulas.xlsx",
    "uncalculated.xlsx",
    "merged-score.xlsx",
    "not-a-workbook.xlsx",
  ])("%s", async (name) => {
    const s = await scored(join(corpus, name));
    if (s.failure !== undefined) {
      expect(failed.get(name)).toBe(s.failure);
    } else if (s.total === null) {
      expect(failed.get(name)).toMatch(new RegExp(`^有 ${s.errors} 处错误：`));
    } else {
      expect(ranking.get(name)).toEqual(s);
    }
  });

  it("and the odd files get the verdicts they should", async () => {
    expect(await scored(join(corpus, "prefixed.xlsx"))).toEqual({ total: 91.75, errors: 0, warnings: 0 });
    expect(await scored(join(corpus, "shared-formulas.xlsx"))).toEqual({ total: 91.75, errors: 0, warnings: 0 });
    expect((await scored(join(corpus, "date-in-money.xlsx"))).total).toBeNull();
    expect((await scored(join(corpus, "uncalculated.xlsx"))).total).toBeNull();
    expect((await scored(join(corpus, "truncated-sheet.xlsx"))).failure).toMatch(
      /^truncated-sheet\.xlsx 已损坏或不是有效的 xlsx 工作簿（工作表“指标体系”：/,
    );
    expect((await scored(join(corpus, "merged-score.xlsx"))).errors).toBe(1);
  });
});
