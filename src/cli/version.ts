import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The package's version, as npm knows it. */
export const VERSION: string = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")).version;
