import {
  bundledFrameworkIds,
  checkFramework,
  defaultFramework,
  getFramework,
  pathText,
  type Framework,
} from "../scoring";
import { finding, type Finding } from "./finding";
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

export interface ResolvedFramework {
  framework: Framework;
  findings: Finding[];
}

/**
 * The framework to score a workbook with: the one given (a command's --framework), else the one the workbook
 * carries, else (a workbook made before templates carried theirs) dapeng-2024. `hashOf` computes a framework file's
 * content hash where that is available (the command line); the task pane trusts the workbook's record.
 */
export function workbookFramework(
  wb: WorkbookSnapshot,
  given?: Framework,
  hashOf?: (doc: unknown) => string,
): ResolvedFramework {
  const embedded = readEmbedded(wb);
  if (given) {
    const differs =
      embedded && (embedded.id !== given.id || (embedded.hash && given.hash && embedded.hash !== given.hash));
    return {
      framework: given,
      findings: differs
        ? [
            finding(
              "warning",
              "framework",
              `工作簿记录的指标框架为 ${embedded.id}（${embedded.sheet} 表），本次按指定的 ${given.id} 评分`,
            ),
          ]
        : [],
    };
  }
  if (!embedded) return { framework: defaultFramework(), findings: [] };

  const where = `工作簿内嵌的指标框架（${embedded.sheet} 表）`;
  const bundled = bundledFrameworkIds()
    .map((id) => getFramework(id) as Framework)
    .find((f) => f.id === embedded.id && f.hash === embedded.hash);
  let problem: string;
  try {
    const doc: unknown = JSON.parse(embedded.json);
    if (hashOf && hashOf(doc) !== embedded.hash)
      throw new WorkbookFrameworkError(`${where}与其记录的校验码不符，可能被改动`);
    const checked = checkFramework(doc, embedded.hash);
    if (checked.framework) return { framework: checked.framework, findings: [] };
    const errors = checked.problems.filter((p) => p.severity === "error");
    problem = `${where}有误：${errors
      .slice(0, 3)
      .map((p) => `${pathText(p.path) || "全文"}：${p.message}`)
      .join("；")}${errors.length > 3 ? `；等 ${errors.length} 处` : ""}`;
  } catch (e) {
    problem = e instanceof WorkbookFrameworkError ? e.message : `${where}已损坏，无法读取`;
  }
  // The same version ships with PERF: score with that one, and say so.
  if (bundled)
    return {
      framework: bundled,
      findings: [finding("warning", "framework", `${problem}；已按 PERF 自带的同一版本 ${bundled.id} 评分`)],
    };
  throw new WorkbookFrameworkError(`${problem}。无法评分：请用财政局下发的模板重新填报，或由财政局指定框架文件评分。`);
}
