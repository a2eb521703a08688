import { CliError } from "./io";

export interface Parsed {
  command: string | undefined;
  positional: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

/** Every command; an option lists those it applies to ("*" for all). */
export const COMMAND_NAMES = [
  "score",
  "fill",
  "undo",
  "export",
  "import",
  "summary",
  "monitor",
  "template",
  "framework",
] as const;

interface OptionSpec {
  /** The names it goes by: "-o", "--output". */
  names: readonly string[];
  /** The key commands read it by. */
  key: string;
  /** Takes a value (`-o OUT.xlsx`, `--csv=a.csv`): what the value is, as --help shows it. */
  value?: string;
  commands: readonly string[] | "*";
  /** What it does, for --help (one sentence or two, in Chinese). */
  help: string;
}

/** The option table: one row per option. Add a row to add an option; parsing, checking and --help follow from it. */
export const OPTIONS: readonly OptionSpec[] = [
  {
    names: ["-o", "--output"],
    key: "output",
    value: "文件",
    commands: ["fill", "undo", "import", "export", "summary", "monitor", "template"],
    help: "写入的文件。已存在的文件不会被替换，除非加 --force",
  },
  {
    names: ["--csv"],
    key: "csv",
    value: "文件",
    commands: ["summary", "monitor"],
    help: "另写一份 CSV 汇总（UTF-8；以 = + - @ 开头的文本前加 ' 以免被当作公式）",
  },
  {
    names: ["--month"],
    key: "month",
    value: "月份",
    commands: ["monitor"],
    help: "监控的月份，1 至 12：按各部门“运行监控”表中截至该月末的数字判断",
  },
  {
    names: ["--json"],
    key: "json",
    commands: ["score", "export", "framework"],
    help: "输出交换格式 JSON：total、grade、每个一级、二级、三级指标的 points、score、lost、reasons，以及 issues（input 为输入项代码，工作簿的问题另带 cell）；framework show 输出框架文件的全部内容",
  },
  {
    names: ["--in-place"],
    key: "in-place",
    commands: ["fill", "undo"],
    help: "写回输入的工作簿，写时在旁边建锁文件 .~perf-lock.文件名，另一个 perf-score 同时写同一文件会被拒绝",
  },
  {
    names: ["--force"],
    key: "force",
    commands: ["fill", "undo", "import", "export", "summary", "monitor", "template"],
    help: "允许替换已存在的输出文件",
  },
  // undo only gives back what the last fill replaced: it scores nothing, so it takes no framework.
  {
    names: ["--framework"],
    key: "framework",
    value: "框架",
    commands: ["score", "fill", "export", "import", "summary", "monitor", "template"],
    help: "按此指标框架评分：内置框架代码（如 dapeng-2024、example-2025），或框架文件（.yaml、.json），或模板工作簿（.xlsx，用其所附的框架）。不加时，工作簿按其所附的框架评分（没有所附框架的旧工作簿按 dapeng-2024），JSON 按其 framework 评分",
  },
  {
    names: ["--follow-links"],
    key: "follow-links",
    commands: ["summary", "monitor"],
    help: "跟随文件夹中的符号链接（每个文件只评一次，循环的链接列入未能评分）",
  },
  { names: ["--help", "-h"], key: "help", commands: "*", help: "显示说明（命令后加 --help 显示该命令的说明）" },
  { names: ["--version"], key: "version", commands: "*", help: "显示版本" },
];

const BY_NAME = new Map(OPTIONS.flatMap((o) => o.names.map((n) => [n, o] as const)));

/**
 * A small, strict parser: an unknown option, an option given twice, or one the command does not take is a usage
 * error (exit 2), never silently ignored. After `--` every argument is a file name, even one starting with "-".
 */
export function parseArgs(argv: readonly string[]): Parsed {
  const parsed: Parsed = { command: undefined, positional: [], flags: new Set(), options: new Map() };
  const given = new Map<string, string>(); // key → the name it was given by, for messages
  let onlyNames = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!onlyNames && arg === "--") {
      onlyNames = true;
      continue;
    }
    const isOption = !onlyNames && arg.startsWith("-") && arg !== "-";
    if (!isOption) {
      if (parsed.command === undefined) parsed.command = arg;
      else parsed.positional.push(arg);
      continue;
    }
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const [name, inline] = eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    const spec = BY_NAME.get(name);
    if (!spec) throw new CliError(`未知的选项：${arg}`, 2);
    if (given.has(spec.key)) throw new CliError(`选项 ${name} 只能给一次`, 2);
    given.set(spec.key, name);
    if (spec.value) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === "") throw new CliError(`选项 ${name} 需要一个值`, 2);
      parsed.options.set(spec.key, value);
    } else {
      if (inline !== undefined) throw new CliError(`选项 ${name} 不带值`, 2);
      parsed.flags.add(spec.key);
    }
  }
  const command = parsed.command;
  if (command !== undefined && (COMMAND_NAMES as readonly string[]).includes(command)) {
    for (const [key, name] of given) {
      const spec = OPTIONS.find((o) => o.key === key) as OptionSpec;
      if (spec.commands !== "*" && !spec.commands.includes(command))
        throw new CliError(`选项 ${name} 不适用于 ${command} 命令`, 2);
    }
  }
  return parsed;
}
