// A perf-score write caught in the middle: it holds the workbook's lock and a half-written temporary file, says
// "ready", and waits to be interrupted. The test sends it SIGTERM or SIGINT and checks that nothing is left behind.
import { writeSync } from "node:fs";
import { lockWorkbook, openTemp } from "../../src/cli/files";

const target = process.argv[2];
lockWorkbook(target, () => undefined);
const temp = openTemp(target);
writeSync(temp.fd, "PK half a workbook");
process.stdout.write(`ready ${temp.path}\n`);
setInterval(() => undefined, 1000);
