import {
  Dec,
  fmt,
  nameOf,
  parseLenient,
  scoreCase,
  personalBlock,
  type Case,
  type Framework,
  type IndicatorScore,
  type InputDef,
  type ScoreResult,
} from "../scoring";
import { nearest } from "../scoring/suggest";
import { workbookFramework, type OwnFramework } from "./embedded";
import { finding, type Finding } from "./finding";
import { checkInputNames } from "./names";
import { normalizeLabel } from "./find";
import { EFFECT_COLUMNS, FRAMEWORK_COLUMNS, INPUT_COLUMNS, SHEETS } from "./layout";
import {
  readDepartment,
  readEffect,
  readFrameworkTable,
  readInputs,
  type EffectTable,
  type FrameworkRow,
  type FrameworkTable,
  type InputTable,
} from "./read";
import { recordedBatches, recordedValues } from "./record";
import {
  cellAt,
  inRange,
  isEmpty,
  rangeAddress,
  refAddress,
  sameCellValue,
  type CellRange,
  type CellRef,
  type CellValue,
  type WorkbookSnapshot,
} from "./snapshot";
import { findPerfTables, holdsPerfTables, NOT_A_PERF_WORKBOOK, notFilledMessage } from "./state";

export interface CheckResult {
  /** The framework the workbook was scored with: the one given, or its own, or (a workbook with none) dapeng-2024. */
  framework: Framework;
  case: Case;
  result: ScoreResult;
  findings: Finding[];
  tables: { inputs?: InputTable; effect?: EffectTable; framework?: FrameworkTable };
  /** The 指标体系 row each scored 三级 indicator is written to, by code. */
  rowOf: Map<string, FrameworkRow>;
  totalRow?: number;
  inputCells: Map<string, CellRef>;
  /** What the fills still standing last wrote (from 评分记录), by cell: those 得分 are PERF's, not hand-entered. */
  recorded: Map<string, CellValue>;
  /** Every batch id in 评分记录: a new fill takes another. */
  batches: Set<string>;
  /** 指标体系 rows whose 得分 or 扣分原因 cannot be written (a merged cell): the fill leaves them alone. */
  blocked: Set<number>;
}

const headerRef = (t: { sheet: { name: string }; headerRow: number }, col = 0): CellRef => ({
  sheet: t.sheet.name,
  row: t.headerRow,
  col,
});

/** A number from a cell: numbers as they are, text read leniently; anything else is not a number. */
function numberIn(value: CellValue): Dec | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return new Dec(value);
  if (typeof value === "string") {
    const parsed = parseLenient(value);
    if (parsed.ok && !parsed.percent) return parsed.value;
  }
  return undefined;
}

/** How a workbook is checked: the framework to score it with instead of its own, and how to check and verify its own. */
export interface CheckOptions {
  framework?: Framework;
  /** Checks a framework the workbook carries that PERF does not ship (own-framework.ts's ownFramework). */
  own?: OwnFramework;
  /** A framework file's content hash: SHA-256 (the command line with node:crypto; the task pane with Web Crypto). */
  hashOf?: (doc: unknown) => string;
}

/**
 * Checks a workbook against its framework (see `workbookFramework`): finds its tables wherever they are, scores its
 * inputs with the core, and compares the 指标体系 table with the framework (missing, extra or renamed indicators,
 * changed 分值, sums, 效果性 block, hand-entered 得分). Every finding names its cell. Throws WorkbookFrameworkError when
 * the workbook's own framework is unusable and nothing may stand in for it.
 */
