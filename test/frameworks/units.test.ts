import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadFrameworkText } from "../../src/cli/framework/file";
import { scoreCase, type Framework } from "../../src/scoring";
import { SHEETS } from "../../src/workbook";
import { buildTemplate, snapshotOf } from "../../src/xlsx";
import { seedCase } from "../helpers/seed";
import { reopen } from "../helpers/xlsx";

// An input's unit (review of #8, item 6): a framework may keep an amount in 元 or 亿元; the template, the checks and
// the scores follow it. dapeng-2024 with 财政核减率's two amounts in 元: the same rate, the same 91.75.
const text = readFileSync(join(__dirname, "..", "..", "frameworks", "dapeng-2024.yaml"), "utf8")
  .replace("label: “一上”申报数, type: money,", "label: “一上”申报数, type: money, unit: 元,")
  .replace("label: “一下”核定数, type: money,", "label: “一下”核定数, type: money, unit: 元,");

describe("an amount kept in 元", () => {
  const loaded = loadFrameworkText(text);

  it("passes the checks, and a check comparing it with an amount in 万元 does not", () => {
    expect(loaded.problems).toEqual([]);
    const mixed = loadFrameworkText(
      text.replace("label: “一下”核定数, type: money, unit: 元,", "label: “一下”核定数, type: money,"),
    );
    expect(mixed.problems.map((p) => p.message)).toContainEqual("核对的各项金额单位不同：万元和元");
  });

  it("is shown in its unit in the template, whose guide says amounts follow the 类型/单位 column", async () => {
    const wb = snapshotOf(await reopen(await buildTemplate(loaded.framework as Framework)));
    const inputs = wb.sheets.find((s) => s.name === SHEETS.inputs)!;
    const row = inputs.rows.find((r) => r[0]?.value === "yishang")!;
    expect(row.map((c) => c?.value)).toContain("金额（元）");
    const other = inputs.rows.find((r) => r[0]?.value === "procurement_budget")!;
    expect(other.map((c) => c?.value)).toContain("金额（万元）");
    const guide = wb.sheets.find((s) => s.name === SHEETS.guide)!;
    expect(guide.rows.flat().map((c) => String(c?.value ?? ""))).toContainEqual(
      expect.stringContaining("金额按“类型/单位”列所示单位填写"),
    );
  });

  it("scores the seed's figures typed in 元 as dapeng-2024 scores them in 万元, and refuses 万元 text there", () => {
    const result = scoreCase(loaded.framework as Framework, seedCase({ yishang: 45020300, yixia: 26224000 }));
    expect(result.total?.toString()).toBe("91.75");
    const wrong = scoreCase(loaded.framework as Framework, seedCase({ yishang: "4,502.03万元", yixia: 26224000 }));
    expect(wrong.issues).toContainEqual(
      expect.objectContaining({
        input: "yishang",
        message: "“一上”申报数以元为单位，收到以万元为单位的文本“4,502.03万元”",
      }),
    );
  });
});
