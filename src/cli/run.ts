import { processIo } from "./io";
import { main } from "./main";

// A reader that stops early (perf-score framework check … | head -1) closes the pipe: there is nothing more to say,
// so the command ends quietly with status 0 instead of Node's EPIPE stack. Any other write error is Node's to report.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

void main(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
