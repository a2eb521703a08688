import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseCase } from "../src/scoring";
import { buildTemplate } from "../src/xlsx";
import { fillLedger } from "../test/helpers/monitor";
import { againstReading } from "./batch";
import type { Figure } from "./measure";

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

/**
 * `perf-score monitor --month 7` over 200 workbooks, against only reading the same files, as summary's benchmark:
 * with ExcelJS (the goal ≤ 1.25 compares with this), and with PERF's own reader alone (what monitor adds to it is
 * finding the tables, the monitoring core and writing the summary). Every department is monitored, none refused:
 * the figure is of the work, not of 200 quick refusals.
 */
export async function benchMonitor(): Promise<Figure[]> {
  return againstReading({
    name: `monitor --month ${MONTH}`,
    adds: "finding the tables and monitoring",
    count: DEPARTMENTS,
    generate,
    args: (dir, output) => ["monitor", dir, "--month", String(MONTH), "-o", output],
    check: (stdout) => {
      if (!stdout.includes(`${DEPARTMENTS} 个已监控，0 个未能监控`))
        throw new Error(`monitor did not monitor every workbook: ${stdout}`);
    },
  });
}
