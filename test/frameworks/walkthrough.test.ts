import ExcelJS from "exceljs";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SHEETS } from "../../src/workbook";
import { perfScore } from "../helpers/cli";
import { ROOT, seedJson } from "../helpers/seed";

// The README's walkthrough for the finance bureau: next year's framework is a file, and no TypeScript changes.
// Copy dapeng-2024's file, change a band (满意度: 6 分 from 92% instead of 95%) and a point value (调整调剂: 0.2 per
// percentage point over 10% instead of 0.1), check it, make its template, fill the template as a department does,
// and score it: the new rules apply.

const dir = mkdtempSync(join(tmpdir(), "perf-walkthrough-"));
const FILE = join(dir, "本区2025框架.yaml");
const TEMPLATE = join(dir, "模板.xlsx");
const FILLED = join(dir, "某局.xlsx");

/** `from` → `to` inside the indicator `code`'s part of the file, every time it occurs there. */
function editIndicator(text: string, code: string, from: string, to: string): string {
  const start = text.indexOf(`  - code: ${code}\n`);
  const end = text.indexOf("\n  - code: ", start + 1);
  const block = text.slice(start, end < 0 ? undefined : end);
  if (!block.includes(from)) throw new Error(`${code} has no “${from}”`);
  return text.slice(0, start) + block.split(from).join(to) + (end < 0 ? "" : text.slice(end));
}

/** A department fills the template: 部门名称, every 基础数据 value, its own 效果性 indicators. */
async function fillLikeADepartment(inputs: Record<string, unknown>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(TEMPLATE);
  wb.getWorksheet(SHEETS.guide)!.getCell("B3").value = "某区某局";
  wb.getWorksheet(SHEETS.guide)!.getCell("B4").value = 2025;
  const sheet = wb.getWorksheet(SHEETS.inputs)!;
  sheet.eachRow((row, n) => {
    const id = String(row.getCell(1).value);
    if (n === 1 || !(id in inputs)) return;
    const v = inputs[id];
    row.getCell(4).value = typeof v === "boolean" ? (v ? "是" : "否") : (v as ExcelJS.CellValue);
  });
  const effect = wb.getWorksheet(SHEETS.effect)!;
  let r = 2;
  for (const e of seedJson().effect as {
    code: string;
    name: string;
    items: { name: string; points: number; achievement: number }[];
  }[])
    for (const item of e.items) effect.getRow(r++).values = [e.code, e.name, item.name, item.points, item.achievement];
  const table = wb.getWorksheet(SHEETS.framework)!;
  let own = 0;
  table.eachRow((row) => {
    // The empty rows of 效果性 in 指标体系 take the department's own indicators, as 说明 says.
    if (own < 4 && row.getCell(3).value === null && row.getCell(8).protection?.locked === false && row.number > 1) {
      const e = (seedJson().effect as { code: string; name: string; items: { points: number }[] }[])[own++];
      row.getCell(3).value = e.name;
      row.getCell(4).value = e.code;
      row.getCell(5).value = e.items.reduce((a, i) => a + i.points, 0);
    }
  });
  await wb.xlsx.writeFile(FILLED);
}

describe("the bureau's walkthrough: copy, edit, check, template, fill, score", () => {
  it("applies the edited framework, and changes no code", async () => {
    // 1. Copy dapeng-2024's file and edit it: a new id, a band, a point value (and the criteria that say so).
    // The README's copy step: the copy lives in the project's folder, its $schema line pointing at frameworks/.
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expect(readme).toContain(
      "sed 's#$schema=schema.json#$schema=frameworks/schema.json#' frameworks/dapeng-2024.yaml > 本区2025框架.yaml",
    );
    copyFileSync(join(ROOT, "frameworks", "dapeng-2024.yaml"), FILE);
    const original = readFileSync(FILE, "utf8");
    expect(original.split("\n")[0]).toBe("# yaml-language-server: $schema=schema.json");
    let text = original
      .replace("$schema=schema.json", "$schema=frameworks/schema.json")
      .replace("id: dapeng-2024", "id: district-2025")
      .replace("name: 部门整体绩效评价共性指标体系框架（大鹏新区 2024）", "name: 某区 2025 年部门整体绩效评价框架")
      .replace("year: 2024", "year: 2025")
      .replace("effective: { from: 2024-01-01, to: 2024-12-31 }", "effective: { from: 2025-01-01, to: 2025-12-31 }");
    text = editIndicator(text, "3.4.2", "95%", "92%");
    text = editIndicator(text, "2.1.2", "超出一个百分点扣 0.1 分", "超出一个百分点扣 0.2 分");
    text = editIndicator(text, "2.1.2", "each: 0.1", "each: 0.2");
    writeFileSync(FILE, text);
    // Beside frameworks/, as the README puts it, the line names the schema PERF ships.
    expect(existsSync(join(ROOT, /\$schema=(\S+)/.exec(text)![1]))).toBe(true);

    // 2. Check it: it passes, and the tree with its points is printed.
    const check = await perfScore(["framework", "check", FILE]);
    expect(check.stderr).toBe("");
    expect(check.code).toBe(0);
    expect(check.stdout).toContain("检查通过");
    expect(check.stdout).toContain("3.4.2 公众或服务对象满意度（6 分）");

    // 3. Its template, carrying it.
    const template = await perfScore(["template", "--framework", FILE, "-o", TEMPLATE]);
    expect(template.code).toBe(0);
    expect(template.stdout).toContain("district-2025");

    // 4. A department fills it: the seed's figures, 93% satisfied and 12.5% of the budget adjusted.
    await fillLikeADepartment({ ...seedJson().inputs, satisfaction: 0.93, adjusted_funds: 470.44 });

    // 5. Scored with the framework it carries: the new band and point value apply.
    const scored = await perfScore(["score", FILLED, "--json"]);
    const out = JSON.parse(scored.stdout);
    const row = (code: string) => out.indicators.find((r: { code: string }) => r.code === code);
    expect(out.framework).toBe("district-2025");
    expect(row("3.4.2").score).toBe(6); // 93% ≥ 92% → 6 (dapeng-2024: 90% ≤ 93% < 95% → 4)
    // 470.44 ÷ 3763.51 = 12.5%: 2.5 points over 10% × 0.2 = 0.5 → 0.5 (dapeng-2024: × 0.1 → 0.75); 1 + 0.5 + 1 = 2.5
    expect(row("2.1.2").score).toBe(2.5);
    expect(row("2.1.2").reasons).toEqual([
      "第2项：调整调剂资金占比 = 470.44 ÷ 3763.51 = 12.5%，超出 10% 共 2.5 个 1%，每个扣 0.2 分，得 0.5 分，扣 0.5 分",
    ]);
    expect(scored.code).toBe(0);

    // The same workbook scored with dapeng-2024 instead, as the bureau may ask: its rules, and a finding that says so.
    const old = JSON.parse((await perfScore(["score", FILLED, "--json", "--framework", "dapeng-2024"])).stdout);
    expect(old.indicators.find((r: { code: string }) => r.code === "3.4.2").score).toBe(4);
    expect(old.indicators.find((r: { code: string }) => r.code === "2.1.2").score).toBe(2.75);
    expect(old.issues[0].message).toBe(
      "工作簿记录的指标框架为 district-2025（PERF框架 表），本次按指定的 dapeng-2024 评分",
    );
  });
});