export function checkWorkbook(wb: WorkbookSnapshot, options: CheckOptions | Framework = {}): CheckResult {
  const opts: CheckOptions = "tree" in options ? { framework: options } : options;
  const resolved = workbookFramework(wb, opts.framework, opts.own, opts.hashOf);
  const framework = resolved.framework;
  const findings: Finding[] = [...resolved.findings];
  const found = findPerfTables(wb, framework);
  const { inputs, effect: effectTable, framework: table } = found;
  const readIn = inputs ? readInputs(inputs, framework) : { raw: {}, cells: new Map<string, CellRef>(), findings: [] };
  // A blank or unrelated workbook: one finding that says so, not one per table and per input it lacks.
  const perf = holdsPerfTables(wb, found, framework);
  if (!perf) findings.push(finding("error", "not-perf", NOT_A_PERF_WORKBOOK));
  if (perf && !inputs) {
    findings.push(
      finding(
        "error",
        "table-missing",
        `找不到“${SHEETS.inputs}”表：应有一行表头含“${INPUT_COLUMNS.id.label}”或“${INPUT_COLUMNS.label.label}”，以及“${INPUT_COLUMNS.value.label}”。请从模板复制“${SHEETS.inputs}”表，或点击“插入模板”插入缺少的表`,
      ),
    );
  }
  if (perf && !effectTable && personalBlock(framework)) {
    findings.push(
      finding(
        "error",
        "table-missing",
        `找不到“${SHEETS.effect}”表：应有一行表头含“${EFFECT_COLUMNS.points.label}”和“${EFFECT_COLUMNS.achievement.label}”。请从模板复制“${SHEETS.effect}”表，或点击“插入模板”插入缺少的表`,
      ),
    );
  }
  if (perf && !table) {
    findings.push(
      finding(
        "error",
        "table-missing",
        `找不到“${SHEETS.framework}”表：应有一行表头含“${FRAMEWORK_COLUMNS.code.label}”或“${FRAMEWORK_COLUMNS.name.label}”，以及“${FRAMEWORK_COLUMNS.points.label}”和“${FRAMEWORK_COLUMNS.score.label}”。请从模板复制“${SHEETS.framework}”表，或点击“插入模板”插入缺少的表`,
      ),
    );
  }

  const readEff = effectTable
    ? readEffect(effectTable)
    : { effect: [], cells: new Map<string, CellRef>(), findings: [] };
  if (perf) findings.push(...readIn.findings, ...readEff.findings);
  const dept = readDepartment(wb);
  const theCase: Case = {
    framework: framework.id,
    department: dept.department,
    year: dept.year,
    inputs: readIn.raw,
    effect: readEff.effect,
  };
  const result = scoreCase(framework, theCase);

  for (const issue of result.issues) {
    if (!perf) break;
    const cell = readIn.cells.get(issue.input);
    if (cell) {
      // A row that is there with its 值 left blank: the pane lists these together, as one thing to do.
      const kind = issue.input in readIn.raw ? "input" : "input-blank";
      findings.push(finding(issue.severity, kind, issue.message, cell, issue.input));
    } else if (framework.inputs.some((d) => d.id === issue.input)) {
      // Without the 基础数据 table every input is missing: its own finding says so once.
      if (!inputs) continue;
      const def = framework.inputs.find((d) => d.id === issue.input);
      findings.push(
        finding(
          issue.severity,
          "input-row-missing",
          `“${SHEETS.inputs}”表中没有${nameOf(def as InputDef)}这一行`,
          headerRef(inputs, inputs.columns.id ?? inputs.columns.label),
          issue.input,
        ),
      );
    } else {
      if (!effectTable) continue;
      const cell = readEff.cells.get(issue.input) ?? headerRef(effectTable, effectTable.columns.code);
      findings.push(finding(issue.severity, "effect", issue.message, cell, issue.input));
    }
  }
  if (perf && !dept.department) {
    findings.push(finding("warning", "input", "未填写部门名称", dept.departmentRef, "department"));
  }
  if (perf && dept.year === undefined) {
    const date = dept.yearText !== undefined && /^\d{4}-\d{2}-\d{2}/.test(dept.yearText);
    const message =
      dept.yearText !== undefined
        ? `评价年度应填四位数的年份（如 2024），这里填的是${date ? "日期" : ""}“${dept.yearText}”，未能读出年度`
        : dept.yearRef
          ? "未填写评价年度"
          : "找不到“评价年度”，汇总时无法区分年度";
    findings.push(finding("warning", "input", message, dept.yearRef, "year"));
  }

  const rowOf = new Map<string, FrameworkRow>();
  const recorded = recordedValues(wb);
  const blocked = new Set<number>();
  let totalRow: number | undefined;
  if (table) {
    const read = readFrameworkTable(table);
    totalRow = read.totalRow;
    // Without any of the department's own 效果性 indicators, the sums that include them cannot add up: the missing
    // 效果性 block is the one finding (on its table), not three more on protected cells of the framework.
    const block = personalBlock(framework);
    const ownMissing = block !== undefined && readEff.effect.length === 0 ? block.code : undefined;
    findings.push(...compareTable(table, read.rows, result, readEff.effect, rowOf, recorded, ownMissing));
    findings.push(...mergedOwnedCells(table, rowOf, totalRow, blocked));
    findings.push(...strayScores(table, rowOf, totalRow));
    if (totalRow === undefined) {
      findings.push(
        finding(
          "warning",
          "total-missing",
          `“${table.sheet.name}”表没有“总计”行，总分只写入“${SHEETS.result}”表`,
          headerRef(table),
        ),
      );
    } else {
      const pointsCol = table.columns.points;
      const total = read.rows.reduce((a, r) => a.plus(numberIn(r.points) ?? 0), new Dec(0));
      if (pointsCol !== undefined && !total.equals(framework.total) && ownMissing === undefined) {
        findings.push(
          finding(
            "error",
            "sum-mismatch",
            `“${table.sheet.name}”表三级指标分值合计 ${fmt(total)} 分，应为 ${framework.total} 分`,
            {
              sheet: table.sheet.name,
              row: totalRow,
              col: pointsCol,
            },
          ),
        );
      }
    }
  }
  findings.push(...checkInputNames(wb, readIn.cells, framework));
  markUncalculated(wb, findings);
  // A template nobody has filled yet (every 值 blank, no 效果性 indicator): one state with what to do, instead of an
  // error for every blank input and each sum the missing 效果性 block upsets.
  const unfilled = perf && readIn.cells.size > 0 && Object.keys(readIn.raw).length === 0 && readEff.effect.length === 0;
  return {
    framework,
    case: theCase,
    result,
    findings: unfilled ? [...resolved.findings, finding("error", "not-filled", notFilledMessage(framework))] : findings,
    tables: { inputs, effect: effectTable, framework: table },
    rowOf,
    totalRow,
    inputCells: readIn.cells,
    recorded,
    batches: recordedBatches(wb),
    blocked,
  };
}

