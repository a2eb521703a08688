import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WorkbookLoadError, WorkbookPackage } from "../../src/xlsx";
import { tally } from "../helpers/cli";
import { entriesOf, withParts } from "../helpers/parts";
import { SEED_XLSX, readCells } from "../helpers/xlsx";
import { deflatedPadding, writeZip, zipBomb } from "../helpers/zip-bomb";

const dir = mkdtempSync(join(tmpdir(), "perf-limits-"));
const at = (name: string) => join(dir, name);
const ROOT = join(__dirname, "..", "..");

/**
 * perf-score in a child process with a 192 MB heap, and its peak memory: a regression that inflates a bomb fails
 * (out of memory, or over the bound) instead of taking the test run down with it. Not timed: speed is for the bench.
 */
function capped(args: string[]): { code: number | null; stdout: string; stderr: string; peakMb: number } {
  const r = spawnSync(
    process.execPath,
    ["--max-old-space-size=192", join(ROOT, "scripts", "peak-memory.js"), ...args],
    {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 120_000,
    },
  );
  const peak = /PEAK_RSS_KB (\d+)/.exec(r.stderr)?.[1];
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr.replace(/\nPEAK_RSS_KB \d+\n/, ""),
    peakMb: peak ? Number(peak) / 1024 : Infinity,
  };
}

describe("a zip bomb: a 5 MB workbook whose sheet unpacks to 5 GB", () => {
  beforeAll(async () => {
    const seed = readFileSync(SEED_XLSX);
    writeFileSync(at("bomb.xlsx"), await zipBomb(seed, 5));
    writeFileSync(at("bomb-lying.xlsx"), await zipBomb(seed, 5, true));
  }, 60_000);

  it("is refused from its declared size, before anything is inflated, in bounded memory", () => {
    expect(readFileSync(at("bomb.xlsx")).length).toBeLessThan(6 * 1024 * 1024);
    const r = capped(["score", at("bomb.xlsx")]);
    expect(r.stderr).toBe(
      `perf-score：${at("bomb.xlsx")} 中的 xl/worksheets/bomb.xml 解压后有 5.0 GB，超过每部分 200 MB 的上限（可能是恶意构造的“压缩炸弹”），已拒绝读取\n`,
    );
    expect(r.code).toBe(1);
    expect(r.peakMb).toBeLessThan(300);
  });

  it("whose header lies (4 KB declared) is stopped while inflating, in bounded memory", () => {
    const r = capped(["score", at("bomb-lying.xlsx")]);
    expect(r.stderr).toBe(
      `perf-score：${at("bomb-lying.xlsx")} 中的 xl/worksheets/bomb.xml 解压后比文件头声明的 4 KB 更大：文件已损坏或是恶意构造的（“压缩炸弹”），已拒绝读取\n`,
    );
    expect(r.code).toBe(1);
    expect(r.peakMb).toBeLessThan(300);
  });

  it("in summary, beside good workbooks: both are listed with their reason and the good one is ranked", () => {
    mkdirSync(at("batch"));
    copyFileSync(SEED_XLSX, at("batch/a.xlsx"));
    copyFileSync(at("bomb.xlsx"), at("batch/b.xlsx"));
    copyFileSync(at("bomb-lying.xlsx"), at("batch/c.xlsx"));
    const r = capped(["summary", at("batch"), "-o", at("batch.xlsx")]);
    expect(r.stdout).toMatch(tally(3, 1, 2, at("batch.xlsx")));
    expect(r.stderr).toContain(`未能评分：${at("batch/b.xlsx")}：b.xlsx 中的 xl/worksheets/bomb.xml 解压后有 5.0 GB`);
    expect(r.stderr).toContain(
      `未能评分：${at("batch/c.xlsx")}：c.xlsx 中的 xl/worksheets/bomb.xml 解压后比文件头声明的 4 KB 更大`,
    );
    expect(r.code).toBe(0);
    expect(r.peakMb).toBeLessThan(300);
  });
});

