import { readdirSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..", "..");
export const FRAMEWORKS_DIR = join(ROOT, "frameworks");

/** The framework files PERF ships: frameworks/*.yaml, each named by its framework's id (the build holds them so). */
export function bundledFiles(): string[] {
  return readdirSync(FRAMEWORKS_DIR)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(FRAMEWORKS_DIR, f));
}