/** The cells a fill writes and owns: 得分 and 扣分原因 of each 三级 row it matched, and the 总计 得分. */
export function ownedCells(check: CheckResult): Set<string> {
  const owned = new Set<string>();
  const table = check.tables.framework;
  if (!table) return owned;
  const sheet = table.sheet.name;
  const add = (row: number, col: number | undefined) => {
    if (col !== undefined) owned.add(refAddress({ sheet, row, col }));
  };
  for (const r of check.rowOf.values()) {
    add(r.row, table.columns.score);
    add(r.row, table.columns.reasons);
  }
  if (check.totalRow !== undefined) add(check.totalRow, table.columns.score);
  return owned;
}

/**
 * A merged 得分 or 扣分原因 cell that hides the cell PERF would write, or that spans the cells of other rows (H2:H3
 * holds 1.1.1's and 1.1.2's scores; H2:I2 a score and its reasons): writing there would put a value where the
 * reader sees another. Such a row is an error and is not written.
 */
function mergedOwnedCells(
  table: FrameworkTable,
  rowOf: Map<string, FrameworkRow>,
  totalRow: number | undefined,
  blocked: Set<number>,
): Finding[] {
  const merges = (table.sheet.merges ?? []).filter((m) => m.bottom > m.top || m.right > m.left);
  if (merges.length === 0) return [];
  const sheet = table.sheet.name;
  const owners: { row: number; col: number; what: string }[] = [];
  for (const [code, r] of rowOf) {
    if (table.columns.score !== undefined)
      owners.push({ row: r.row, col: table.columns.score, what: `${code} 的得分` });
    if (table.columns.reasons !== undefined)
      owners.push({ row: r.row, col: table.columns.reasons, what: `${code} 的扣分原因` });
  }
  if (totalRow !== undefined && table.columns.score !== undefined)
    owners.push({ row: totalRow, col: table.columns.score, what: "总计得分" });
  const findings: Finding[] = [];
  const reported = new Set<CellRange>();
  for (const o of owners) {
    const m = merges.find((x) => inRange(x, o.row, o.col));
    if (!m) continue;
    const inside = owners.filter((x) => inRange(m, x.row, x.col));
    const hidden = m.top !== o.row || m.left !== o.col;
    if (!hidden && inside.length === 1) continue;
    for (const x of inside) blocked.add(x.row);
    if (reported.has(m)) continue;
    reported.add(m);
    const held = inside.map((x) => x.what).join("、");
    findings.push(
      finding(
        "error",
        "merged-cell",
        `${rangeAddress(m)} 是合并单元格，其中有${held}，无法分别写入：这${inside.length > 1 ? "些" : ""}单元格未写入，请取消合并后再评分`,
        { sheet, row: m.top, col: m.left },
      ),
    );
  }
  return findings;
}