describe("other limits, checked on the central directory before inflating", () => {
  const refusal = (data: Buffer) => {
    try {
      WorkbookPackage.fromBuffer(data, "x.xlsx");
      return "opened";
    } catch (e) {
      return e instanceof WorkbookLoadError ? e.message : `other: ${(e as Error).message}`;
    }
  };

  it("a part that compresses more than 100:1", () => {
    const part = deflatedPadding("<a>", 150, "</a>");
    expect(
      refusal(
        writeZip([
          { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
          { name: "xl/a.xml", deflated: part },
        ]),
      ),
    ).toMatch(
      /^x\.xlsx 中的 xl\/a\.xml 压缩比超过 100:1（\d+ KB 解压为 150 MB，可能是恶意构造的“压缩炸弹”），已拒绝读取$/,
    );
  });

  it("parts that together unpack to more than 1 GB", () => {
    const entries = Array.from({ length: 6 }, (_, k) => ({
      name: `xl/media/image${k}.png`,
      deflated: { bytes: randomBytes(2 * 1024 * 1024), crc: 0, size: 190 * 1024 * 1024 },
    }));
    expect(refusal(writeZip(entries))).toBe("x.xlsx 解压后超过 1 GB 的上限（可能是恶意构造的“压缩炸弹”），已拒绝读取");
  });

  it("a part read whole (the shared strings) over 64 MB, before it is inflated", async () => {
    const entries = [...(await entriesOf(readFileSync(SEED_XLSX)))].map(([name, data]) =>
      name === "xl/sharedStrings.xml"
        ? { name, deflated: { bytes: randomBytes(1024 * 1024), crc: 0, size: 70 * 1024 * 1024 } }
        : { name, data },
    );
    expect(await readCells(writeZip(entries)).catch((e: Error) => e.message)).toBe(
      "测试.xlsx 中的 xl/sharedStrings.xml 解压后有 70 MB，超过一次读入 64 MB 的上限，已拒绝读取",
    );
  });

  it("a sheet listed in the workbook whose part is missing is damage, not an empty sheet", async () => {
    const data = await withParts(readFileSync(SEED_XLSX), { "xl/worksheets/sheet2.xml": null });
    expect(await readCells(data).catch((e: Error) => e.message)).toBe(
      "测试.xlsx 已损坏或不是有效的 xlsx 工作簿（xl/workbook.xml：工作表“基础数据”的内容不见了）",
    );
  });

  it("more than 20,000 entries", () => {
    const entries = Array.from({ length: 20_001 }, (_, k) => ({ name: `x/${k}`, data: Buffer.alloc(0) }));
    expect(refusal(writeZip(entries))).toBe("x.xlsx 含有 20001 个压缩项，超过 20000 个的上限，已拒绝读取");
  });
});

describe("XML that would take unbounded memory or stack is refused", () => {
  const read = async (data: Buffer) =>
    readCells(data).then(
      () => "read",
      (e: unknown) => (e instanceof WorkbookLoadError ? e.message : `other: ${(e as Error).message}`),
    );
  const seed = () => readFileSync(SEED_XLSX);

  it("elements nested thousands deep", async () => {
    const deep = `${"<a>".repeat(5000)}${"</a>".repeat(5000)}`;
    const data = await withParts(seed(), {
      "xl/worksheets/sheet1.xml": (x) => x.replace("</sheetData>", `</sheetData><extLst>${deep}</extLst>`),
    });
    expect(await read(data)).toContain("元素嵌套过深");
  });

  it("a text of 5 MB in one cell, a tag of 5 MB", async () => {
    // Random characters, so that the part does not compress past the ratio limit: this is about the parser.
    const noise = (n: number, base: number, span: number) => {
      const codes = new Uint16Array(n);
      const bytes = randomBytes(n);
      for (let i = 0; i < n; i++) codes[i] = base + ((bytes[i] * 131 + i) % span);
      return Buffer.from(codes.buffer).toString("utf16le");
    };
    const long = noise(5 * 1024 * 1024, 0x4e00, 2000);
    const text = await withParts(seed(), {
      "xl/worksheets/sheet1.xml": (x) =>
        x.replace("<sheetData>", `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${long}</t></is></c></row>`),
    });
    expect(await read(text)).toContain("单元格文字过长");
    const tag = await withParts(seed(), {
      "xl/worksheets/sheet1.xml": (x) =>
        x.replace("<sheetData>", `<sheetData><row r="1" x="${noise(5 * 1024 * 1024, 97, 26)}"/>`),
    });
    expect(await read(tag)).toContain("标签过长");
  }, 60_000);
});
