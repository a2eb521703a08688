import { achievementLevel, Dec, fmt } from "../../../src/scoring";
import { dapeng2024 } from "../../helpers/frameworks";
import { row, score } from "../../helpers/seed";

// 3.3 效果性 (25 分), spec §1 and §4: the department's own indicators 3.3.x are lists of sub-items {name, points,
// achievement}; score = Σ points × achievement, the achievement a rate rounded to 0.01% and the 三级 sum rounded
// half-up to 0.01. Levels: 基本达成目标 80%（含）—100%, 部分实现目标 60%（含）—80%, 实现目标程度较低 0%—60%.
// The own indicators must total 23 points, which with 3.3.5 项目推广 (2) makes 3.3's 25.

interface Item {
  name: string;
  points: unknown;
  achievement?: unknown;
}
interface Indicator {
  code: string;
  name: string;
  items: Item[];
}

const item = (name: string, points: unknown, achievement: unknown = 1): Item => ({ name, points, achievement });

/** The seed's block (spec §5) with the achievements given, in order: 3.3.1 (6), 3.3.2 (2, 2, 2), 3.3.3 (3, 3), 3.3.4 (5). */
function seedBlock(a: { a331?: unknown; a332?: unknown[]; a333?: unknown[]; a334?: unknown } = {}): Indicator[] {
  const [b1, b2, b3] = a.a332 ?? [1, 1, 1];
  const [c1, c2] = a.a333 ?? [1, 1];
  return [
    { code: "3.3.1", name: "数字体系建设与统筹情况", items: [item("推动交旅融合数字化应用建设", 6, a.a331 ?? 1)] },
    {
      code: "3.3.2",
      name: "政务服务体系管理情况",
      items: [
        item("做实“高效办成一件事”", 2, b1),
        item("打造人才政务服务“头等舱”", 2, b2),
        item("开展政务服务“跨域办”", 2, b3),
      ],
    },
    {
      code: "3.3.3",
      name: "民生服务优化情况",
      items: [item("全力推动民生诉求处置质效跃升", 3, c1), item("强化高效惠民的网上政府建设", 3, c2)],
    },
    {
      code: "3.3.4",
      name: "政策规划与标准制定",
      items: [item("加强智慧城市和数字政府顶层设计形成可持续影响", 5, a.a334 ?? 1)],
    },
  ];
}

function scoreText(effect: Indicator[], code: string, overrides: Record<string, unknown> = {}): string {
  const r = row(score(overrides, effect), code);
  return r.score === null ? "null" : fmt(r.score);
}

// [description, block, code of the row, expected score]
const SCORES: [string, Indicator[], string, string][] = [
  ["the seed: 3.3.1 at 100% × 6", seedBlock(), "3.3.1", "6"],
  ["3.3.1 at 90%: 0.9 × 6", seedBlock({ a331: 0.9 }), "3.3.1", "5.4"],
  ["3.3.1 at 80% (基本达成目标 lower bound)", seedBlock({ a331: 0.8 }), "3.3.1", "4.8"],
  ["3.3.1 at 79.995% rounds onto 80%: 4.8", seedBlock({ a331: 0.79995 }), "3.3.1", "4.8"],
  ["3.3.1 at 79.99%: 4.7994 → 4.8", seedBlock({ a331: 0.7999 }), "3.3.1", "4.8"],
  ["3.3.1 at 60%: 3.6", seedBlock({ a331: 0.6 }), "3.3.1", "3.6"],
  ["3.3.1 at 59.99%: 3.5994 → 3.6", seedBlock({ a331: 0.5999 }), "3.3.1", "3.6"],
  ["3.3.1 at 0", seedBlock({ a331: 0 }), "3.3.1", "0"],
  ["3.3.1 typed as 85%: 5.1", seedBlock({ a331: "85%" }), "3.3.1", "5.1"],
  ["3.3.1 at 80.75%: 4.845 → half-up 4.85", seedBlock({ a331: 0.8075 }), "3.3.1", "4.85"],
  ["3.3.1 at 80.25%: 4.815 → 4.82", seedBlock({ a331: 0.8025 }), "3.3.1", "4.82"],
  // 2 × 0.9 + 2 × 0.85 + 2 × 0.6 = 1.8 + 1.7 + 1.2 = 4.7
  ["3.3.2's three sub-items at 90%, 85%, 60%", seedBlock({ a332: [0.9, 0.85, 0.6] }), "3.3.2", "4.7"],
  // 3 × 0.955 + 3 × 0.8 = 2.865 + 2.4 = 5.265 → half-up 5.27
  ["3.3.3's two sub-items at 95.5%, 80%: 5.265 → 5.27", seedBlock({ a333: [0.955, 0.8] }), "3.3.3", "5.27"],
  // 5 × 0.9999 = 4.9995 → 5.00
  ["3.3.4 at 99.99%: 4.9995 → 5", seedBlock({ a334: 0.9999 }), "3.3.4", "5"],
  // 二级 3.3 = the sum of rounded 三级: 6 + 6 + 5.27 + 5 + 0 (3.3.5) = 22.27
  ["3.3 sums the rounded 三级 scores", seedBlock({ a333: [0.955, 0.8] }), "3.3", "22.27"],
  // 4.8 + 4.7 + 5.27 + 4.5 + 0 = 19.27
  [
    "3.3 with every indicator short",
    seedBlock({ a331: 0.8, a332: [0.9, 0.85, 0.6], a333: [0.955, 0.8], a334: 0.9 }),
    "3.3",
    "19.27",
  ],
  ["the seed's 3.3: 23 without 项目推广", seedBlock(), "3.3", "23"],
];

