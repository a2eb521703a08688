import { defaultFramework, gradeBandsText } from "../scoring";
import { COMMAND_NAMES, OPTIONS } from "./args";
import { displayWidth, hang, padEnd, wrap } from "./width";

/** --help is laid out in the terminal's width, but never wider than this. */
export const HELP_WIDTH = 80;

interface CommandHelp {
  /** Its usage lines, after "perf-score ". */
  usage: string[];
  /** One line for the list of commands. */
  summary: string;
  /** Paragraphs for the command's own --help. */
  details: string[];
  examples: string[];
}

/** What each command does, for `perf-score --help` and `perf-score 命令 --help`. */
export const COMMAND_HELP: Record<(typeof COMMAND_NAMES)[number], CommandHelp> = {
  score: {
    usage: ["score 文件.json|工作簿.xlsx|- [--json]"],
    summary: "打分，打印评分表（- 表示从标准输入读取 JSON）",
    details: [
      "按交换格式 JSON 或工作簿打分，打印评分表：每个指标的分值、得分，三级指标的扣分原因，一级、二级小计，总分和等级，以及问题清单。表格按终端宽度排版（不是终端时按 80 列），汉字和“ ” · × ÷ ≥ 等符号按两列计。",
      "工作簿按表头查找各表：工作表改名、行列移动、删去“代码”列（按项目名称识别）都能处理，问题写明所在单元格。",
    ],
    examples: [
      "perf-score score examples/dapeng-2024.json",
      "perf-score score examples/dapeng-2024.xlsx",
      "cat 数据.json | perf-score score - --json",
    ],
  },
  fill: {
    usage: ["fill 工作簿.xlsx -o 输出.xlsx [--force]", "fill 工作簿.xlsx --in-place"],
    summary: "检查工作簿并写入得分、扣分原因、总计、评分结果和评分记录",
    details: [
      "只写它负责的单元格：指标体系表中三级指标的得分和扣分原因、总计的得分，以及“评分结果”“评分记录”两张表；被替换的原值记入“评分记录”，可用 undo 撤销。工作簿的其他部分（图表、图片、批注、名称、保护、宏）原样保留。得分或扣分原因是合并单元格的行不写入。",
      "启用宏的工作簿（.xlsm）输出也应为 .xlsm。不加 --in-place 则不写回输入的文件。",
    ],
    examples: ["perf-score fill 某局.xlsx -o 某局-已评分.xlsx", "perf-score fill 某局.xlsx --in-place"],
  },
  undo: {
    usage: ["undo 工作簿.xlsx -o 输出.xlsx [--force]", "undo 工作簿.xlsx --in-place"],
    summary: "按“评分记录”撤销上次评分，还原被替换的原值",
    details: ["只还原上次评分写过的单元格；评分后又被手工改过的单元格保持不变，并列出。"],
    examples: ["perf-score undo 某局-已评分.xlsx -o 某局-撤销.xlsx"],
  },
  export: {
    usage: ["export 工作簿.xlsx [-o 数据.json [--force]]"],
    summary: "把工作簿导出为交换格式 JSON（不加 -o 则打印出来）",
    details: ["导出基础数据、效果性指标、部门名称和评价年度；找不到的表列在标准错误上。"],
    examples: ["perf-score export 某局.xlsx -o 某局.json"],
  },
  import: {
    usage: ["import 数据.json|- -o 输出.xlsx [--force]"],
    summary: "按模板生成填好基础数据和效果性指标的工作簿",
    details: [
      "生成的工作簿与模板相同：每个输入项都有以其代码命名的名称（如 yishang），可在公式中直接使用，例如 =PERF.HEXIAN_RATE(yishang, yixia)。数据有误时仍生成工作簿，问题列在标准错误上，退出状态为 1。",
    ],
    examples: ["perf-score import 某局.json -o 某局.xlsx"],
  },
  summary: {
    usage: ["summary 路径... -o 汇总.xlsx [--csv 汇总.csv] [--force] [--follow-links]"],
    summary: "对多个工作簿评分，汇总排名、共性扣分和未能评分的文件",
    details: [
      "路径可以是工作簿或文件夹（含子文件夹）。汇总工作簿有三张表：汇总（排名）、共性扣分（每个三级指标扣分的部门数、占比和扣分）、未能评分（文件、能读出的部门名称和原因）。不会因个别文件出错而中断。",
      "在终端上，标准错误显示进度条；结束时打印文件数、已评分数、未能评分数和用时。",
    ],
    examples: ["perf-score summary 各部门/ -o 汇总.xlsx --csv 汇总.csv"],
  },
  monitor: {
    usage: ["monitor 路径... --month 月份 -o 汇总.xlsx [--csv 汇总.csv] [--force] [--follow-links]"],
    summary: "汇总各部门“运行监控”表某月的执行进度，风险高的排在前面",
    details: [
      "路径可以是工作簿或文件夹（含子文件夹）。每个部门一行：总体状态、已过各检查点的状态（达标、预警、落后，绿、黄、红底色）、该月末支出进度、比序时进度少支出的金额、到下一检查点还须支出的金额、预计得分和其他监控项的状态。按风险排序：先看最差的状态，再看少支出的金额和按目前进度将丢的分数。",
      "计算与任务窗格的“运行监控”相同，状态的界限按指标框架。读不了的文件、没有“运行监控”表或该月数字未填、有误的工作簿列在“未能监控”表中，写明原因和单元格，不会中断汇总。",
    ],
    examples: ["perf-score monitor 各部门/ --month 7 -o 监控汇总.xlsx"],
  },
  template: {
    usage: ["template -o 模板.xlsx [--framework 框架] [--force]"],
    summary: "生成某个指标框架的模板工作簿（默认 dapeng-2024），模板内附该框架",
    details: [
      "模板与 assets/template.xlsx 同类：基础数据、效果性指标和指标体系表，以及隐藏的“PERF框架”表，内附框架全文和校验码。按模板填报的工作簿，无论 PERF 日后如何更新，都按所附的框架评分。",
    ],
    examples: ["perf-score template --framework 框架.yaml -o 模板.xlsx"],
  },
  framework: {
    usage: ["framework list", "framework check 框架文件.yaml", "framework show 框架 [--json]", "framework docs 框架"],
    summary: "列出、检查、显示指标框架，或生成其参考文档",
    details: [
      "list 列出 PERF 自带的框架。check 检查框架文件：有错误时逐条写明行号和位置（退出状态 1），通过时列出指标树和分值。show 显示框架概况，加 --json 输出框架文件的全部内容。docs 输出框架的参考文档（Markdown，docs/framework.md 即由此生成）。",
      "框架可以是内置框架代码（如 dapeng-2024），也可以是框架文件（.yaml、.json）或模板工作簿（.xlsx）。框架文件的格式见 docs/framework-format.md。",
    ],
    examples: ["perf-score framework check 本区2025框架.yaml", "perf-score framework list"],
  },
};

