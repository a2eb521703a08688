import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { getFramework, type Framework } from "../../scoring";
import { bundledFiles } from "./files";

export interface BundledFile {
  path: string;
  framework: Framework;
}

const idOf = (path: string) => basename(path).replace(/\.ya?ml$/, "");

/** The ids of the frameworks PERF ships: their files' names (frameworks/<id>.yaml; the build holds them equal). */
export function bundledIds(): string[] {
  return bundledFiles().map(idOf);
}

const loaded = new Map<string, BundledFile>();

/**
 * A framework PERF ships, by id: the scoring core's compiled copy where it has one (dapeng-2024: what every surface
 * scores with), else read from its file, checked as any file is. The YAML reader and the schema are loaded only
 * then, so a command that scores with dapeng-2024 starts without them.
 */
export async function bundledFile(id: string): Promise<BundledFile | undefined> {
  const path = bundledFiles().find((p) => idOf(p) === id);
  if (!path) return undefined;
  let found = loaded.get(id);
  if (!found) {
    const core = getFramework(id);
    if (core) found = { path, framework: core };
    else {
      const { loadFrameworkText, problemLine } = await import("./file");
      const file = loadFrameworkText(readFileSync(path, "utf8"));
      if (!file.framework) {
        const errors = file.problems.map((p) => problemLine(basename(path), p)).join("\n");
        throw new Error(`internal: the bundled ${path} has errors:\n${errors}`);
      }
      found = { path, framework: file.framework };
    }
    loaded.set(id, found);
  }
  return found;
}

export async function bundledFramework(id: string): Promise<Framework | undefined> {
  return (await bundledFile(id))?.framework;
}

/** Every framework PERF ships, by id. */
export async function bundledFrameworks(): Promise<Map<string, BundledFile>> {
  const all = new Map<string, BundledFile>();
  for (const id of bundledIds()) all.set(id, (await bundledFile(id)) as BundledFile);
  return all;
}
