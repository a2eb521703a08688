import { CliError } from "./io";

export interface Parsed {
  command: string | undefined;
  positional: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

/** Every command; an option lists those it applies to ("*" for all). */
export const COMMAND_NAMES = ["score", "fill", "undo", "export", "import", "summary"] as const;

interface OptionSpec {
  /** The names it goes by: "-o", "--output". */
  names: readonly string[];
  /** The key commands read it by. */
  key: string;
  /** Takes a value (`-o OUT.xlsx`, `--csv=a.csv`). */
  value?: true;
  commands: readonly string[] | "*";
}

/** The option table: one row per option. Add a row to add an option; parsing and checking follow from it. */
export const OPTIONS: readonly OptionSpec[] = [
  { names: ["-o", "--output"], key: "output", value: true, commands: ["fill", "undo", "import", "export", "summary"] },
  { names: ["--csv"], key: "csv", value: true, commands: ["summary"] },
  { names: ["--json"], key: "json", commands: ["score", "export"] },
  { names: ["--in-place"], key: "in-place", commands: ["fill", "undo"] },
  { names: ["--force"], key: "force", commands: ["import", "export", "summary"] },
  { names: ["--follow-links"], key: "follow-links", commands: ["summary"] },
  { names: ["--help", "-h"], key: "help", commands: "*" },
  { names: ["--version"], key: "version", commands: "*" },
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
