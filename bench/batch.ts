import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../src/cli/main";
import { readWorkbook } from "../src/xlsx";
import { type Figure, median } from "./measure";

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

export interface BatchBench {
  /** How the figures name the command: “summary”, “monitor --month 7”. */
  name: string;
  /** What the command adds to PERF's reader, in words. */
  adds: string;
  /** How many workbooks `generate` writes. */
  count: number;
  generate(dir: string): Promise<void>;
  /** The command's arguments for the folder and the output. */
  args(dir: string, output: string): string[];
  /** Throws unless a run's standard output shows the work was done (every workbook handled as expected). */
  check?(stdout: string): void;
}

/**
 * A perf-score batch command over generated workbooks, against only reading the same files: with ExcelJS (the plain
 * read summary's benchmark has always compared with: goal ≤ 1.25), and with PERF's own reader alone. Medians of 5.
 */
export async function againstReading(bench: BatchBench): Promise<Figure[]> {
  const root = mkdtempSync(join(tmpdir(), "perf-bench-"));
  const dir = join(root, "departments");
  const output = join(root, "output.xlsx");
  mkdirSync(dir);
  try {
    await bench.generate(dir);
    const files = readdirSync(dir).map((f) => join(dir, f));
    const readOnly = async () => {
      for (const f of files) (await readWorkbook(f)).pkg.close();
    };
    const readExcelJs = async () => {
      for (const f of files) await new ExcelJS.Workbook().xlsx.load(readFileSync(f) as unknown as ExcelJS.Buffer);
    };
    let stdout = "";
    const io = { stdout: (t: string) => void (stdout += t), stderr: () => undefined, readStdin: async () => "" };
    const command = async () => {
      stdout = "";
      const code = await main(bench.args(dir, output), io);
      if (code !== 0) throw new Error(`${bench.name} exited ${code}: ${stdout}`);
      rmSync(output, { force: true });
    };
    await readOnly(); // warm-up
    await command();
    bench.check?.(stdout);
    const reads: number[] = [];
    const runs: number[] = [];
    const exceljs: number[] = [];
    for (let run = 0; run < 5; run++) {
      reads.push(await time(readOnly));
      runs.push(await time(command));
      exceljs.push(await time(readExcelJs));
    }
    const [read, ran, excel] = [median(reads), median(runs), median(exceljs)];
    const n = bench.count;
    const word = bench.name.split(" ")[0];
    return [
      {
        name: `${bench.name} over ${n} workbooks (workbooks per second, median of 5)`,
        value: `${(n / ran).toFixed(1)} /s (${ran.toFixed(2)} s)`,
      },
      {
        name: "only reading the same files with ExcelJS",
        value: `${(n / excel).toFixed(1)} /s (${excel.toFixed(2)} s)`,
      },
      { name: `ratio ${word} ÷ reading with ExcelJS (goal ≤ 1.25)`, value: (ran / excel).toFixed(2) },
      {
        name: `only reading the same files with PERF's reader (${word} adds ${bench.adds})`,
        value: `${(n / read).toFixed(1)} /s (${read.toFixed(2)} s); ratio ${(ran / read).toFixed(2)}`,
      },
    ];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
