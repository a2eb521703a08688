import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseCase } from "../src/scoring";
import { buildTemplate } from "../src/xlsx";
import { againstReading } from "./batch";
import type { Figure } from "./measure";

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

/**
 * `perf-score summary` over 200 workbooks, against only reading the same files: with ExcelJS (the plain read this
 * benchmark has always compared with: goal ≤ 1.25), and with PERF's own reader alone (what summary adds to it is
 * checking and scoring).
 */
export async function benchSummary(): Promise<Figure[]> {
  return againstReading({
    name: "summary",
    adds: "checking and scoring",
    count: DEPARTMENTS,
    generate,
    args: (dir, output) => ["summary", dir, "-o", output],
  });
}
