import { scoreCase } from "../../src/scoring";
import { dapeng2024 } from "../helpers/frameworks";
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
      "（1）预算项目调整、调剂较大，部门预算编制合理性有待提高。2024 年，我局“一上”申报数为 4,502.03 万元，“一下”核定数为 2,622.4 万元，财政核减率为 41.75%；除预算准备金外有 21 个二级项目，涉及预算调整调剂的项目有 10 个，调整调剂项目占比为 47.62%；累计调剂金额占比达 40% 及以上的项目有 2 个。",
      "（2）政府采购执行率偏低，政府采购执行率有待进一步提高。2024 年，我局政府采购预算数为 913.96 万元，政府采购实际支出数为 680.11 万元，政府采购执行率为 74.41%。",
      "（3）编外人员占比过高，编外人员控制率有待进一步降低。2024 年，我局实有人员共计 42 人，编外人员共计 19 人，编外人员控制率为 45.24%。",
      "（4）“三公”经费控制率较高，有待进一步降低。2024 年，我局“三公”经费调整预算数为 1.47 万元，“三公”经费决算数为 1.33 万元，“三公”经费控制率为 90.48%。",
      "（5）预算执行率未达 100%，有待进一步提高。2024 年，我局三季度末累计预算支出进度为 64.77%，三季度预算执行率为 86.36%；四季度末累计预算支出进度为 79.14%，四季度预算执行率为 79.14%；全年平均执行率为 91.38%。",
      "（6）项目完成及时率未达 100%，有待进一步提高。2024 年，我局计划项目 22 个，形象进度达 90% 且支出进度超过 90% 的项目有 21 个，项目完成及时率为 95.45%。",
      "（7）项目推广未得到相关部门表扬、推广，有待进一步加强。2024 年，我局成果或经验模式未被省、市政府部门表扬、推广。",
    ]);
  });

  it("judgments, choices, flags and given rates are said in the framework's sentence forms, each figure once", () => {
    const text = draft({
      mandate_fit: 0.5,
      budget_disclosure: "不完全合规",
      final_disclosure: "未公开",
      oversight_failure: true,
      rules_enforced: 1,
      satisfaction: 0.85,
    }).join("\n");
    expect(text).toContain(
      "我局部门预算编制、分配与本部门职责及方针政策的符合程度评定为 0.5 分（满分 1 分）；“一上”申报数为",
    );
    expect(text).toContain(
      "）预决算信息公开有待进一步规范。2024 年，我局部门预算进行了公开，但存在不符合时限、内容、范围等要求的情况；部门决算未公开。",
    );
    expect(text).toContain(
      "）项目监管有待加强。2024 年，我局无法提供开展检查监督的相关证明材料，或主管的专项资金绩效评价结果为差。",
    );
    expect(text).toContain(
      "）管理制度执行不够到位，有待加强。2024 年，我局财政资金管理、财务管理、内部控制等制度的执行评定为 1 分（满分 1.5 分）。",
    );
    expect(text).toContain("公众或服务对象满意度有待进一步提高。2024 年，我局公众或服务对象满意度为 85%。");
    expect(text).not.toMatch(/满意度为 85%.*满意度为 85%/); // not twice, as input and as rate
    expect(text).not.toMatch(/[a-z_]{4,}/); // no input id, no English
    expect(text).not.toMatch(/为“/); // no option quoted as in a form (为“不完全合规”, 为“否”)
    expect(text).not.toMatch(/一项评定|上述/); // review of #10, finding 5: form wording, “上述” referring to nothing
    expect(text).not.toMatch(/扣 \d|\d\.\d\.\d/); // no codes or deductions in the report's text
  });

  it("the headline is the clause that lost points, not the indicator's first problem (review of #10, finding 5)", () => {
    // Only 1.1.1's first judgment lost: not “预算项目调整、调剂较大”.
    const judgment = draft({
      yishang: 2622.4,
      yixia: 2622.4,
      adjusted_projects: 0,
      projects_adjusted_40pct: 0,
      mandate_fit: 0.5,
    });
    expect(judgment[0]).toBe(
      "（1）部门预算编制与职责、政策要求的契合度有待提高。2024 年，我局部门预算编制、分配与本部门职责及方针政策的符合程度评定为 0.5 分（满分 1 分）。",
    );
    // Only a late tender lost in 2.1.1 (执行率 100%): not “政府采购执行率偏低”, and “我局 4 月前” is no longer glued.
    const tender = draft({ procurement_actual: 913.96, late_tenders: 1 }).find((p) => p.includes("招标"));
    expect(tender).toBe(
      "（2）政府采购招标不够及时，政府采购政策功能的落实有待加强。2024 年，我局年初预算下达后 4 月前未完成招标的新增集中采购项目有 1 个。",
    );
    // Two clauses with their own headlines: both said, once each.
    const both = draft({ procurement_actual: 913.96, late_tenders: 1, interim_renewals: 2 }).find((p) =>
      p.includes("招标"),
    );
    expect(both).toMatch(
      /^（2）政府采购招标不够及时，政府采购政策功能的落实有待加强；跨年度政府采购项目采购不及时，出现过渡期、临时续签等情况。/,
    );
  });

  it("a label starting with a figure is spaced from 我局 when the framework gives no sentence for it", () => {
    const framework = {
      ...dapeng2024,
      inputs: dapeng2024.inputs.map((d) => (d.id === "late_tenders" ? { ...d, fact: undefined } : d)),
    };
    const theCase = seedCase({ procurement_actual: 913.96, late_tenders: 1 });
    const text = problemsDraft(framework, theCase, scoreCase(framework, theCase))
      .map((p) => p.text)
      .join("");
    expect(text).toContain("2024 年，我局 4 月前未完成招标的新增集中采购项目数为 1。");
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