/** The rules, when help is shown (the grade bands come from dapeng-2024, compiled only then). */
const rules = () => [
  "比率先按四舍五入保留到 0.01%（小数四位）再参与分档或乘积；每个三级指标得分四舍五入保留两位小数，并限定在 0 与分值之间；二级、一级与总分为三级得分之和。",
  `等级按框架规定，dapeng-2024 为：${gradeBandsText(defaultFramework())}。`,
  "分档边界依《民法典》第一千二百五十九条：以上、以下、以内含本数；超过、不满、低于不含本数。",
];

const LIMITS =
  "JSON 应为 UTF-8 编码，不超过 16 MB；工作簿每部分解压后不超过 200 MB、压缩比不超过 100:1，超出即拒绝读取。";

const EXIT = [
  ["0", "已评分（可能有提示）；或已写出文件"],
  [
    "1",
    "有错误：未能评分，或工作簿的指标体系表与框架不符（问题清单写明输入项或单元格；fill 仍写出文件）；文件无法读取或不是有效的 xlsx；输出文件已存在而未加 --force",
  ],
  ["2", "用法错误（缺少参数、未知命令或选项）"],
];

/** A list of terms and their descriptions: descriptions wrapped beside the terms, or under a term too wide. */
function definitions(items: readonly (readonly [string, string])[], width: number, column = 20): string[] {
  let termWidth = Math.min(column, Math.max(...items.map(([t]) => displayWidth(t))));
  // A narrow terminal: descriptions under their terms rather than in a column a few characters wide.
  if (width - termWidth - 4 < 24) termWidth = 0;
  const lines: string[] = [];
  for (const [term, text] of items) {
    const indent = " ".repeat(2 + termWidth + 2);
    if (displayWidth(term) <= termWidth) lines.push(...hang(text, width, `  ${padEnd(term, termWidth)}  `, indent));
    else lines.push(`  ${term}`, ...hang(text, width, indent));
  }
  return lines;
}

