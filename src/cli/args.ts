import { CliError } from "./io";

export interface Parsed {
  command: string | undefined;
  positional: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

/** Options that take a value (`-o OUT.xlsx`), by every name they go by. */
const VALUED: Record<string, string> = {
  "-o": "output",
  "--output": "output",
  "--csv": "csv",
  "--framework": "framework",
};
/** Flags without a value. */
const FLAGS: Record<string, string> = {
  "--json": "json",
  "--help": "help",
  "-h": "help",
  "--in-place": "in-place",
  "--force": "force",
  "--version": "version",
};

/** A small, strict parser: an unknown option is a usage error (exit 2), never silently ignored. */
export function parseArgs(argv: readonly string[]): Parsed {
  const parsed: Parsed = { command: undefined, positional: [], flags: new Set(), options: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
    if (VALUED[name]) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === "") throw new CliError(`选项 ${name} 需要一个值`, 2);
      parsed.options.set(VALUED[name], value);
    } else if (FLAGS[name]) {
      if (inline !== undefined) throw new CliError(`选项 ${name} 不带值`, 2);
      parsed.flags.add(FLAGS[name]);
    } else if (arg.startsWith("-") && arg !== "-") {
      throw new CliError(`未知的选项：${arg}`, 2);
    } else if (parsed.command === undefined) {
      parsed.command = arg;
    } else {
      parsed.positional.push(arg);
    }
  }
  return parsed;
}
