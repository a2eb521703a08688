import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { buildOnce, DIST } from "../scripts/build-once";
import { readWorkbook } from "../src/office/read";
import { writeFill } from "../src/office/write";
import { checkWorkbook, planFill } from "../src/workbook";
import { buildTemplate } from "../src/xlsx";
import { parseCase } from "../src/scoring";
import { FakeExcelHost } from "../test/fakes/fake-excel";
import { fakeSheetsOf } from "../test/fakes/from-exceljs";
import type { Figure } from "./measure";

/** gzip size of every script taskpane.html loads, Office.js excepted. */
function paneScripts(): { files: string[]; bytes: number } {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  const files = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)"?/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
  const bytes = files.reduce((n, f) => n + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length, 0);
  return { files, bytes };
}

/** One 评分 as the pane does it (read, check, plan, write) on the fake Excel; returns its context.sync counts. */
async function syncsPerScore(extraRows: number): Promise<{ read: number; write: number }> {
  const seed = JSON.parse(readFileSync(join(__dirname, "..", "examples", "dapeng-2024.json"), "utf8"));
  const wb = await buildTemplate(undefined, parseCase(seed).case);
  if (extraRows > 0) {
    const big = wb.addWorksheet("明细账");
    for (let r = 1; r <= extraRows; r++) big.getRow(r).values = [r, `凭证 ${r}`, r * 1.5, "办公费"];
  }
  const host = new FakeExcelHost(fakeSheetsOf(wb));
  (globalThis as { Excel?: unknown }).Excel = host.namespace();
  const snapshot = await readWorkbook();
  const read = host.syncs;
  const check = checkWorkbook(snapshot);
  if (check.result.total?.toString() !== "91.75") throw new Error("the benchmark workbook no longer scores 91.75");
  await writeFill(planFill(check, "bench"), snapshot);
  return { read, write: host.syncs - read };
}

export async function benchTaskpane(): Promise<Figure[]> {
  buildOnce();
  const { files, bytes } = paneScripts();
  const small = await syncsPerScore(0);
  const large = await syncsPerScore(10_000);
  return [
    {
      name: `JavaScript loaded by taskpane.html, gzip (${files.join(", ")}; Office.js excluded; goal ≤ 85 KB, never > 120 KB)`,
      value: `${(bytes / 1024).toFixed(1)} KB (${bytes} bytes)`,
    },
    { name: "context.sync calls per 评分, the seed's workbook", value: `read ${small.read}, write ${small.write}` },
    { name: "context.sync calls per 评分, with a 10,000-row sheet", value: `read ${large.read}, write ${large.write}` },
  ];
}