function optionTerm(o: (typeof OPTIONS)[number]): string {
  return `${o.names.join(", ")}${o.value ? ` ${o.value}` : ""}`;
}

function optionsOf(command: string) {
  return OPTIONS.filter((o) => o.commands === "*" || o.commands.includes(command));
}

const paragraphs = (texts: readonly string[], width: number) => texts.flatMap((t) => hang(t, width, "  "));

/** Command lines (usage, examples): broken between words when the terminal is narrower, the rest indented. */
const commandLines = (lines: readonly string[], width: number) =>
  lines.flatMap((line) => hang(line, width, "  ", "      "));

/** `perf-score --help`: the commands, the options every command takes, the rules, exit status and examples. */
function overview(width: number): string[] {
  return [
    ...wrap("perf-score：按部门整体绩效评价指标框架为部门整体绩效自评打分", width),
    "",
    "用法：",
    ...commandLines(["perf-score 命令 文件... [选项]"], width),
    ...definitions([["perf-score 命令 --help", "该命令的说明和选项"]], width, 22),
    "",
    "命令：",
    ...definitions(
      COMMAND_NAMES.map((c) => [c, COMMAND_HELP[c].summary] as const),
      width,
    ),
    "",
    ...wrap("选项（各命令可用的选项见该命令的 --help）：", width),
    ...definitions(
      OPTIONS.map((o) => [optionTerm(o), o.help] as const),
      width,
    ),
    "",
    "交换格式（JSON）：",
    ...paragraphs(
      [
        "framework（如 dapeng-2024）、department、year、inputs（基础数据，键为输入项代码）、effect（效果性个性指标：code、name、items[name、points、achievement]）。",
      ],
      width,
    ),
    "",
    "评分规则：",
    ...paragraphs(rules(), width),
    "",
    "文件：",
    ...paragraphs([LIMITS], width),
    "",
    "退出状态：",
    ...definitions(EXIT as [string, string][], width),
    "",
    "示例：",
    ...commandLines(
      COMMAND_NAMES.map((c) => COMMAND_HELP[c].examples[0]),
      width,
    ),
  ];
}

/** `perf-score 命令 --help`: its usage, what it does, its options and examples. */
function commandHelp(command: (typeof COMMAND_NAMES)[number], width: number): string[] {
  const help = COMMAND_HELP[command];
  return [
    ...wrap(`perf-score ${command}：${help.summary}`, width),
    "",
    "用法：",
    ...commandLines(
      help.usage.map((u) => `perf-score ${u}`),
      width,
    ),
    "",
    ...paragraphs(help.details, width),
    "",
    "选项：",
    ...definitions(
      optionsOf(command).map((o) => [optionTerm(o), o.help] as const),
      width,
    ),
    "",
    "示例：",
    ...commandLines(help.examples, width),
  ];
}

/**
 * The help text for `perf-score --help` or `perf-score 命令 --help`, laid out by display width in the terminal's
 * width up to 80 columns.
 */
export function helpText(command: string | undefined, columns?: number): string {
  const width = Math.min(HELP_WIDTH, columns && columns > 0 ? columns : HELP_WIDTH);
  const known = (COMMAND_NAMES as readonly string[]).includes(command ?? "");
  const lines = known ? commandHelp(command as (typeof COMMAND_NAMES)[number], width) : overview(width);
  return `${lines.join("\n")}\n`;
}