// Another department keeps 3.3's 25 and 项目推广 2 and names its own 23 points.
const OTHER: Indicator[] = [
  { code: "3.3.1", name: "安全生产监管成效", items: [item("隐患整改闭环", 10, 0.75)] },
  {
    code: "3.3.2",
    name: "应急保障能力",
    items: [item("应急演练", 11.5, 0.9), item("物资储备", 1.5, 0.5)],
  },
];

describe("3.3.x 效果性个性指标: points × achievement", () => {
  it.each(SCORES)("%s", (_description, effect, code, expected) => {
    expect(scoreText(effect, code)).toBe(expected);
  });

  it("项目推广 adds 2 to the block: 23 + 2 = 25", () => {
    expect(scoreText(seedBlock(), "3.3", { promoted: true })).toBe("25");
  });

  it("another department's own block of 23 points is scored the same way", () => {
    const result = score({ promoted: true }, OTHER);
    // 10 × 0.75 = 7.5; 11.5 × 0.9 + 1.5 × 0.5 = 10.35 + 0.75 = 11.1; 7.5 + 11.1 + 2 = 20.6
    expect(fmt(row(result, "3.3.1").score!)).toBe("7.5");
    expect(fmt(row(result, "3.3.2").score!)).toBe("11.1");
    expect(fmt(row(result, "3.3").score!)).toBe("20.6");
    expect(result.issues).toEqual([]);
  });

  it("writes the achievement, its level and the product in the reasons", () => {
    expect(row(score({}, seedBlock({ a331: 0.8 })), "3.3.1").reasons).toEqual([
      "推动交旅融合数字化应用建设：达成度 80%（基本达成目标），80% × 6 分 = 4.8 分，得 4.8 分，扣 1.2 分",
    ]);
    expect(row(score({}, seedBlock({ a333: [0.955, 0.8] })), "3.3.3").reasons).toEqual([
      "全力推动民生诉求处置质效跃升：达成度 95.5%（基本达成目标），95.5% × 3 分 = 2.865 分，得 2.865 分，扣 0.135 分",
      "强化高效惠民的网上政府建设：达成度 80%（基本达成目标），80% × 3 分 = 2.4 分，得 2.4 分，扣 0.6 分",
      "合计 5.265 分，四舍五入保留两位小数为 5.27 分",
    ]);
  });
});

// The level of an achievement: 基本达成目标 [80%, 100%], 部分实现目标 [60%, 80%), 实现目标程度较低 [0, 60%).
const LEVELS: [string, string][] = [
  ["1", "基本达成目标"],
  ["0.8001", "基本达成目标"],
  ["0.8", "基本达成目标"],
  ["0.7999", "部分实现目标"],
  ["0.6001", "部分实现目标"],
  ["0.6", "部分实现目标"],
  ["0.5999", "实现目标程度较低"],
  ["0", "实现目标程度较低"],
];

