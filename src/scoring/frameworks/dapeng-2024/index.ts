import type { Framework } from "../../framework";
import { CHECKS } from "./checks";
import { INPUTS } from "./inputs";
import { i111 } from "./indicators/1.1.1";
import { i112 } from "./indicators/1.1.2";
import { i121 } from "./indicators/1.2.1";
import { i122 } from "./indicators/1.2.2";
import { i123 } from "./indicators/1.2.3";
import { i211 } from "./indicators/2.1.1";
import { i212 } from "./indicators/2.1.2";
import { i213 } from "./indicators/2.1.3";
import { i221 } from "./indicators/2.2.1";
import { i222 } from "./indicators/2.2.2";
import { i231 } from "./indicators/2.3.1";
import { i232 } from "./indicators/2.3.2";
import { i233 } from "./indicators/2.3.3";
import { i241 } from "./indicators/2.4.1";
import { i242 } from "./indicators/2.4.2";
import { i251 } from "./indicators/2.5.1";
import { i311 } from "./indicators/3.1.1";
import { i321 } from "./indicators/3.2.1";
import { i322 } from "./indicators/3.2.2";
import { i323 } from "./indicators/3.2.3";
import { i335 } from "./indicators/3.3.5";
import { i341 } from "./indicators/3.4.1";
import { i342 } from "./indicators/3.4.2";

/** 部门整体绩效评价共性指标体系框架 (the seed's appendix), spec §1. */
export const dapeng2024: Framework = {
  id: "dapeng-2024",
  name: "部门整体绩效评价共性指标体系框架（大鹏新区 2024）",
  inputs: INPUTS,
  checks: CHECKS,
  tree: [
    {
      code: "1",
      name: "部门决策",
      points: "20",
      children: [
        { code: "1.1", name: "预算编制", points: "11", indicators: [i111, i112] },
        { code: "1.2", name: "目标设置", points: "9", indicators: [i121, i122, i123] },
      ],
    },
    {
      code: "2",
      name: "部门管理",
      points: "20",
      children: [
        { code: "2.1", name: "资金管理", points: "9", indicators: [i211, i212, i213] },
        { code: "2.2", name: "项目管理", points: "3", indicators: [i221, i222] },
        { code: "2.3", name: "资产管理", points: "4", indicators: [i231, i232, i233] },
        { code: "2.4", name: "人员管理", points: "2", indicators: [i241, i242] },
        { code: "2.5", name: "制度管理", points: "2", indicators: [i251] },
      ],
    },
    {
      code: "3",
      name: "部门绩效",
      points: "60",
      children: [
        { code: "3.1", name: "经济性", points: "6", indicators: [i311] },
        { code: "3.2", name: "效率性", points: "20", indicators: [i321, i322, i323] },
        { code: "3.3", name: "效果性", points: "25", indicators: [i335], personal: true },
        { code: "3.4", name: "公平性", points: "9", indicators: [i341, i342] },
      ],
    },
  ],
};
