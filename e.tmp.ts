import { readFileSync } from "node:fs";
import { loadFrameworkText, problemLine } from "./src/cli/framework/file";
const l = loadFrameworkText(readFileSync("frameworks/example-2025.yaml", "utf8"));
for (const p of l.problems) console.log(problemLine("example-2025.yaml", p));
console.log(l.framework ? "ok " + l.framework.hash : "failed");