/** A number in a cell, typed or as text; formulas and blanks are not. */
function typedNumber(cell: { value: CellValue; formula?: string } | undefined): Dec | undefined {
  if (!cell || cell.formula) return undefined;
  return numberIn(cell.value);
}

/**
 * A score typed on a row that is not a 三级 indicator (an empty 效果性 row, a note) is not part of the total, and
 * a 得分 column that does not add up to its 总计 is worth saying.
 */
function strayScores(table: FrameworkTable, rowOf: Map<string, FrameworkRow>, totalRow: number | undefined): Finding[] {
  const col = table.columns.score;
  if (col === undefined) return [];
  const sheet = table.sheet.name;
  const indicatorRows = new Set([...rowOf.values()].map((r) => r.row));
  const last = totalRow ?? table.sheet.rows.length;
  const findings: Finding[] = [];
  let sum = new Dec(0);
  for (let row = table.headerRow + 1; row < last; row++) {
    const cell = cellAt(table.sheet, row, col);
    if (indicatorRows.has(row)) {
      sum = sum.plus(numberIn(cell?.value ?? null) ?? 0);
      continue;
    }
    const typed = typedNumber(cell);
    if (typed === undefined) continue;
    sum = sum.plus(typed);
    findings.push(
      finding(
        "warning",
        "score-stray",
        `第 ${row + 1} 行不是三级指标，却填了得分 ${fmt(typed)}：它不计入总分，请删去，或在这一行填上指标的代码、名称和分值`,
        { sheet, row, col },
      ),
    );
  }
  const total = totalRow === undefined ? undefined : cellAt(table.sheet, totalRow, col);
  const stated = total ? numberIn(total.value) : undefined;
  if (stated !== undefined && !sum.equals(stated)) {
    findings.push(
      finding("warning", "score-sum", `得分列各行合计 ${fmt(sum)} 分，与总计 ${fmt(stated)} 分不符`, {
        sheet,
        row: totalRow as number,
        col,
      }),
    );
  }
  return findings;
}

/**
 * A formula saved without its result (by a program that does not calculate) cannot be read: each finding on such a
 * cell says so, instead of a confusing word about its text.
 */
function markUncalculated(wb: WorkbookSnapshot, findings: Finding[]): void {
  for (const f of findings) {
    // Only the cells scoring reads: a 得分 formula without a result is replaced by the fill anyway.
    if (!f.ref || (f.kind !== "input" && f.kind !== "effect" && f.kind !== "input-duplicate")) continue;
    const sheet = wb.sheets.find((s) => s.name === f.ref?.sheet);
    const cell = sheet ? cellAt(sheet, f.ref.row, f.ref.col) : undefined;
    if (!cell?.uncalculated) continue;
    f.kind = "formula-uncalculated";
    f.severity = "error";
    f.message = `公式 ${cell.formula} 没有保存计算结果（保存它的程序不计算公式）：请在 Excel 或 WPS 中打开、保存后再评分`;
  }
}

