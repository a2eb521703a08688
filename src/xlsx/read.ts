import { HEADER_SEARCH_ROWS, mayHoldTable, type WorkbookSnapshot } from "../workbook";
import { WorkbookPackage } from "./package";

/**
 * The one way every command reads a workbook: the package (kept open for the writer) and its cells, sheets that
 * cannot hold a table read only to their top rows. The caller closes the package.
 */
export async function readWorkbook(
  path: string,
  label = path,
): Promise<{ pkg: WorkbookPackage; snapshot: WorkbookSnapshot }> {
  const pkg = WorkbookPackage.open(path, label);
  try {
    return { pkg, snapshot: await pkg.snapshot(mayHoldTable, HEADER_SEARCH_ROWS) };
  } catch (e) {
    pkg.close();
    throw e;
  }
}

/** The cells of a workbook held in memory (for tests and in-memory use). */
export async function readWorkbookBuffer(data: Buffer, label: string): Promise<WorkbookSnapshot> {
  const pkg = WorkbookPackage.fromBuffer(data, label);
  return pkg.snapshot(mayHoldTable, HEADER_SEARCH_ROWS);
}
