import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadFrameworkText, problemLine } from "../../src/cli/framework/file";
import { pathText } from "../../src/scoring/format/problem";
import { DEFAULT_FIGURES, figuresOf, ledgerColumns, statusesText } from "../../src/scoring/monitor";
import { dapeng2024 } from "../helpers/frameworks";
import { ROOT } from "../helpers/seed";

// The framework's `monitoring` section: statuses with explicit ends, monthly figures; each mistake named with its
// line and path, as every other part of the file.
const EXAMPLE = readFileSync(join(ROOT, "frameworks", "example-2025.yaml"), "utf8");
const STATUSES = "    - { status: 预警, behind: 5% }\n    - { status: 落后, behind: 10% }\n";
const FIGURE =
  "    - { id: sangong_spent, label: 本年度“三公”经费累计支出, input: sangong_this_year, kind: control }\n";

function edited(from: string, to: string): string {
  if (!EXAMPLE.includes(from)) throw new Error(`“${from}” not in the file`);
  return EXAMPLE.replace(from, to);
}
const problems = (text: string) => loadFrameworkText(text).problems.map((p) => `${pathText(p.path)}：${p.message}`);

describe("the monitoring section of a framework file", () => {
  it("example-2025's is read: its statuses, and its one figure as the sheet's third column", () => {
    const example = loadFrameworkText(EXAMPLE).framework!;
    expect(example.monitoring?.statuses).toEqual([
      { status: "预警", behind: "0.05", inclusive: true },
      { status: "落后", behind: "0.1", inclusive: true },
    ]);
    expect(ledgerColumns(example).map((c) => c.label)).toEqual([
      "预算数（万元）",
      "累计支出（万元）",
      "本年度“三公”经费累计支出（万元）",
    ]);
  });

  it("over (超过, excluded) and behind (达到, included) give a status its start", () => {
    const text = edited(
      STATUSES,
      "    - { status: 关注, over: 0 }\n    - { status: 预警, behind: 3% }\n    - { status: 落后, over: 3% }\n",
    );
    const framework = loadFrameworkText(text).framework!;
    expect(statusesText(framework)).toBe(
      "达标：不低于序时进度；关注：低于序时进度、落后不满 3 个百分点；预警：落后序时进度达到 3 个百分点、不超过 3 个百分点；落后：落后序时进度超过 3 个百分点",
    );
  });

  it.each([
    [
      "a status with both bounds",
      "    - { status: 预警, behind: 5%, over: 5% }\n",
      "monitoring.statuses[0]：应写 behind（达到，含本数）或 over（超过，不含本数）之一",
    ],
    [
      "a status with neither",
      "    - { status: 预警 }\n",
      "monitoring.statuses[0]：应写 behind（达到，含本数）或 over（超过，不含本数）之一",
    ],
    [
      "statuses out of order",
      "    - { status: 落后, behind: 10% }\n    - { status: 预警, behind: 5% }\n",
      "monitoring.statuses[1]：各状态应按落后幅度由轻到重排列，后一项的起点应高于前一项",
    ],
    [
      "the same start twice",
      "    - { status: 预警, over: 5% }\n    - { status: 落后, over: 5% }\n",
      "monitoring.statuses[1]：各状态应按落后幅度由轻到重排列，后一项的起点应高于前一项",
    ],
    [
      "达标 as a status",
      "    - { status: 达标, behind: 0 }\n    - { status: 落后, behind: 10% }\n",
      "monitoring.statuses[0].status：“达标”是第一项以下的状态，不必写",
    ],
    [
      "a name twice",
      "    - { status: 预警, behind: 5% }\n    - { status: 预警, behind: 10% }\n",
      "monitoring.statuses：状态名称重复",
    ],
    [
      "more than 100 points",
      "    - { status: 预警, behind: 5% }\n    - { status: 落后, behind: 120% }\n",
      "monitoring.statuses[1]：落后幅度不能超过 100 个百分点（100%）",
    ],
  ])("%s", (_name, to, expected) => {
    expect(problems(edited(STATUSES, to))).toContain(expected);
  });

  it.each([
    [
      "a figure of an unknown input",
      FIGURE.replace("sangong_this_year", "sangong_spending"),
      "monitoring.figures[0].input：输入项“sangong_spending”没有在 inputs 中定义",
    ],
    [
      "a money figure on a count",
      FIGURE.replace("sangong_this_year", "projects_late"),
      "monitoring.figures[0].input：输入项“projects_late”是个数，此处应为金额",
    ],
    [
      "a deadline without its month",
      "    - { id: late, label: 逾期项目数, input: projects_late, kind: deadline }\n",
      "monitoring.figures[0]：deadline 应写 month（以哪个月末的个数为准）",
    ],
    [
      "a month on a control figure",
      FIGURE.replace("kind: control", "kind: control, month: 4"),
      "monitoring.figures[0].month：只有 deadline 才写 month",
    ],
    [
      "a column code the sheet uses",
      FIGURE.replace("id: sangong_spent", "id: spent"),
      "monitoring.figures[0].id：列代码“spent”是预算数、累计支出所用的，请改用别的代码",
    ],
    [
      "a column code that is an input's",
      FIGURE.replace("id: sangong_spent", "id: carryover"),
      "monitoring.figures[0].id：列代码“carryover”与输入项或另一列重名",
    ],
    ["an unknown kind", FIGURE.replace("kind: control", "kind: limit"), "monitoring.figures[0].kind"],
  ])("%s", (_name, to, expected) => {
    const found = problems(edited(FIGURE, to));
    expect(found.some((p) => p.startsWith(expected))).toBe(true);
  });

  it("gives each mistake its line, as the command line prints it", () => {
    const text = edited(STATUSES, "    - { status: 落后, behind: 10% }\n    - { status: 预警, behind: 5% }\n");
    const problem = loadFrameworkText(text).problems[0];
    const line = text.split("\n").findIndex((l) => l.includes("{ status: 预警, behind: 5% }")) + 1;
    expect(problemLine("本区框架.yaml", problem)).toBe(
      `错误：本区框架.yaml 第 ${line} 行 monitoring.statuses[1]：各状态应按落后幅度由轻到重排列，后一项的起点应高于前一项`,
    );
  });
});

describe("a framework without a monitoring section (dapeng-2024)", () => {
  it("takes the issue's default statuses and PERF's default figures whose inputs it has", () => {
    expect(dapeng2024.monitoring).toBeUndefined();
    expect(statusesText(dapeng2024)).toBe(
      "达标：不低于序时进度；预警：低于序时进度、落后不超过 5 个百分点；落后：落后序时进度超过 5 个百分点",
    );
    expect(figuresOf(dapeng2024)).toEqual(DEFAULT_FIGURES);
    expect(ledgerColumns(dapeng2024).map((c) => c.id)).toEqual([
      "budget",
      "spent",
      "sangong_spent",
      "office_spent",
      "procurement_spent",
      "tenders_open",
    ]);
  });

  it("keeps only the default figures whose input it has, of the right type", () => {
    const without = loadFrameworkText(
      edited(
        "monitoring:\n  statuses:\n" + STATUSES + "  figures:\n" + FIGURE,
        "monitoring:\n  statuses:\n" + STATUSES,
      ),
    ).framework!;
    // example-2025 has none of dapeng-2024's inputs: only 预算数 and 累计支出.
    expect(figuresOf(without)).toEqual([]);
  });
});
