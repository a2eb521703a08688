import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { getFramework, type Framework } from "../../scoring";
import { bundledFiles } from "./artifacts";
import { loadFrameworkText, problemLine } from "./file";

export interface BundledFile {
  path: string;
  framework: Framework;
}

let files: Map<string, BundledFile> | undefined;

/**
 * Every framework PERF ships, frameworks/*.yaml, by id, checked as any file is. The scoring core compiles only
 * dapeng-2024 in (the default framework, and the one the task pane carries); the command line reads the others here.
 */
export function bundledFrameworks(): Map<string, BundledFile> {
  if (!files) {
    files = new Map();
    for (const path of bundledFiles()) {
      const loaded = loadFrameworkText(readFileSync(path, "utf8"));
      if (!loaded.framework) {
        const errors = loaded.problems.map((p) => problemLine(basename(path), p)).join("\n");
        throw new Error(`internal: the bundled ${path} has errors:\n${errors}`);
      }
      const id = loaded.framework.id;
      // The core's own compiled copy is the one every surface scores with; the file is its source.
      files.set(id, { path, framework: getFramework(id) ?? loaded.framework });
    }
  }
  return files;
}

/** A bundled framework by id. */
export function bundledFramework(id: string): Framework | undefined {
  return bundledFrameworks().get(id)?.framework;
}

export function bundledIds(): string[] {
  return [...bundledFrameworks().keys()];
}
