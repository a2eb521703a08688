import { buildTemplate } from "../../xlsx";
import { defaultFramework } from "../../scoring";
import type { Parsed } from "../args";
import { frameworkOption } from "../framework/resolve";
import { CliError, type Io } from "../io";
import { writeAtomically, writeBytes } from "../files";
import { exists, requireXlsxName } from "../workbook";

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
  if (!args.flags.has("force") && (await exists(output)))
    throw new CliError(`${output} 已存在；请换一个文件名，或加 --force 覆盖`);
  const framework = (await frameworkOption(args.options)) ?? defaultFramework();
  const data = Buffer.from((await (await buildTemplate(framework)).xlsx.writeBuffer()) as ArrayBuffer);
  writeAtomically(output, (fd) => writeBytes(fd, data));
  io.stdout(
    `已生成 ${output}：指标框架 ${framework.id}（${framework.name}），内容校验码 ${framework.hash.slice(0, 12)}。\n`,
  );
  return 0;
}