describe("3.3.x achievement levels", () => {
  it.each(LEVELS)("achievement %s is %s", (achievement, level) => {
    expect(achievementLevel(dapeng2024.personal!, new Dec(achievement))).toBe(level);
  });

  it.each([
    [0.79995, "基本达成目标"], // rounds onto 80%
    [0.7999, "部分实现目标"],
    [0.59995, "部分实现目标"], // rounds onto 60%
    [0.59994, "实现目标程度较低"],
  ])("achievement %s in a case reads as %s after rounding to 0.01%%", (achievement, level) => {
    const explain = row(score({}, seedBlock({ a331: achievement })), "3.3.1").parts[0].explain;
    expect(explain).toContain(`（${level}）`);
  });
});

// Block validation: [description, block, a message the issues must contain]. Each leaves 3.3 and the total unscored.
const INVALID: [string, unknown[], string][] = [
  ["no own indicator at all", [], "缺少本部门的效果性个性指标（3.3.x），其分值合计应为 23 分"],
  [
    "own points total 22",
    [{ code: "3.3.1", name: "甲", items: [item("子项", 22)] }],
    "效果性个性指标分值合计为 22 分，应为 23 分（加项目推广 2 分，共 25 分）",
  ],
  [
    "own points total 24",
    [{ code: "3.3.1", name: "甲", items: [item("子项", 24)] }],
    "效果性个性指标分值合计为 24 分，应为 23 分（加项目推广 2 分，共 25 分）",
  ],
  [
    "own points total 25 (项目推广 counted twice)",
    [...seedBlock(), { code: "3.3.6", name: "乙", items: [item("子项", 2)] }],
    "效果性个性指标分值合计为 25 分，应为 23 分（加项目推广 2 分，共 25 分）",
  ],
  [
    "3.3.5 is the framework's 项目推广",
    [
      { code: "3.3.1", name: "甲", items: [item("子项", 21)] },
      { code: "3.3.5", name: "乙", items: [item("子项", 2)] },
    ],
    "3.3.5 是框架固定指标（项目推广），不能用作个性指标",
  ],
  [
    "a code used twice",
    [
      { code: "3.3.1", name: "甲", items: [item("子项", 13)] },
      { code: "3.3.1", name: "乙", items: [item("子项", 10)] },
    ],
    "指标代码 3.3.1 重复",
  ],
  ["a code outside 3.3.x", [{ code: "3.4.3", name: "甲", items: [item("子项", 23)] }], "应形如 3.3.1"],
  [
    "an achievement above 100%",
    [{ code: "3.3.1", name: "甲", items: [item("子项", 23, 1.2)] }],
    "3.3.1“子项”的达成度为 1.2，超出 0 至 100% 的范围",
  ],
  [
    "a missing achievement",
    [{ code: "3.3.1", name: "甲", items: [{ name: "子项", points: 23 }] }],
    "缺少3.3.1“子项”的达成度",
  ],
  ["points of 0", [{ code: "3.3.1", name: "甲", items: [item("子项", 0), item("子项二", 23)] }], "分值应为正数"],
];

describe("3.3.x block validation", () => {
  it.each(INVALID)("%s", (_description, effect, message) => {
    const result = score({}, effect);
    expect(result.issues.filter((i) => i.severity === "error").map((i) => i.message)).toEqual(
      expect.arrayContaining([expect.stringContaining(message)]),
    );
    expect(row(result, "3.3").score).toBeNull();
    expect(result.total).toBeNull();
  });

  it("accepts 23 own points in decimals: 11.5 + 11.5", () => {
    const result = score({}, [
      { code: "3.3.1", name: "甲", items: [item("子项", 11.5)] },
      { code: "3.3.2", name: "乙", items: [item("子项", "11.5")] },
    ]);
    expect(result.issues).toEqual([]);
    expect(fmt(row(result, "3.3").score!)).toBe("23");
  });
});
