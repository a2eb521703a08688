import type { IndicatorDef, IndicatorText } from "../../../framework";
import type { ScoreBand } from "../../../bands";
import { given } from "../../../quantities";
import { banded, judgment, sum } from "../../../rules";

const criteria = `1.建立了便利的群众意见反映渠道和群众意见办理回复机制（1分）；
2.当年度群众信访办理回复率达 100%（1 分）；
3.当年度群众信访及时办理回复率达 100%，未发生超期（1分）。`;

/** 达 100% earns the point; anything short of it does not. */
const FULL_ONLY: readonly ScoreBand[] = [
  { min: "0", minInclusive: true, max: "1", maxInclusive: false, points: "0", phrase: "未达 100%" },
  { min: "1", minInclusive: true, max: null, maxInclusive: false, points: "1", phrase: "达 100%" },
];

/** 指标说明 and 参考评分标准 as the framework table prints them (the template's 指标体系 sheet shows them). */
export const i341Text: IndicatorText = {
  description: "部门（单位）对群众信访意见的完成情况和及时性，反映部门（单位）对服务群众的重视程度。",
  criteria,
};

export const i341: IndicatorDef = {
  code: "3.4.1",
  name: "群众信访办理情况",
  points: "3",
  problem: "群众信访办理有待进一步加强",
  rule: sum(
    judgment({
      label: "第1项",
      clause: "建立了便利的群众意见反映渠道和群众意见办理回复机制（1分）",
      input: "complaint_channel",
      points: "1",
    }),
    banded({
      label: "第2项",
      clause: "当年度群众信访办理回复率达 100%（1 分）",
      quantity: given("群众信访办理回复率", "complaint_reply_rate"),
      points: "1",
      bands: FULL_ONLY,
    }),
    banded({
      label: "第3项",
      clause: "当年度群众信访及时办理回复率达 100%，未发生超期（1分）",
      quantity: given("群众信访及时办理回复率", "complaint_timely_rate"),
      points: "1",
      bands: FULL_ONLY,
    }),
  ),
};
