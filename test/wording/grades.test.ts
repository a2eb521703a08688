import { readFileSync } from "node:fs";
import { join } from "node:path";
import { helpText } from "../../src/cli/help";
import { describeGradeBand, gradeBandsText } from "../../src/scoring";
import { dapeng2024 } from "../helpers/frameworks";
import { loadXlsx, TEMPLATE_PATH } from "../helpers/xlsx";
import { ROOT } from "../helpers/seed";

/** Grade bands say which end counts, from the bands' own data, wherever a person reads them. */
describe("grade bands in words", () => {
  it("each end says whether it counts", () => {
    expect(dapeng2024.grades.map(describeGradeBand)).toEqual([
      "不满 60 分",
      "60 分（含）至 80 分",
      "80 分（含）至 90 分",
      "90 分（含）以上",
    ]);
    expect(gradeBandsText(dapeng2024)).toBe(
      "优 90 分（含）以上；良 80 分（含）至 90 分；中 60 分（含）至 80 分；差 不满 60 分",
    );
  });

  it("perf-score --help, the template's 说明 and PERF.GRADE's help all say them so, and none says 80–90", async () => {
    const sheet = (await loadXlsx(TEMPLATE_PATH)).getWorksheet("说明")!;
    const guide = sheet
      .getSheetValues()
      .flat()
      .filter((v): v is string => typeof v === "string")
      .join("\n");
    const zh = JSON.parse(readFileSync(join(ROOT, "src", "functions", "zh-CN.json"), "utf8")) as {
      GRADE: { description: string };
    };
    for (const text of [helpText(undefined), guide, zh.GRADE.description]) {
      expect(text.replace(/\s+/g, "")).toContain(gradeBandsText(dapeng2024).replace(/\s+/g, ""));
      expect(text).not.toMatch(/80–90|≥ 90|< 60/);
    }
  });
});
