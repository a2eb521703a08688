import { parseArgs, type Parsed } from "./args";
import { helpText } from "./help";
import { VERSION } from "./version";
import { CliError, type Io } from "./io";
import { complain } from "./report";
import { systemReason, WorkbookLoadError } from "../xlsx";

type Command = (args: Parsed, io: Io) => Promise<number>;

/** Each command loaded only when run: `--version` and `--help` load none, `score` does not load ExcelJS. */
const COMMANDS = new Map<string, () => Promise<Command>>([
  ["score", async () => (await import("./commands/score")).scoreCommand],
  ["fill", async () => (await import("./commands/fill")).fillCommand],
  ["undo", async () => (await import("./commands/undo")).undoCommand],
  ["export", async () => (await import("./commands/export")).exportCommand],
  ["import", async () => (await import("./commands/import")).importCommand],
  ["summary", async () => (await import("./commands/summary")).summaryCommand],
  ["monitor", async () => (await import("./commands/monitor")).monitorCommand],
  ["template", async () => (await import("./commands/template")).templateCommand],
  ["framework", async () => (await import("./commands/framework")).frameworkCommand],
]);

/** Runs perf-score with the given arguments; returns the exit status. Never throws. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.flags.has("help") || args.command === "help") {
      // `perf-score fill --help` and `perf-score help fill` explain fill; anything else gets the overview.
      io.stdout(helpText(args.command === "help" ? args.positional[0] : args.command, io.columns));
      return 0;
    }
    if (args.flags.has("version")) {
      io.stdout(`perf-score ${VERSION}\n`);
      return 0;
    }
    if (args.command === undefined) throw new CliError("缺少命令。", 2);
    const load = COMMANDS.get(args.command);
    if (!load) throw new CliError(`未知的命令：${args.command}`, 2);
    return await (
      await load()
    )(args, io);
  } catch (e) {
    if (e instanceof CliError) {
      complain(io, e.message, "perf-score：");
      if (e.exitCode === 2) complain(io, "用法见 perf-score --help");
      return e.exitCode;
    }
    if (e instanceof WorkbookLoadError) {
      complain(io, e.message, "perf-score：");
      return 1;
    }
    // A system error that escaped its command (a disk that filled up, a file that vanished): said in Chinese.
    const reason = systemReason(e);
    if (reason) {
      const path = (e as NodeJS.ErrnoException).path;
      complain(io, `${path ? `${path}：` : ""}${reason}`, "perf-score：");
      return 1;
    }
    // A bug, not bad input: say so plainly, keep the detail for a report, but no stack trace on the user's screen.
    complain(io, `内部错误：${(e as Error).message}\n请将此信息连同输入文件反馈给维护者。`, "perf-score：");
    return 1;
  }
}
