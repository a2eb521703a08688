import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { buildOnce, DIST } from "../scripts/build-once";
import { readWorkbook } from "../src/office/read";
import { writeFill } from "../src/office/write";
import { checkWorkbook, planFill } from "../src/workbook";
import { buildTemplate } from "../src/xlsx";
import { parseCase } from "../src/scoring";
import { cellKey, FakeExcelHost, type FakeCell, type FakeSheet } from "../test/fakes/fake-excel";
import { fakeNamesOf, fakeSheetsOf } from "../test/fakes/from-exceljs";
import type { Figure } from "./measure";

/** gzip size of every script taskpane.html loads, Office.js excepted (test/taskpane/bundle.test.ts holds it to 85 KB). */
export function paneScripts(): { files: string[]; bytes: number } {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  const files = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)"?/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
  const bytes = files.reduce((n, f) => n + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length, 0);
  return { files, bytes };
}

/** What one 评分 asked of Excel: context.sync calls to read and to write, and the bytes of each sync. */
interface Score {
  read: number;
  write: number;
  /** Per sync, in order: bytes sent (request) and received (response), as the fake measures them. */
  bytes: { requestBytes: number; responseBytes: number }[];
}

/** A sheet of ledger lines, as a department's 明细账 (4 columns: number, text, amount, text). */
function ledger(rows: number): FakeSheet {
  const cells = new Map<string, FakeCell>();
  for (let r = 0; r < rows; r++) {
    cells.set(cellKey(r, 0), { value: r + 1 });
    cells.set(cellKey(r, 1), { value: `凭证 ${r + 1}` });
    cells.set(cellKey(r, 2), { value: (r + 1) * 1.5 });
    cells.set(cellKey(r, 3), { value: "办公费" });
  }
  return { name: "明细账", cells, charts: [] };
}

/** A 评分记录 of `rows` rows of 7 short cells, as many fills leave it. */
function record(rows: number): FakeSheet {
  const cells = new Map<string, FakeCell>();
  for (let r = 0; r < rows; r++) {
    ["2026-11-27 10:00:00", `指标体系!H${(r % 30) + 2}`, r % 5, (r % 5) + 0.25, "评分", "", "得分"].forEach(
      (value, c) => cells.set(cellKey(r, c), { value }),
    );
  }
  return { name: "评分记录", cells, charts: [] };
}

/**
 * One 评分 as the pane does it (read, check, plan, write) on the fake Excel (Excel on the web's limits): the seed's
 * workbook with `extra` sheets, and `stray` values set in its own sheets ("基础数据!J1048576").
 */
async function scoreOnce(extra: FakeSheet[] = [], stray: string[] = []): Promise<Score> {
  const seed = JSON.parse(readFileSync(join(__dirname, "..", "examples", "dapeng-2024.json"), "utf8"));
  const wb = await buildTemplate(undefined, parseCase(seed).case);
  const host = new FakeExcelHost([...fakeSheetsOf(wb), ...extra]);
  for (const at of stray) {
    const [sheet, address] = at.split("!");
    host.sheet(sheet)!.cells.set(address, { value: "误填" });
  }
  host.names = fakeNamesOf(wb);
  (globalThis as { Excel?: unknown }).Excel = host.namespace();
  const snapshot = await readWorkbook();
  const read = host.syncs;
  const check = checkWorkbook(snapshot);
  if (check.result.total?.toString() !== "91.75") throw new Error("the benchmark workbook no longer scores 91.75");
  await writeFill(planFill(check, "bench"), snapshot);
  return { read, write: host.syncs - read, bytes: host.syncLog };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const perSync = (s: Score) =>
  s.bytes.map((b, i) => `${i + 1}: ${kb(b.requestBytes)} sent, ${kb(b.responseBytes)} received`).join("; ");

export async function benchTaskpane(): Promise<Figure[]> {
  buildOnce();
  const { files, bytes } = paneScripts();
  const small = await scoreOnce();
  const large = await scoreOnce([ledger(10_000)]);
  const huge = await scoreOnce([ledger(200_000)]);
  const strayJ = await scoreOnce([], ["基础数据!J1048576"]);
  const strayXFD = await scoreOnce([], ["基础数据!XFD1048576"]);
  const records = await scoreOnce([record(200_000)]);
  const syncs = (s: Score) => `read ${s.read}, write ${s.write}`;
  const received = (s: Score) => kb(s.bytes.slice(0, s.read).reduce((n, b) => n + b.responseBytes, 0));
  return [
    {
      name: `JavaScript loaded by taskpane.html, gzip (${files.join(", ")}; Office.js excluded; goal ≤ 85 KB, never > 120 KB)`,
      value: `${(bytes / 1024).toFixed(1)} KB (${bytes} bytes)`,
    },
    {
      name: "framework-checks.js, gzip (loaded only for a workbook carrying a framework PERF does not ship)",
      value: kb(gzipSync(readFileSync(join(DIST, "framework-checks.js")), { level: 9 }).length),
    },
    { name: "context.sync calls per 评分, the seed's workbook", value: syncs(small) },
    { name: "context.sync calls per 评分, with a 10,000-row sheet", value: syncs(large) },
    { name: "context.sync calls per 评分, with a 200,000-row sheet (800,000 cells)", value: syncs(huge) },
    { name: "bytes per sync, the seed's workbook", value: perSync(small) },
    { name: "bytes per sync, with a 200,000-row sheet (Excel on the web refuses > 5 MB)", value: perSync(huge) },
    {
      name: "context.sync calls per 评分 and bytes read, a stray value at 基础数据!J1048576",
      value: `${syncs(strayJ)}; ${received(strayJ)} read`,
    },
    {
      name: "context.sync calls per 评分 and bytes read, a stray value at 基础数据!XFD1048576",
      value: `${syncs(strayXFD)}; ${received(strayXFD)} read`,
    },
    { name: "context.sync calls per 评分, with a 评分记录 of 200,000 × 7", value: syncs(records) },
    { name: "bytes per sync, with a 评分记录 of 200,000 × 7", value: perSync(records) },
  ];
}
