/** Where in a framework file: keys and list positions, as `indicators[3].rule.bands[2].max` names them. */
export type Path = readonly (string | number)[];

/** A mistake in a framework file, in Chinese, with the place it is at. */
export interface Problem {
  severity: "error" | "warning";
  path: Path;
  message: string;
}

/** `indicators[3].rule.bands[2].max`: list positions count from 0, as in the file's JSON. */
export function pathText(path: Path): string {
  return path.map((p, k) => (typeof p === "number" ? `[${p}]` : k === 0 ? p : `.${p}`)).join("");
}

export function error(path: Path, message: string): Problem {
  return { severity: "error", path, message };
}
