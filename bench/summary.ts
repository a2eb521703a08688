import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../src/cli/main";
import { parseCase } from "../src/scoring";
import { buildTemplate, readWorkbook } from "../src/xlsx";
import { type Figure, median } from "./measure";

const DEPARTMENTS = 200;

/** 200 department workbooks: the seed's case with figures varied per department (deterministically). */
async function generate(dir: string): Promise<void> {
  const seed = JSON.parse(readFileSync(join(__dirname, "..", "examples", "dapeng-2024.json"), "utf8"));
  for (let k = 0; k < DEPARTMENTS; k++) {
    const json = structuredClone(seed);
    json.department = `第 ${k + 1} 号部门`;
    json.inputs.yixia = Math.round(json.inputs.yishang * (0.5 + ((k * 37) % 50) / 100) * 100) / 100;
    json.inputs.satisfaction = 0.75 + ((k * 13) % 25) / 100;
    json.inputs.staff_outside = k % 20;
    json.inputs.progress_q3 = 0.5 + ((k * 7) % 40) / 100;
    const wb = await buildTemplate(undefined, parseCase(json).case);
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
 * `perf-score summary` over 200 workbooks, against only reading the same files: with ExcelJS (the plain read this
 * benchmark has always compared with: goal ≤ 1.25), and with PERF's own reader alone (what summary adds to it is
 * checking and scoring).
 */
export async function benchSummary(): Promise<Figure[]> {
  const root = mkdtempSync(join(tmpdir(), "perf-bench-"));
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
    const summary = async () => {
      const code = await main(["summary", dir, "-o", join(root, "summary.xlsx")], quiet);
      if (code !== 0) throw new Error(`summary exited ${code}`);
    };
    await readOnly(); // warm-up
    const reads: number[] = [];
    const sums: number[] = [];
    const exceljs: number[] = [];
    for (let run = 0; run < 5; run++) {
      reads.push(await time(readOnly));
      sums.push(await time(summary));
      exceljs.push(await time(readExcelJs));
      rmSync(join(root, "summary.xlsx"), { force: true });
    }
    const [read, sum, excel] = [median(reads), median(sums), median(exceljs)];
    return [
      {
        name: `summary over ${DEPARTMENTS} workbooks (workbooks per second, median of 5)`,
        value: `${(DEPARTMENTS / sum).toFixed(1)} /s (${sum.toFixed(2)} s)`,
      },
      {
        name: "only reading the same files with ExcelJS",
        value: `${(DEPARTMENTS / excel).toFixed(1)} /s (${excel.toFixed(2)} s)`,
      },
      { name: "ratio summary ÷ reading with ExcelJS (goal ≤ 1.25)", value: (sum / excel).toFixed(2) },
      {
        name: "only reading the same files with PERF's reader (summary adds checking and scoring)",
        value: `${(DEPARTMENTS / read).toFixed(1)} /s (${read.toFixed(2)} s); ratio ${(sum / read).toFixed(2)}`,
      },
    ];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