/** The 三级 indicators the table should hold: the framework's, with this department's 效果性 ones where they read. */
function expectedIndicators(
  result: ScoreResult,
  effect: Case["effect"],
): { code: string; name: string; points: Dec; level2: string; level1: string }[] {
  const byCode = new Map(result.indicators.map((r) => [r.code, r]));
  const parentOf = (code: string, level: number) => byCode.get(code.split(".").slice(0, level).join("."));
  const fromResult = result.indicators.filter((r) => r.level === 3);
  const own = effect.filter((e) => !byCode.has(e.code) && typeof e.code === "string");
  const extra = own.map(
    (e) => ({ code: e.code, name: e.name, level: 3, points: new Dec(0) }) as unknown as IndicatorScore,
  );
  return [...fromResult, ...extra].map((r) => ({
    code: r.code,
    name: r.name,
    points: r.points,
    level2: parentOf(r.code, 2)?.name ?? "",
    level1: parentOf(r.code, 1)?.name ?? "",
  }));
}

function compareTable(
  table: FrameworkTable,
  rows: FrameworkRow[],
  result: ScoreResult,
  effect: Case["effect"],
  rowOf: Map<string, FrameworkRow>,
  recorded: Map<string, CellValue>,
  ownMissing?: string,
): Finding[] {
  const findings: Finding[] = [];
  const sheet = table.sheet.name;
  const at = (row: number, col: number | undefined): CellRef => ({ sheet, row, col: col ?? 0 });
  const cols = table.columns;
  const expected = expectedIndicators(result, effect);
  const expectedByCode = new Map(expected.map((e) => [e.code, e]));
  const unmatched: FrameworkRow[] = [];

  for (const r of rows) {
    const e = r.code ? expectedByCode.get(r.code) : undefined;
    if (e && !rowOf.has(e.code)) rowOf.set(e.code, r);
    else if (!r.code || !e) unmatched.push(r);
    else {
      findings.push(
        finding(
          "warning",
          "indicator-extra",
          `${r.code} 在“${sheet}”表中出现了两次，得分只写入第 ${rowOf.get(e.code)!.row + 1} 行`,
          at(r.row, cols.code),
          r.code,
        ),
      );
    }
  }
  // Rows without a usable code (the 代码 column deleted or a code mistyped) are matched by their name.
  for (const r of unmatched) {
    const open = expected.filter((e) => !rowOf.has(e.code));
    const exact = open.find((e) => normalizeLabel(e.name) === normalizeLabel(r.name));
    const guessName = exact
      ? exact.name
      : r.name
        ? nearest(
            r.name,
            open.map((e) => e.name),
          )
        : undefined;
    const e = open.find((x) => x.name === guessName);
    if (e && (exact || !r.code)) {
      rowOf.set(e.code, r);
      if (r.code) {
        findings.push(
          finding(
            "warning",
            "indicator-renamed",
            `代码“${r.code}”不是框架中的指标代码，按名称识别为 ${e.code} ${e.name}`,
            at(r.row, cols.code),
            e.code,
          ),
        );
      }
      continue;
    }
    const hint = e ? `，是否应为 ${e.code} ${e.name}？` : "";
    findings.push(
      finding(
        "warning",
        "indicator-extra",
        `${r.code || r.name} 不是本框架的三级指标${hint}`,
        at(r.row, cols.code ?? cols.name),
        r.code || r.name,
      ),
    );
  }

  for (const e of expected) {
    const r = rowOf.get(e.code);
    if (!r) {
      findings.push(
        finding(
          "error",
          "indicator-missing",
          `“${sheet}”表缺少三级指标 ${e.code} ${e.name}，其得分无法写入该表`,
          at(table.headerRow, cols.code ?? cols.name),
          e.code,
        ),
      );
      continue;
    }
    if (r.name && normalizeLabel(r.name) !== normalizeLabel(e.name)) {
      findings.push(
        finding(
          "warning",
          "indicator-renamed",
          `${e.code} 的名称为“${r.name}”，框架中为“${e.name}”`,
          at(r.row, cols.name),
          e.code,
        ),
      );
    }
    const scored = result.indicators.find((x) => x.code === e.code);
    const points = numberIn(r.points);
    if (cols.points !== undefined && scored && (!points || !points.equals(scored.points))) {
      const shown = isEmpty(r.points) ? "空白" : `${String(r.points)} 分`;
      findings.push(
        finding(
          "error",
          "points-changed",
          `${e.code} ${e.name} 的分值为${shown}，框架规定为 ${fmt(scored.points)} 分`,
          at(r.row, cols.points),
          e.code,
        ),
      );
    }
    const scoreCell = refAddress(at(r.row, cols.score));
    const ours =
      recorded.has(scoreCell) &&
      !r.score?.formula &&
      sameCellValue(recorded.get(scoreCell) ?? null, r.score?.value ?? null);
    if (scored?.score && r.score && !isEmpty(r.score.value) && !ours) {
      const entered = numberIn(r.score.value);
      if (!entered || !entered.equals(scored.score)) {
        const old = r.score.formula
          ? `公式 ${r.score.formula}（结果 ${String(r.score.value)}）`
          : String(r.score.value);
        findings.push(
          finding(
            "warning",
            "score-differs",
            `${e.code} ${e.name}的得分手工填为 ${old}，按基础数据计算为 ${fmt(scored.score)}；写入得分时以计算结果为准，原值记入“${SHEETS.record}”表`,
            at(r.row, cols.score),
            e.code,
          ),
        );
      }
    }
  }
  findings.push(...compareSums(table, rows, result, ownMissing));
  return findings;
}

