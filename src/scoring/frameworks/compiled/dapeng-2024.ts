// Written by `npm run build:frameworks` from frameworks/dapeng-2024.yaml: never edit it by hand (a test rebuilds it).
// The framework's scoring data, without the words scoring never reads (指标说明, 参考评分标准, the clauses rules
// quote, which indicator each input feeds): frameworks/texts.ts has the whole file.
import type { BundledFramework } from "../../format/compile";

// (Its rules leave out the clauses a framework file must have, hence the cast.)
const framework = {
  "hash": "69a10d1a6384539195e388433d168abcc57039eba1688fccdab36ca5e0d77025",
  "data": {
    "id": "dapeng-2024",
    "name": "部门整体绩效评价共性指标体系框架（大鹏新区 2024）",
    "example": false,
    "total": "100",
    "grades": [
      {
        "min": "0",
        "minInclusive": true,
        "max": "60",
        "maxInclusive": false,
        "level": "差"
      },
      {
        "min": "60",
        "minInclusive": true,
        "max": "80",
        "maxInclusive": false,
        "level": "中"
      },
      {
        "min": "80",
        "minInclusive": true,
        "max": "90",
        "maxInclusive": false,
        "level": "良"
      },
      {
        "min": "90",
        "minInclusive": true,
        "max": null,
        "maxInclusive": false,
        "level": "优"
      }
    ],
    "inputs": [
      {
        "id": "mandate_fit",
        "label": "预算编制、分配符合职责及方针政策",
        "type": "judgment",
        "max": "1",
        "fact": "部门预算编制、分配与本部门职责及方针政策的符合程度评定为 {} 分（满分 {满分} 分）"
      },
      {
        "id": "priority_allocation",
        "label": "预算资金按轻重缓急合理分配",
        "type": "judgment",
        "max": "0.5",
        "fact": "预算资金按轻重缓急合理分配的情况评定为 {} 分（满分 {满分} 分）"
      },
      {
        "id": "special_fund_detail",
        "label": "专项资金细化合理、预决算差异不超 15%",
        "type": "judgment",
        "max": "0.5",
        "fact": "专项资金预算编制的细化程度评定为 {} 分（满分 {满分} 分）"
      },
      {
        "id": "yishang",
        "label": "“一上”申报数",
        "type": "money"
      },
      {
        "id": "yixia",
        "label": "“一下”核定数",
        "type": "money"
      },
      {
        "id": "secondary_projects",
        "label": "二级项目数（不含预算准备金）",
        "type": "count",
        "fact": "除预算准备金外有 {} 个二级项目"
      },
      {
        "id": "adjusted_projects",
        "label": "涉及预算调整调剂的项目数",
        "type": "count",
        "atMost": "secondary_projects",
        "fact": "涉及预算调整调剂的项目有 {} 个"
      },
      {
        "id": "projects_adjusted_40pct",
        "label": "累计调剂金额占比 ≥ 40% 的项目数",
        "type": "count",
        "atMost": "adjusted_projects",
        "fact": "累计调剂金额占比达 40% 及以上的项目有 {} 个"
      },
      {
        "id": "allocation_not_fixed",
        "label": "预算分配不固化",
        "type": "judgment",
        "max": "1",
        "fact": "预算分配不固化、按实际情况合理调整的情况评定为 {} 分（满分 {满分} 分）"
      },
      {
        "id": "budget_rule_violations",
        "label": "不符合预算编制要求的事项数",
        "type": "count",
        "fact": "不符合预算编制要求的事项有 {} 项"
      },
      {
        "id": "new_projects_unassessed",
        "label": "未开展事前绩效评估的新增项目数",
        "type": "count",
        "fact": "未开展事前绩效评估的新增项目有 {} 个"
      },
      {
        "id": "dept_target_submitted",
        "label": "按要求编报部门整体绩效目标",
        "type": "judgment",
        "max": "1.5",
        "fact": "部门整体绩效目标的编报评定为 {} 分（满分 {满分} 分）"
      },
      {
        "id": "project_targets_required",
        "label": "应编报绩效目标的项目数",
        "type": "count",
        "fact": "应编报绩效目标的项目有 {} 个"
      },
      {
        "id": "project_targets_approved",
        "label": "已编报且审核通过的项目数",
        "type": "count",
        "atMost": "project_targets_required",
        "fact": "已编报且审核通过的有 {} 个"
      },
      {
        "id": "targets_decomposed",
        "label": "绩效指标细化分解为工作任务",
        "type": "judgment",
        "max": "0.5",
        "fact": "绩效指标细化分解为具体工作任务的情况评定为 {} 分（满分 {满分} 分）"
      },
      {
        "id": "basic_expenditure_included",
        "label": "绩效指标包括基本支出",
        "type": "judgment",
        "max": "0.5",
        "fact": "绩效指标包括基本支出等内容的情况评定为 {} 分（满分 {满分} 分）"
      },
      {
        "id": "benefit_indicators",
        "label": "含社会、经济、生态效益指标",
        "type": "judgment",
        "max": "1",
        "fact": "社会、经济、生态效益指标的设置评定为 {} 分（满分 {满分} 分）"
      },
      {
        "id": "indicators_total",
        "label": "整体绩效指标总数",
        "type": "count",
        "fact": "部门整体绩效指标共 {} 个"
      },
      {
        "id": "indicators_qualitative",
        "label": "其中定性指标数",
        "type": "count",
        "atMost": "indicators_total",
        "fact": "其中定性指标 {} 个"
      },
      {
        "id": "target_values_justified",
        "label": "目标值测算有依据",
        "type": "judgment",
        "max": "1",
        "fact": "目标值测算的依据评定为 {} 分（满分 {满分} 分）"
      },
      {
        "id": "funds_coverage_80",
        "label": "绩效指标反映 80% 以上资金量",
        "type": "judgment",
        "max": "1",
        "fact": "绩效指标反映资金量的情况评定为 {} 分（满分 {满分} 分）"
      },
      {
        "id": "indicators_over_50pct",
        "label": "实际完成值超目标值 50% 的指标数",
        "type": "count",
        "fact": "实际完成值超过目标值 50% 的项目指标有 {} 个"
      },
      {
        "id": "procurement_budget",
        "label": "政府采购预算数",
        "type": "money"
      },
      {
        "id": "procurement_actual",
        "label": "政府采购实际支出数",
        "type": "money"
      },
      {
        "id": "late_tenders",
        "label": "4 月前未完成招标的新增集中采购项目数",
        "type": "count",
        "fact": "年初预算下达后 4 月前未完成招标的新增集中采购项目有 {} 个"
      },
      {
        "id": "interim_renewals",
        "label": "因采购不及时出现过渡期、临时续签的项目数",
        "type": "count",
        "fact": "因采购不及时出现过渡期、临时续签的跨年度项目有 {} 个"
      },
      {
        "id": "payment_compliance",
        "label": "资金支出规范性",
        "type": "judgment",
        "max": "1",
        "fact": "资金支出规范性评定为 {} 分（满分 {满分} 分）"
      },
      {
        "id": "adjusted_funds",
        "label": "调整、调剂资金累计数",
        "type": "money"
      },
      {
        "id": "budget_scale",
        "label": "部门预算总规模",
        "type": "money"
      },
      {
        "id": "accounting_compliance",
        "label": "会计核算规范性",
        "type": "judgment",
        "max": "1",
        "fact": "会计核算规范性评定为 {} 分（满分 {满分} 分）"
      },
      {
        "id": "serious_violation",
        "label": "发生超范围超标准、虚列、截留挤占挪用等支出",
        "type": "flag",
        "fact": {
          "是": "发生超范围、超标准支出，虚列支出，截留、挤占、挪用资金等情况"
        }
      },
      {
        "id": "budget_disclosure",
        "label": "部门预算公开",
        "type": "enum",
        "options": [
          "合规",
          "不完全合规",
          "未公开"
        ],
        "fact": {
          "合规": "部门预算按规定公开",
          "不完全合规": "部门预算进行了公开，但存在不符合时限、内容、范围等要求的情况",
          "未公开": "部门预算未公开"
        }
      },
      {
        "id": "final_disclosure",
        "label": "部门决算公开",
        "type": "enum",
        "options": [
          "合规",
          "不完全合规",
          "未公开"
        ],
        "fact": {
          "合规": "部门决算按规定公开",
          "不完全合规": "部门决算进行了公开，但存在不符合时限、内容、范围等要求的情况",
          "未公开": "部门决算未公开"
        }
      },
      {
        "id": "classified_unit",
        "label": "涉密部门，按规定不公开",
        "type": "flag"
      },
      {
        "id": "setup_approval",
        "label": "项目设立、调整履行报批程序",
        "type": "judgment",
        "max": "0.5",
        "fact": "项目设立、调整履行报批程序的情况评定为 {} 分（满分 {满分} 分）"
      },
      {
        "id": "execution_compliance",
        "label": "招投标、建设、验收严格执行制度",
        "type": "judgment",
        "max": "0.5",
        "fact": "招投标、建设、验收执行制度规定的情况评定为 {} 分（满分 {满分} 分）"
      },
      {
        "id": "monthly_tracking",
        "label": "每月统计并通报项目支出进度",
        "type": "judgment",
        "max": "1",
        "fact": "每月统计、通报项目支出进度的情况评定为 {} 分（满分 {满分} 分）"
      },
      {
        "id": "large_project_oversight",
        "label": "单项 200 万元以上资金有效监管",
        "type": "judgment",
        "max": "1",
        "note": "无此类项目视同满足",
        "fact": "单项 200 万元以上财政资金的监管评定为 {} 分（满分 {满分} 分）"
      },
      {
        "id": "oversight_failure",
        "label": "无法提供监督证明或专项资金评价为差",
        "type": "flag",
        "fact": {
          "是": "无法提供开展检查监督的相关证明材料，或主管的专项资金绩效评价结果为差"
        }
      },
      {
        "id": "assets_physical",
        "label": "年末单位实物资产总额",
        "type": "money"
      },
      {
        "id": "assets_book",
        "label": "单位决算资产总额",
        "type": "money"
      },
      {
        "id": "disposal_timely",
        "label": "处置批复后 30 个工作日内完成处理",
        "type": "judgment",
        "max": "0.5",
        "fact": "资产处置后续处理的及时性评定为 {} 分（满分 {满分} 分）"
      },
      {
        "id": "disposal_booked",
        "label": "10 个工作日内完成账务处理",
        "type": "judgment",
        "max": "0.5",
        "fact": "资产处置账务处理的及时性评定为 {} 分（满分 {满分} 分）"
      },
      {
        "id": "income_remitted",
        "label": "有偿使用及处置收入及时足额上缴",
        "type": "judgment",
        "max": "0.5",
        "fact": "有偿使用及处置收入的上缴评定为 {} 分（满分 {满分} 分）"
      },
      {
        "id": "inventory_done",
        "label": "年度内及时开展资产清查",
        "type": "judgment",
        "max": "0.5",
        "fact": "资产清查的开展评定为 {} 分（满分 {满分} 分）"
      },
      {
        "id": "assets_in_use",
        "label": "实际在用固定资产总额",
        "type": "money",
        "atMost": "assets_total"
      },
      {
        "id": "assets_total",
        "label": "所有固定资产总额",
        "type": "money"
      },
      {
        "id": "staff_on_payroll",
        "label": "实际在编在职人数",
        "type": "count",
        "fact": "实际在编在职人员 {} 人"
      },
      {
        "id": "staff_quota",
        "label": "编制人数",
        "type": "count",
        "fact": "编制 {} 人"
      },
      {
        "id": "staff_outside",
        "label": "编外人员数",
        "type": "count",
        "atMost": "staff_total",
        "fact": "编外人员共计 {} 人"
      },
      {
        "id": "staff_total",
        "label": "在职人员总数（在编+编外）",
        "type": "count",
        "fact": "实有人员共计 {} 人"
      },
      {
        "id": "rules_established",
        "label": "制定财政资金、财务、内控等制度",
        "type": "judgment",
        "max": "0.5",
        "fact": "财政资金管理、财务管理、内部控制等制度的建立评定为 {} 分（满分 {满分} 分）"
      },
      {
        "id": "rules_enforced",
        "label": "上述制度得到有效执行",
        "type": "judgment",
        "max": "1.5",
        "fact": "财政资金管理、财务管理、内部控制等制度的执行评定为 {} 分（满分 {满分} 分）"
      },
      {
        "id": "sangong_actual",
        "label": "“三公”经费决算数",
        "type": "money"
      },
      {
        "id": "sangong_budget",
        "label": "“三公”经费调整预算数",
        "type": "money"
      },
      {
        "id": "sangong_remitted",
        "label": "“三公”经费已上缴结余",
        "type": "money",
        "default": 0
      },
      {
        "id": "office_actual",
        "label": "日常公用经费决算数",
        "type": "money"
      },
      {
        "id": "office_budget",
        "label": "日常公用经费调整预算数",
        "type": "money"
      },
      {
        "id": "office_remitted",
        "label": "日常公用经费已上缴结余",
        "type": "money",
        "default": 0
      },
      {
        "id": "progress_q1",
        "label": "一季度末累计预算支出进度",
        "type": "rate"
      },
      {
        "id": "progress_q2",
        "label": "二季度末累计预算支出进度",
        "type": "rate"
      },
      {
        "id": "progress_q3",
        "label": "三季度末累计预算支出进度",
        "type": "rate"
      },
      {
        "id": "progress_q4",
        "label": "四季度末累计预算支出进度",
        "type": "rate"
      },
      {
        "id": "key_tasks",
        "label": "下达的重点工作任务数",
        "type": "count",
        "fact": "下达的重点工作任务有 {} 项"
      },
      {
        "id": "key_tasks_unfinished",
        "label": "未完成的重点工作数",
        "type": "count",
        "atMost": "key_tasks",
        "fact": "未完成的重点工作有 {} 项"
      },
      {
        "id": "projects_planned",
        "label": "计划项目数",
        "type": "count",
        "fact": "计划项目 {} 个"
      },
      {
        "id": "projects_completed",
        "label": "形象进度达 90% 且支出进度超 90% 的项目数",
        "type": "count",
        "atMost": "projects_planned",
        "fact": "形象进度达 90% 且支出进度超过 90% 的项目有 {} 个"
      },
      {
        "id": "promoted",
        "label": "经验被省、市政府部门表扬、推广",
        "type": "flag",
        "fact": {
          "是": "成果或经验模式被省、市政府部门表扬、推广",
          "否": "成果或经验模式未被省、市政府部门表扬、推广"
        }
      },
      {
        "id": "complaint_channel",
        "label": "建立群众意见反映与回复机制",
        "type": "judgment",
        "max": "1",
        "fact": "群众意见反映与办理回复机制的建立评定为 {} 分（满分 {满分} 分）"
      },
      {
        "id": "complaint_reply_rate",
        "label": "群众信访办理回复率",
        "type": "rate"
      },
      {
        "id": "complaint_timely_rate",
        "label": "群众信访及时办理回复率",
        "type": "rate"
      },
      {
        "id": "satisfaction",
        "label": "公众或服务对象满意度",
        "type": "rate"
      }
    ],
    "tree": [
      {
        "code": "1",
        "name": "部门决策",
        "points": "20",
        "children": [
          {
            "code": "1.1",
            "name": "预算编制",
            "points": "11",
            "indicators": [
              {
                "code": "1.1.1",
                "name": "预算编制合理性",
                "points": "8",
                "problem": "预算项目调整、调剂较大，部门预算编制合理性有待提高",
                "rule": {
                  "kind": "sum",
                  "parts": [
                    {
                      "kind": "judgment",
                      "label": "第1项",
                      "input": "mandate_fit",
                      "points": "1",
                      "problem": "部门预算编制与职责、政策要求的契合度有待提高"
                    },
                    {
                      "kind": "judgment",
                      "label": "第2项",
                      "input": "priority_allocation",
                      "points": "0.5",
                      "problem": "预算资金分配未能充分体现轻重缓急，有待进一步优化"
                    },
                    {
                      "kind": "judgment",
                      "label": "第3项",
                      "input": "special_fund_detail",
                      "points": "0.5",
                      "problem": "专项资金预算编制细化程度不足，有待提高"
                    },
                    {
                      "kind": "bands",
                      "label": "第4项",
                      "quantity": {
                        "name": "财政核减率",
                        "ratio": {
                          "num": {
                            "op": "-",
                            "a": {
                              "op": "input",
                              "id": "yishang"
                            },
                            "b": {
                              "op": "input",
                              "id": "yixia"
                            }
                          },
                          "den": {
                            "op": "input",
                            "id": "yishang"
                          }
                        }
                      },
                      "points": "3",
                      "negative": true,
                      "bands": [
                        {
                          "under": "0.15",
                          "points": "3"
                        },
                        {
                          "min": "0.15",
                          "under": "0.25",
                          "points": "2.5"
                        },
                        {
                          "min": "0.25",
                          "under": "0.35",
                          "points": "2"
                        },
                        {
                          "min": "0.35",
                          "under": "0.45",
                          "points": "1"
                        },
                        {
                          "min": "0.45",
                          "points": "0"
                        }
                      ]
                    },
                    {
                      "kind": "bands",
                      "label": "第5项",
                      "quantity": {
                        "name": "调整调剂项目占比",
                        "ratio": {
                          "num": {
                            "op": "input",
                            "id": "adjusted_projects"
                          },
                          "den": {
                            "op": "input",
                            "id": "secondary_projects"
                          }
                        }
                      },
                      "points": "1",
                      "bands": [
                        {
                          "min": "0",
                          "under": "0.25",
                          "points": "1"
                        },
                        {
                          "min": "0.25",
                          "points": "0"
                        }
                      ]
                    },
                    {
                      "kind": "per_item",
                      "label": "第6项",
                      "count": "projects_adjusted_40pct",
                      "points": "1",
                      "each": "0.1"
                    },
                    {
                      "kind": "judgment",
                      "label": "第7项",
                      "input": "allocation_not_fixed",
                      "points": "1",
                      "problem": "部门预算分配存在固化情况，有待进一步优化"
                    }
                  ]
                }
              },
              {
                "code": "1.1.2",
                "name": "预算编制规范性",
                "points": "3",
                "problem": "预算编制规范性有待加强",
                "rule": {
                  "kind": "sum",
                  "parts": [
                    {
                      "kind": "per_item",
                      "label": "第1项",
                      "count": "budget_rule_violations",
                      "points": "2",
                      "each": "1"
                    },
                    {
                      "kind": "per_item",
                      "label": "第2项",
                      "count": "new_projects_unassessed",
                      "points": "1",
                      "problem": "新增项目事前绩效评估开展不到位，有待加强",
                      "each": "0.2"
                    }
                  ]
                }
              }
            ]
          },
          {
            "code": "1.2",
            "name": "目标设置",
            "points": "9",
            "indicators": [
              {
                "code": "1.2.1",
                "name": "绩效目标完整性",
                "points": "3",
                "problem": "绩效目标编报不够完整，有待进一步完善",
                "rule": {
                  "kind": "sum",
                  "parts": [
                    {
                      "kind": "judgment",
                      "label": "第1项",
                      "input": "dept_target_submitted",
                      "points": "1.5"
                    },
                    {
                      "kind": "proportional",
                      "label": "第2项",
                      "quantity": {
                        "name": "项目绩效目标覆盖率",
                        "ratio": {
                          "num": {
                            "op": "input",
                            "id": "project_targets_approved"
                          },
                          "den": {
                            "op": "input",
                            "id": "project_targets_required"
                          }
                        },
                        "if_zero": "1"
                      },
                      "points": "1.5"
                    }
                  ]
                }
              },
              {
                "code": "1.2.2",
                "name": "绩效指标明确性",
                "points": "4",
                "problem": "绩效指标不够明确、细化，有待进一步完善",
                "rule": {
                  "kind": "sum",
                  "parts": [
                    {
                      "kind": "judgment",
                      "label": "第1项",
                      "input": "targets_decomposed",
                      "points": "0.5"
                    },
                    {
                      "kind": "judgment",
                      "label": "第1项",
                      "input": "basic_expenditure_included",
                      "points": "0.5"
                    },
                    {
                      "kind": "judgment",
                      "label": "第2项",
                      "input": "benefit_indicators",
                      "points": "1"
                    },
                    {
                      "kind": "bands",
                      "label": "第3项",
                      "quantity": {
                        "name": "定性指标占比",
                        "ratio": {
                          "num": {
                            "op": "input",
                            "id": "indicators_qualitative"
                          },
                          "den": {
                            "op": "input",
                            "id": "indicators_total"
                          }
                        }
                      },
                      "points": "1",
                      "bands": [
                        {
                          "min": "0",
                          "max": "0.15",
                          "points": "1"
                        },
                        {
                          "over": "0.15",
                          "max": "0.25",
                          "points": "0.5"
                        },
                        {
                          "over": "0.25",
                          "points": "0"
                        }
                      ]
                    },
                    {
                      "kind": "judgment",
                      "label": "第4项",
                      "input": "target_values_justified",
                      "points": "1"
                    }
                  ]
                }
              },
              {
                "code": "1.2.3",
                "name": "绩效目标合理性",
                "points": "2",
                "problem": "绩效目标设置合理性有待提高",
                "rule": {
                  "kind": "sum",
                  "parts": [
                    {
                      "kind": "judgment",
                      "label": "第1项",
                      "input": "funds_coverage_80",
                      "points": "1"
                    },
                    {
                      "kind": "per_item",
                      "label": "第2项",
                      "count": "indicators_over_50pct",
                      "points": "1",
                      "each": "0.1"
                    }
                  ]
                }
              }
            ]
          }
        ]
      },
      {
        "code": "2",
        "name": "部门管理",
        "points": "20",
        "children": [
          {
            "code": "2.1",
            "name": "资金管理",
            "points": "9",
            "indicators": [
              {
                "code": "2.1.1",
                "name": "政府采购执行情况",
                "points": "3",
                "problem": "政府采购执行率偏低，政府采购执行率有待进一步提高",
                "rule": {
                  "kind": "sum",
                  "parts": [
                    {
                      "kind": "proportional",
                      "label": "第1项",
                      "quantity": {
                        "name": "政府采购执行率",
                        "ratio": {
                          "num": {
                            "op": "input",
                            "id": "procurement_actual"
                          },
                          "den": {
                            "op": "input",
                            "id": "procurement_budget"
                          }
                        }
                      },
                      "points": "1",
                      "zero_when": {
                        "op": ">",
                        "a": {
                          "op": "input",
                          "id": "procurement_actual"
                        },
                        "b": {
                          "op": "input",
                          "id": "procurement_budget"
                        }
                      },
                      "zero_denominator": {
                        "ruling": "按 2026-11-29 裁定 R2",
                        "numerator_zero": {
                          "points": "full",
                          "reason": "本年度无政府采购预算，也未发生政府采购，本项不扣分"
                        },
                        "numerator_positive": {
                          "points": "0",
                          "reason": "无政府采购预算却发生政府采购"
                        }
                      }
                    },
                    {
                      "kind": "per_item",
                      "label": "第2项",
                      "count": "late_tenders",
                      "points": "1",
                      "problem": "政府采购招标不够及时，政府采购政策功能的落实有待加强",
                      "each": "0.2"
                    },
                    {
                      "kind": "per_item",
                      "label": "第3项",
                      "count": "interim_renewals",
                      "points": "1",
                      "problem": "跨年度政府采购项目采购不及时，出现过渡期、临时续签等情况",
                      "each": "0.2"
                    }
                  ]
                }
              },
              {
                "code": "2.1.2",
                "name": "财务合规性",
                "points": "3",
                "problem": "财务合规性有待加强",
                "rule": {
                  "kind": "condition",
                  "label": "第4项",
                  "when": {
                    "op": "flag",
                    "id": "serious_violation",
                    "negate": false
                  },
                  "then": "zero",
                  "otherwise": {
                    "kind": "sum",
                    "parts": [
                      {
                        "kind": "judgment",
                        "label": "第1项",
                        "input": "payment_compliance",
                        "points": "1"
                      },
                      {
                        "kind": "per_step",
                        "label": "第2项",
                        "quantity": {
                          "name": "调整调剂资金占比",
                          "ratio": {
                            "num": {
                              "op": "input",
                              "id": "adjusted_funds"
                            },
                            "den": {
                              "op": "input",
                              "id": "budget_scale"
                            }
                          }
                        },
                        "points": "1",
                        "threshold": "0.1",
                        "direction": "above",
                        "step": "0.01",
                        "each": "0.1",
                        "counting": "pro_rata"
                      },
                      {
                        "kind": "judgment",
                        "label": "第3项",
                        "input": "accounting_compliance",
                        "points": "1"
                      }
                    ]
                  }
                }
              },
              {
                "code": "2.1.3",
                "name": "预决算信息公开",
                "points": "3",
                "problem": "预决算信息公开有待进一步规范",
                "rule": {
                  "kind": "condition",
                  "label": "第3项",
                  "when": {
                    "op": "flag",
                    "id": "classified_unit",
                    "negate": false
                  },
                  "then": "full",
                  "otherwise": {
                    "kind": "sum",
                    "parts": [
                      {
                        "kind": "choice",
                        "label": "第1项",
                        "input": "budget_disclosure",
                        "points": "1.5",
                        "scores": {
                          "合规": "1.5",
                          "不完全合规": "1",
                          "未公开": "0"
                        }
                      },
                      {
                        "kind": "choice",
                        "label": "第2项",
                        "input": "final_disclosure",
                        "points": "1.5",
                        "scores": {
                          "合规": "1.5",
                          "不完全合规": "1",
                          "未公开": "0"
                        }
                      }
                    ]
                  }
                }
              }
            ]
          },
          {
            "code": "2.2",
            "name": "项目管理",
            "points": "3",
            "indicators": [
              {
                "code": "2.2.1",
                "name": "项目实施程序",
                "points": "1",
                "problem": "项目实施程序有待进一步规范",
                "rule": {
                  "kind": "sum",
                  "parts": [
                    {
                      "kind": "judgment",
                      "label": "第1项",
                      "input": "setup_approval",
                      "points": "0.5"
                    },
                    {
                      "kind": "judgment",
                      "label": "第2项",
                      "input": "execution_compliance",
                      "points": "0.5"
                    }
                  ]
                }
              },
              {
                "code": "2.2.2",
                "name": "项目监管",
                "points": "2",
                "problem": "项目监管有待加强",
                "rule": {
                  "kind": "condition",
                  "label": "不得分情形",
                  "when": {
                    "op": "flag",
                    "id": "oversight_failure",
                    "negate": false
                  },
                  "then": "zero",
                  "otherwise": {
                    "kind": "sum",
                    "parts": [
                      {
                        "kind": "judgment",
                        "label": "第1项",
                        "input": "monthly_tracking",
                        "points": "1"
                      },
                      {
                        "kind": "judgment",
                        "label": "第2项",
                        "input": "large_project_oversight",
                        "points": "1"
                      }
                    ]
                  }
                }
              }
            ]
          },
          {
            "code": "2.3",
            "name": "资产管理",
            "points": "4",
            "indicators": [
              {
                "code": "2.3.1",
                "name": "固定资产账实相符",
                "points": "1",
                "problem": "固定资产账实不符，资产管理有待加强",
                "rule": {
                  "kind": "bands",
                  "label": "第1至3项",
                  "quantity": {
                    "name": "账实相符率",
                    "ratio": {
                      "num": {
                        "op": "input",
                        "id": "assets_physical"
                      },
                      "den": {
                        "op": "input",
                        "id": "assets_book"
                      }
                    },
                    "deviation_from": "1"
                  },
                  "points": "1",
                  "bands": [
                    {
                      "min": "0",
                      "max": "0",
                      "points": "1",
                      "phrase": "账实相符率 = 100%"
                    },
                    {
                      "over": "0",
                      "max": "0.05",
                      "points": "0.5",
                      "phrase": "±5% 以内"
                    },
                    {
                      "over": "0.05",
                      "points": "0",
                      "phrase": "±5% 以外"
                    }
                  ]
                }
              },
              {
                "code": "2.3.2",
                "name": "资产管理安全性",
                "points": "2",
                "problem": "资产管理安全性有待加强",
                "rule": {
                  "kind": "sum",
                  "parts": [
                    {
                      "kind": "judgment",
                      "label": "第1项",
                      "input": "disposal_timely",
                      "points": "0.5"
                    },
                    {
                      "kind": "judgment",
                      "label": "第1项",
                      "input": "disposal_booked",
                      "points": "0.5"
                    },
                    {
                      "kind": "judgment",
                      "label": "第2项",
                      "input": "income_remitted",
                      "points": "0.5"
                    },
                    {
                      "kind": "judgment",
                      "label": "第3项",
                      "input": "inventory_done",
                      "points": "0.5"
                    }
                  ]
                }
              },
              {
                "code": "2.3.3",
                "name": "固定资产利用率",
                "points": "1",
                "problem": "固定资产利用率偏低，有待进一步提高",
                "rule": {
                  "kind": "bands",
                  "label": "第1至4项",
                  "quantity": {
                    "name": "固定资产利用率",
                    "ratio": {
                      "num": {
                        "op": "input",
                        "id": "assets_in_use"
                      },
                      "den": {
                        "op": "input",
                        "id": "assets_total"
                      }
                    }
                  },
                  "points": "1",
                  "bands": [
                    {
                      "min": "0",
                      "under": "0.6",
                      "points": "0"
                    },
                    {
                      "min": "0.6",
                      "under": "0.75",
                      "points": "0.4"
                    },
                    {
                      "min": "0.75",
                      "under": "0.9",
                      "points": "0.7"
                    },
                    {
                      "min": "0.9",
                      "points": "1"
                    }
                  ]
                }
              }
            ]
          },
          {
            "code": "2.4",
            "name": "人员管理",
            "points": "2",
            "indicators": [
              {
                "code": "2.4.1",
                "name": "在职人员控制率",
                "points": "1",
                "problem": "在职人员超编，在职人员控制率有待降低",
                "rule": {
                  "kind": "bands",
                  "label": "第1、2项",
                  "quantity": {
                    "name": "在职人员控制率",
                    "ratio": {
                      "num": {
                        "op": "input",
                        "id": "staff_on_payroll"
                      },
                      "den": {
                        "op": "input",
                        "id": "staff_quota"
                      }
                    }
                  },
                  "points": "1",
                  "bands": [
                    {
                      "min": "0",
                      "max": "1",
                      "points": "1"
                    },
                    {
                      "over": "1",
                      "points": "0"
                    }
                  ]
                }
              },
              {
                "code": "2.4.2",
                "name": "编外人员控制率",
                "points": "1",
                "problem": "编外人员占比过高，编外人员控制率有待进一步降低",
                "rule": {
                  "kind": "bands",
                  "label": "第1至3项",
                  "quantity": {
                    "name": "编外人员控制率",
                    "ratio": {
                      "num": {
                        "op": "input",
                        "id": "staff_outside"
                      },
                      "den": {
                        "op": "input",
                        "id": "staff_total"
                      }
                    }
                  },
                  "points": "1",
                  "bands": [
                    {
                      "min": "0",
                      "under": "0.05",
                      "points": "1"
                    },
                    {
                      "min": "0.05",
                      "max": "0.1",
                      "points": "0.5"
                    },
                    {
                      "over": "0.1",
                      "points": "0"
                    }
                  ]
                }
              }
            ]
          },
          {
            "code": "2.5",
            "name": "制度管理",
            "points": "2",
            "indicators": [
              {
                "code": "2.5.1",
                "name": "管理制度健全性",
                "points": "2",
                "problem": "管理制度健全性有待加强",
                "rule": {
                  "kind": "sum",
                  "parts": [
                    {
                      "kind": "judgment",
                      "label": "第1项",
                      "input": "rules_established",
                      "points": "0.5",
                      "problem": "管理制度不够健全，有待进一步完善"
                    },
                    {
                      "kind": "judgment",
                      "label": "第2项",
                      "input": "rules_enforced",
                      "points": "1.5",
                      "problem": "管理制度执行不够到位，有待加强"
                    }
                  ]
                }
              }
            ]
          }
        ]
      },
      {
        "code": "3",
        "name": "部门绩效",
        "points": "60",
        "children": [
          {
            "code": "3.1",
            "name": "经济性",
            "points": "6",
            "indicators": [
              {
                "code": "3.1.1",
                "name": "公用经费控制率",
                "points": "6",
                "problem": "公用经费控制率较高，有待进一步降低",
                "rule": {
                  "kind": "sum",
                  "parts": [
                    {
                      "kind": "bands",
                      "label": "第1项",
                      "quantity": {
                        "name": "“三公”经费控制率",
                        "ratio": {
                          "num": {
                            "op": "input",
                            "id": "sangong_actual"
                          },
                          "den": {
                            "op": "+",
                            "a": {
                              "op": "input",
                              "id": "sangong_budget"
                            },
                            "b": {
                              "op": "input",
                              "id": "sangong_remitted"
                            }
                          }
                        }
                      },
                      "problem": "“三公”经费控制率较高，有待进一步降低",
                      "points": "3",
                      "bands": [
                        {
                          "min": "0",
                          "under": "0.9",
                          "points": "3"
                        },
                        {
                          "min": "0.9",
                          "max": "1",
                          "points": "2"
                        },
                        {
                          "over": "1",
                          "points": "0"
                        }
                      ],
                      "zero_denominator": {
                        "ruling": "按 2026-11-29 裁定 R1",
                        "numerator_zero": {
                          "points": "full",
                          "reason": "未安排“三公”经费预算，也未发生支出，按控制率＜90% 计 3 分"
                        },
                        "numerator_positive": {
                          "points": "0",
                          "reason": "未安排“三公”经费预算却发生支出，视同控制率超过 100%"
                        }
                      }
                    },
                    {
                      "kind": "bands",
                      "label": "第2项",
                      "quantity": {
                        "name": "日常公用经费控制率",
                        "ratio": {
                          "num": {
                            "op": "input",
                            "id": "office_actual"
                          },
                          "den": {
                            "op": "+",
                            "a": {
                              "op": "input",
                              "id": "office_budget"
                            },
                            "b": {
                              "op": "input",
                              "id": "office_remitted"
                            }
                          }
                        }
                      },
                      "problem": "日常公用经费控制率较高，有待进一步降低",
                      "points": "3",
                      "bands": [
                        {
                          "min": "0",
                          "under": "0.9",
                          "points": "3"
                        },
                        {
                          "min": "0.9",
                          "max": "1",
                          "points": "2"
                        },
                        {
                          "over": "1",
                          "points": "0"
                        }
                      ],
                      "zero_denominator": {
                        "ruling": "按 2026-11-29 裁定 R1",
                        "numerator_zero": {
                          "points": "full",
                          "reason": "未安排日常公用经费预算，也未发生支出，按控制率＜90% 计 3 分"
                        },
                        "numerator_positive": {
                          "points": "0",
                          "reason": "未安排日常公用经费预算却发生支出，视同控制率超过 100%"
                        }
                      }
                    }
                  ]
                }
              }
            ]
          },
          {
            "code": "3.2",
            "name": "效率性",
            "points": "20",
            "indicators": [
              {
                "code": "3.2.1",
                "name": "预算执行率",
                "points": "6",
                "problem": "预算执行率未达 100%，有待进一步提高",
                "rule": {
                  "kind": "sum",
                  "parts": [
                    {
                      "kind": "proportional",
                      "label": "第1项",
                      "quantity": {
                        "name": "一季度预算执行率",
                        "ratio": {
                          "num": {
                            "op": "input",
                            "id": "progress_q1"
                          },
                          "den": {
                            "op": "target",
                            "checkpoint": "q1"
                          }
                        },
                        "cap": "1"
                      },
                      "points": "1"
                    },
                    {
                      "kind": "proportional",
                      "label": "第2项",
                      "quantity": {
                        "name": "二季度预算执行率",
                        "ratio": {
                          "num": {
                            "op": "input",
                            "id": "progress_q2"
                          },
                          "den": {
                            "op": "target",
                            "checkpoint": "q2"
                          }
                        },
                        "cap": "1"
                      },
                      "points": "1"
                    },
                    {
                      "kind": "proportional",
                      "label": "第3项",
                      "quantity": {
                        "name": "三季度预算执行率",
                        "ratio": {
                          "num": {
                            "op": "input",
                            "id": "progress_q3"
                          },
                          "den": {
                            "op": "target",
                            "checkpoint": "q3"
                          }
                        },
                        "cap": "1"
                      },
                      "points": "1"
                    },
                    {
                      "kind": "proportional",
                      "label": "第4项",
                      "quantity": {
                        "name": "四季度预算执行率",
                        "ratio": {
                          "num": {
                            "op": "input",
                            "id": "progress_q4"
                          },
                          "den": {
                            "op": "target",
                            "checkpoint": "q4"
                          }
                        },
                        "cap": "1"
                      },
                      "points": "1"
                    },
                    {
                      "kind": "proportional",
                      "label": "第5项",
                      "quantity": {
                        "name": "全年平均执行率",
                        "mean": [
                          "一季度预算执行率",
                          "二季度预算执行率",
                          "三季度预算执行率",
                          "四季度预算执行率"
                        ]
                      },
                      "points": "2"
                    }
                  ]
                }
              },
              {
                "code": "3.2.2",
                "name": "重点工作完成情况",
                "points": "8",
                "problem": "重点工作未全部完成，有待加强",
                "rule": {
                  "kind": "condition",
                  "label": "无重点工作",
                  "when": {
                    "op": "=",
                    "a": {
                      "op": "input",
                      "id": "key_tasks"
                    },
                    "b": {
                      "op": "number",
                      "value": "0",
                      "percent": false
                    }
                  },
                  "then": "6",
                  "otherwise": {
                    "kind": "per_item",
                    "label": "完成情况",
                    "count": "key_tasks_unfinished",
                    "points": "8",
                    "each": "4"
                  }
                }
              },
              {
                "code": "3.2.3",
                "name": "项目完成及时率",
                "points": "6",
                "problem": "项目完成及时率未达 100%，有待进一步提高",
                "rule": {
                  "kind": "proportional",
                  "label": "第1、2项",
                  "quantity": {
                    "name": "项目完成及时率",
                    "ratio": {
                      "num": {
                        "op": "input",
                        "id": "projects_completed"
                      },
                      "den": {
                        "op": "input",
                        "id": "projects_planned"
                      }
                    }
                  },
                  "points": "6"
                }
              }
            ]
          },
          {
            "code": "3.3",
            "name": "效果性",
            "points": "25",
            "indicators": [
              {
                "code": "3.3.5",
                "name": "项目推广",
                "points": "2",
                "problem": "项目推广未得到相关部门表扬、推广，有待进一步加强",
                "rule": {
                  "kind": "flag",
                  "label": "本项",
                  "input": "promoted",
                  "points": "2"
                }
              }
            ],
            "personal": true
          },
          {
            "code": "3.4",
            "name": "公平性",
            "points": "9",
            "indicators": [
              {
                "code": "3.4.1",
                "name": "群众信访办理情况",
                "points": "3",
                "problem": "群众信访办理有待进一步加强",
                "rule": {
                  "kind": "sum",
                  "parts": [
                    {
                      "kind": "judgment",
                      "label": "第1项",
                      "input": "complaint_channel",
                      "points": "1",
                      "problem": "群众意见反映与回复机制有待完善"
                    },
                    {
                      "kind": "bands",
                      "label": "第2项",
                      "quantity": {
                        "name": "群众信访办理回复率",
                        "value": "complaint_reply_rate"
                      },
                      "points": "1",
                      "bands": [
                        {
                          "min": "0",
                          "under": "1",
                          "points": "0",
                          "phrase": "未达 100%"
                        },
                        {
                          "min": "1",
                          "points": "1",
                          "phrase": "达 100%"
                        }
                      ]
                    },
                    {
                      "kind": "bands",
                      "label": "第3项",
                      "quantity": {
                        "name": "群众信访及时办理回复率",
                        "value": "complaint_timely_rate"
                      },
                      "points": "1",
                      "bands": [
                        {
                          "min": "0",
                          "under": "1",
                          "points": "0",
                          "phrase": "未达 100%"
                        },
                        {
                          "min": "1",
                          "points": "1",
                          "phrase": "达 100%"
                        }
                      ]
                    }
                  ]
                }
              },
              {
                "code": "3.4.2",
                "name": "公众或服务对象满意度",
                "points": "6",
                "problem": "公众或服务对象满意度有待进一步提高",
                "rule": {
                  "kind": "bands",
                  "label": "第1至4项",
                  "quantity": {
                    "name": "满意度",
                    "value": "satisfaction"
                  },
                  "points": "6",
                  "bands": [
                    {
                      "min": "0",
                      "under": "0.8",
                      "points": "1"
                    },
                    {
                      "min": "0.8",
                      "under": "0.9",
                      "points": "2"
                    },
                    {
                      "min": "0.9",
                      "under": "0.95",
                      "points": "4"
                    },
                    {
                      "min": "0.95",
                      "points": "6"
                    }
                  ]
                }
              }
            ]
          }
        ]
      }
    ],
    "checks": [
      {
        "kind": "sum",
        "parts": [
          "staff_on_payroll",
          "staff_outside"
        ],
        "equals": "staff_total"
      },
      {
        "kind": "non_decreasing",
        "inputs": [
          "progress_q1",
          "progress_q2",
          "progress_q3",
          "progress_q4"
        ],
        "note": "支出进度是累计数，应逐季不减"
      },
      {
        "kind": "at_most",
        "input": "yixia",
        "limit": "yishang",
        "note": "财政核减率为负，按“低于 15%”计分；请核对是否填反"
      }
    ],
    "schedule": [
      {
        "id": "q1",
        "name": "一季度",
        "month": 3,
        "target": "0.25",
        "progress": "progress_q1"
      },
      {
        "id": "q2",
        "name": "二季度",
        "month": 6,
        "target": "0.5",
        "progress": "progress_q2"
      },
      {
        "id": "q3",
        "name": "三季度",
        "month": 9,
        "target": "0.75",
        "progress": "progress_q3"
      },
      {
        "id": "q4",
        "name": "四季度",
        "month": 12,
        "target": "1",
        "progress": "progress_q4"
      }
    ],
    "personal": {
      "levels": [
        {
          "min": "0",
          "minInclusive": true,
          "max": "0.6",
          "maxInclusive": false,
          "level": "实现目标程度较低"
        },
        {
          "min": "0.6",
          "minInclusive": true,
          "max": "0.8",
          "maxInclusive": false,
          "level": "部分实现目标"
        },
        {
          "min": "0.8",
          "minInclusive": true,
          "max": null,
          "maxInclusive": false,
          "level": "基本达成目标"
        }
      ],
      "clause": "",
      "itemClause": "",
      "description": ""
    }
  }
} as unknown as BundledFramework;

export default framework;
