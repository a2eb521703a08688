import { buildTemplate } from "../../xlsx";
import { defaultFramework } from "../../scoring";
import type { Parsed } from "../args";
import { frameworkOption, shippedIdTaken } from "../framework/resolve";
import { CliError, type Io } from "../io";
import { refuseExisting, writeAtomically, writeBytes } from "../files";
import { say } from "../report";
import { requireXlsxName } from "../workbook";

/**
 * perf-score template [--framework ID|FILE] -o OUT.xlsx [--force]: the template workbook for a framework (dapeng-2024
 * by default), the same kind of workbook as assets/template.xlsx, carrying its framework.
 */
export async function templateCommand(args: Parsed, io: Io): Promise<number> {
  if (args.positional.length > 0)
    throw new CliError("template 不需要文件参数；用 --framework 指定框架，-o 指定输出", 2);
  const output = args.options.get("output");
  if (!output) throw new CliError("template 需要用 -o 指定输出的工作簿", 2);
  requireXlsxName(output, "输出文件");
  const force = args.flags.has("force");
  refuseExisting(output, force);
  const framework = (await frameworkOption(args.options)) ?? defaultFramework();
  const taken = await shippedIdTaken(framework);
  if (taken) throw new CliError(`未生成模板：${taken}`);
  const data = Buffer.from((await (await buildTemplate(framework)).xlsx.writeBuffer()) as ArrayBuffer);
  writeAtomically(output, (fd) => writeBytes(fd, data), force);
  say(
    io,
    `已生成 ${output}：指标框架 ${framework.id}（${framework.name}），内容校验码 ${framework.hash.slice(0, 12)}。`,
  );
  return 0;
}
