import type { IndicatorDef, IndicatorText } from "../../../framework";
import { ratio } from "../../../quantities";
import { judgment, rated, sum } from "../../../rules";

const criteria = `1.按照新区财政部门要求编报部门整体绩效目标，得 1.5 分；
2.按照新区财政部门要求编报项目绩效目标，得 1.5 分；项目绩效目标覆盖率得分=（已编报绩效目标且审核通过的项目数量/本部门应编报绩效目标的项目总数）×1.5。`;

/** 指标说明 and 参考评分标准 as the framework table prints them (the template's 指标体系 sheet shows them). */
export const i121Text: IndicatorText = {
  description: "部门（单位）是否按要求编报项目绩效目标，是否依据充分、内容完整、覆盖全面、符合实际。",
  criteria,
};

export const i121: IndicatorDef = {
  code: "1.2.1",
  name: "绩效目标完整性",
  points: "3",
  problem: "绩效目标编报不够完整，有待进一步完善",
  rule: sum(
    judgment({
      label: "第1项",
      clause: "按照新区财政部门要求编报部门整体绩效目标，得 1.5 分",
      input: "dept_target_submitted",
      points: "1.5",
    }),
    rated({
      label: "第2项",
      clause: "项目绩效目标覆盖率得分=（已编报绩效目标且审核通过的项目数量/本部门应编报绩效目标的项目总数）×1.5",
      // Spec §4: no project owes a target (required 0) → full coverage.
      quantity: ratio("项目绩效目标覆盖率", "project_targets_approved", "project_targets_required", "1"),
      points: "1.5",
    }),
  ),
};
