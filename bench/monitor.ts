import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../src/cli/main";
import { parseCase } from "../src/scoring";
import { buildTemplate, readWorkbook } from "../src/xlsx";
import { fillLedger } from "../test/helpers/monitor";
import { type Figure, median } from "./measure";

const DEPARTMENTS = 200;
const MONTH = 7;

/**
 * 200 department workbooks as they stand in August: the seed's case under another name, its 运行监控 sheet filled
 * for January to July (预算数, 累计支出, 三公, 日常公用, 政府采购, open tenders), each department at its own pace.
 */
async function generate(dir: string): Promise<void> {
  const seed = JSON.parse(readFileSync(join(__dirname, "..", "examples", "dapeng-2024.json"), "utf8"));
  for (let k = 0; k < DEPARTMENTS; k++) {
    const json = structuredClone(seed);
    json.department = `第 ${k + 1} 号部门`;
    for (const q of ["progress_q1", "progress_q2", "progress_q3", "progress_q4"]) delete json.inputs[q];
    const wb = await buildTemplate(undefined, parseCase(json).case);
    const pace = 0.7 + ((k * 7) % 50) / 100; // 70% to 119% of an even spread
    const months: Record<number, Record<string, number>> = {};
    for (let m = 1; m <= MONTH; m++) {
      const share = (m / 12) * pace;
      months[m] = {
        budget: 3763.51,
        spent: Math.round(3763.51 * Math.min(1, share) * 100) / 100,
        sangong_spent: Math.round(1.47 * share * 100) / 100,
        office_spent: Math.round(50.01 * share * 100) / 100,
        procurement_spent: Math.round(913.96 * share * 100) / 100,
        tenders_open: m <= 3 ? k % 3 : 0,
      };
    }
    fillLedger(wb, months);
    writeFileSync(
      join(dir, `${String(k).padStart(3, "0")}.xlsx`),
      Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer),
    );
  }
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/**
 * `perf-score monitor --month 7` over 200 workbooks, against only reading the same files, as summary's benchmark:
 * with ExcelJS (the goal ≤ 1.25 compares with this), and with PERF's own reader alone (what monitor adds to it is
 * finding the tables, the monitoring core and writing the summary).
 */
export async function benchMonitor(): Promise<Figure[]> {
  const root = mkdtempSync(join(tmpdir(), "perf-bench-monitor-"));
  const dir = join(root, "departments");
  mkdirSync(dir);
  try {
    await generate(dir);
    const files = readdirSync(dir).map((f) => join(dir, f));
    const readOnly = async () => {
      for (const f of files) (await readWorkbook(f)).pkg.close();
    };
    const readExcelJs = async () => {
      for (const f of files) await new ExcelJS.Workbook().xlsx.load(readFileSync(f) as unknown as ExcelJS.Buffer);
    };
    const quiet = { stdout: () => undefined, stderr: () => undefined, readStdin: async () => "" };
    let out = "";
    const monitor = async () => {
      out = "";
      const io = { ...quiet, stdout: (t: string) => void (out += t) };
      const code = await main(["monitor", dir, "--month", String(MONTH), "-o", join(root, "monitor.xlsx")], io);
      if (code !== 0) throw new Error(`monitor exited ${code}`);
      rmSync(join(root, "monitor.xlsx"), { force: true });
    };
    await readOnly(); // warm-up
    await monitor();
    // Every department monitored, none failed: the figure is of the work, not of 200 quick refusals.
    if (!out.includes(`${DEPARTMENTS} 个已监控，0 个未能监控`))
      throw new Error(`monitor did not monitor every workbook: ${out}`);
    const reads: number[] = [];
    const runs: number[] = [];
    const exceljs: number[] = [];
    for (let run = 0; run < 5; run++) {
      reads.push(await time(readOnly));
      runs.push(await time(monitor));
      exceljs.push(await time(readExcelJs));
    }
    const [read, mon, excel] = [median(reads), median(runs), median(exceljs)];
    return [
      {
        name: `monitor --month ${MONTH} over ${DEPARTMENTS} workbooks (workbooks per second, median of 5)`,
        value: `${(DEPARTMENTS / mon).toFixed(1)} /s (${mon.toFixed(2)} s)`,
      },
      {
        name: "only reading the same files with ExcelJS",
        value: `${(DEPARTMENTS / excel).toFixed(1)} /s (${excel.toFixed(2)} s)`,
      },
      { name: "ratio monitor ÷ reading with ExcelJS (goal ≤ 1.25)", value: (mon / excel).toFixed(2) },
      {
        name: "only reading the same files with PERF's reader (monitor adds finding the tables and monitoring)",
        value: `${(DEPARTMENTS / read).toFixed(1)} /s (${read.toFixed(2)} s); ratio ${(mon / read).toFixed(2)}`,
      },
    ];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