/** 二级 and 一级 cells state their points ("预算编制（11分）"); the rows under them must add up to it and to the framework. */
function compareSums(table: FrameworkTable, rows: FrameworkRow[], result: ScoreResult, ownMissing?: string): Finding[] {
  const findings: Finding[] = [];
  const sheet = table.sheet.name;
  for (const level of ["level2", "level1"] as const) {
    const groups = new Map<number, { name: string; points?: string; sum: Dec }>();
    for (const r of rows) {
      const g = r[level];
      const entry = groups.get(g.row) ?? { name: g.name, points: g.points, sum: new Dec(0) };
      entry.sum = entry.sum.plus(numberIn(r.points) ?? 0);
      groups.set(g.row, entry);
    }
    const col = table.columns[level];
    if (col === undefined) continue;
    const depth = level === "level1" ? 1 : 2;
    for (const [row, g] of groups) {
      const fw = result.indicators.find((x) => x.level === depth && x.name === g.name);
      const word = depth === 1 ? "一级" : "二级";
      if (fw && g.points !== undefined && !fw.points.equals(g.points)) {
        findings.push(
          finding(
            "error",
            "points-changed",
            `${word}指标 ${g.name} 标为 ${g.points} 分，框架规定为 ${fmt(fw.points)} 分`,
            { sheet, row, col },
            fw.code,
          ),
        );
      }
      const stated = g.points ?? (fw ? fmt(fw.points) : undefined);
      // The 效果性 block and the 一级 above it, while the department's own indicators are missing (said elsewhere).
      const short = ownMissing !== undefined && fw !== undefined && `${ownMissing}.`.startsWith(`${fw.code}.`);
      if (stated !== undefined && !g.sum.equals(stated) && !short) {
        findings.push(
          finding(
            "error",
            "sum-mismatch",
            `${word}指标 ${g.name}（${stated} 分）之下的三级指标分值合计 ${fmt(g.sum)} 分，不等于 ${stated} 分`,
            { sheet, row, col },
            fw?.code,
          ),
        );
      }
    }
  }
  return findings;
}
