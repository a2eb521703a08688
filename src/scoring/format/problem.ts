/** Where in a framework file: keys and list positions, as `indicators[3].rule.bands[2].max` names them. */
export type Path = readonly (string | number)[];

/** A mistake in a framework file, in Chinese, with the place it is at. */
export interface Problem {
  severity: "error" | "warning";
  path: Path;
  message: string;
  /**
   * Found by a check added after format 1 was first shipped: an error in a file, a warning in a framework a workbook
   * carries (issued under the earlier checks, it keeps scoring; see check-doc.ts).
   */
  stricter?: true;
}

/** `indicators[3].rule.bands[2].max`: list positions count from 0, as in the file's JSON. */
export function pathText(path: Path): string {
  return path.map((p, k) => (typeof p === "number" ? `[${p}]` : k === 0 ? p : `.${p}`)).join("");
}

export function error(path: Path, message: string): Problem {
  return { severity: "error", path, message };
}

/** An error of a check added since format 1 first shipped (see Problem.stricter). */
export function stricter(path: Path, message: string): Problem {
  return { severity: "error", path, message, stricter: true };
}
