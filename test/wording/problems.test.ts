import { dapeng2024, scoreCase } from "../../src/scoring";
import { ourselves, problemsDraft } from "../../src/workbook";
import { seedCase } from "../helpers/seed";

/** The 存在问题 draft for a case, as text. */
function draft(overrides: Record<string, unknown> = {}, department?: string): string[] {
  const theCase = seedCase(overrides);
  if (department !== undefined) theCase.department = department;
  return problemsDraft(dapeng2024, theCase, scoreCase(dapeng2024, theCase)).map((p) => p.text);
}

describe("the 存在问题 draft reads like the seed's section 三(二)1", () => {
  it("the seed's case: its seven problems, each a headline and the department's own figures", () => {
    expect(draft()).toEqual([
      "（1）预算项目调整、调剂较大，部门预算编制合理性有待提高。2024 年，我局“一上”申报数为 4,502.03 万元，“一下”核定数为 2,622.4 万元，财政核减率为 41.75%；二级项目数（不含预算准备金）为 21，涉及预算调整调剂的项目数为 10，调整调剂项目占比为 47.62%；累计调剂金额占比 ≥ 40% 的项目数为 2。",
      "（2）政府采购执行率偏低，政府采购执行率有待进一步提高。2024 年，我局政府采购预算数为 913.96 万元，政府采购实际支出数为 680.11 万元，政府采购执行率为 74.41%。",
      "（3）编外人员占比过高，编外人员控制率有待进一步降低。2024 年，我局在职人员总数（在编+编外）为 42，编外人员数为 19，编外人员控制率为 45.24%。",
      "（4）公用经费控制率较高，有待进一步降低。2024 年，我局“三公”经费调整预算数为 1.47 万元，“三公”经费决算数为 1.33 万元，“三公”经费控制率为 90.48%。",
      "（5）预算执行率未达 100%，有待进一步提高。2024 年，我局三季度末累计预算支出进度为 64.77%，三季度预算执行率为 86.36%；四季度末累计预算支出进度为 79.14%，四季度预算执行率为 79.14%；全年平均执行率为 91.38%。",
      "（6）项目完成及时率未达 100%，有待进一步提高。2024 年，我局计划项目数为 22，形象进度达 90% 且支出进度超 90% 的项目数为 21，项目完成及时率为 95.45%。",
      "（7）项目推广未得到相关部门表扬、推广，有待进一步加强。2024 年，我局未出现经验被省、市政府部门表扬、推广的情况。",
    ]);
  });

  it("judgments, choices, flags and given rates are said as a report says them, each figure once", () => {
    const text = draft({
      mandate_fit: 0.5,
      budget_disclosure: "不完全合规",
      oversight_failure: true,
      satisfaction: 0.85,
    }).join("\n");
    expect(text).toContain("我局预算编制、分配符合职责及方针政策一项评定 0.5 分（满分 1 分）；“一上”申报数为");
    expect(text).toContain("）预决算信息公开有待进一步规范。2024 年，我局部门预算公开为“不完全合规”。");
    expect(text).toContain("项目监管有待加强。2024 年，我局无法提供监督证明或专项资金评价为差。");
    expect(text).toContain("公众或服务对象满意度有待进一步提高。2024 年，我局公众或服务对象满意度为 85%。");
    expect(text).not.toMatch(/满意度为 85%.*满意度为 85%/); // not twice, as input and as rate
    expect(text).not.toMatch(/[a-z_]{4,}/); // no input id, no English
    expect(text).not.toMatch(/为“[是否]”/); // no form-dump 是/否
    expect(text).not.toMatch(/扣 \d|\d\.\d\.\d/); // no codes or deductions in the report's text
  });

  it("a default left at 0 is not news: 已上缴结余 0 goes unsaid", () => {
    expect(draft().join("")).not.toContain("已上缴结余");
    expect(draft({ sangong_actual: 1.45, sangong_remitted: 0.01 }).join("")).toContain(
      "“三公”经费调整预算数为 1.47 万元，“三公”经费已上缴结余为 0.01 万元，“三公”经费决算数为 1.45 万元，“三公”经费控制率为 97.97%",
    );
  });

  it("is held back until the score is complete", () => {
    expect(draft({ yishang: "" })).toEqual([]);
  });

  it("speaks as the department does: 我局, 我委, 我办, 我中心, else 我单位", () => {
    expect(
      [
        "某区财政局",
        "某区发展和改革委员会",
        "某区人民政府办公室",
        "某区政务服务中心",
        "某区教育委",
        "某区某某有限公司",
        "",
      ].map(ourselves),
    ).toEqual(["我局", "我委", "我办", "我中心", "我委", "我单位", "我单位"]);
    expect(draft({}, "某区政务服务中心")[1]).toContain("2024 年，我中心政府采购预算数为");
  });
});
