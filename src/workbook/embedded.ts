import { bundledFrameworkIds, defaultFramework, getFramework, type Framework } from "../scoring";
import type { Finding } from "./finding";
import type { Grid } from "./plan";
import type { WorkbookSnapshot } from "./snapshot";

/**
 * A template carries its framework on a very hidden sheet, so that a department's workbook keeps scoring with the
 * framework it was issued with, whatever PERF version scores it. Every reader we have (Office.js, the xlsx reader,
 * LibreOffice) keeps and reads such a sheet. Its cells: a mark, the framework's id, name and content hash, then the
 * framework file as JSON in pieces below Excel's 32,767 characters a cell.
 */
export const FRAMEWORK_SHEET = "PERF框架";
const MARK = "PERF 指标框架";
const PIECE = 30_000;
const FIRST_PIECE_ROW = 5;

/** The sheet's cells for a framework whose file, as JSON, is `json`. */
export function frameworkSheetGrid(framework: Pick<Framework, "id" | "name" | "hash">, json: string): Grid {
  const pieces = Array.from({ length: Math.ceil(json.length / PIECE) }, (_, k) =>
    json.slice(k * PIECE, (k + 1) * PIECE),
  );
  return [
    [MARK, "本表由 PERF 生成，记录本工作簿所用的指标框架；评分以此为准，请勿修改。"],
    ["框架代码", framework.id],
    ["框架名称", framework.name],
    ["内容校验码", framework.hash],
    ...pieces.map((p, k) => [k === 0 ? "框架内容（JSON）" : null, p]),
  ];
}

/** What a workbook's framework sheet holds, if it has one. */
export interface Embedded {
  sheet: string;
  id: string;
  hash: string;
  json: string;
}

export function readEmbedded(wb: WorkbookSnapshot): Embedded | undefined {
  const sheet =
    wb.sheets.find((s) => s.name === FRAMEWORK_SHEET) ?? wb.sheets.find((s) => s.rows[0]?.[0]?.value === MARK);
  if (!sheet) return undefined;
  const text = (row: number) => {
    const v = sheet.rows[row]?.[1]?.value;
    return typeof v === "string" ? v : "";
  };
  const pieces: string[] = [];
  for (let r = FIRST_PIECE_ROW - 1; r < sheet.rows.length && text(r) !== ""; r++) pieces.push(text(r));
  return { sheet: sheet.name, id: text(1), hash: text(3), json: pieces.join("") };
}

/** Raised when a workbook's own framework cannot be used and nothing else may stand in: nothing is scored. */
export class WorkbookFrameworkError extends Error {}

/**
 * Resolves the framework a workbook carries when it is not a version PERF ships: checks it (own-framework.ts), passed
 * in so that the task pane loads the checks only then.
 */
export type OwnFramework = (embedded: Embedded, hashOf?: (doc: unknown) => string) => ResolvedFramework;

/** The bundled framework of the very version a workbook records, if PERF ships it. */
export function bundledMatch(embedded: Embedded): Framework | undefined {
  return bundledFrameworkIds()
    .map((id) => getFramework(id) as Framework)
    .find((f) => f.id === embedded.id && f.hash === embedded.hash);
}

export interface ResolvedFramework {
  framework: Framework;
  findings: Finding[];
}

/**
 * The framework to score a workbook with: the one given (a command's --framework; givenFindings says whether the
 * workbook records another), else the one the workbook carries, else (a workbook made before templates carried theirs) dapeng-2024. A carried framework of a version PERF
 * ships is that one; any other is checked by `own`. `hashOf` computes a framework file's content hash where that is
 * available, and every carried framework is then verified (the command line; the task pane hashes first, with Web
 * Crypto, and passes `hashOf` only when the content is not PERF's own, unaltered: src/taskpane/framework-checks.ts).
 */
export function workbookFramework(
  wb: WorkbookSnapshot,
  given?: Framework,
  own?: OwnFramework,
  hashOf?: (doc: unknown) => string,
): ResolvedFramework {
  if (given) return { framework: given, findings: [] };
  const embedded = readEmbedded(wb);
  if (!embedded) return { framework: defaultFramework(), findings: [] };
  const bundled = bundledMatch(embedded);
  if (bundled && !hashOf) return { framework: bundled, findings: [] };
  if (!own) throw new Error("internal: a workbook's own framework needs the framework checks");
  return own(embedded, hashOf);
}
