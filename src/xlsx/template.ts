import type ExcelJS from "exceljs";
import {
  defaultFramework,
  Dec,
  fmt,
  pct,
  personalBlock,
  gradeBandsText,
  validateEffect,
  type Case,
  type EffectIndicatorInput,
  type Framework,
  type IndicatorDef,
  type IndicatorText,
  type InputDef,
  type Level2Def,
} from "../scoring";
import type { LevelBand } from "../scoring/bands";
import { frameworkTexts, fullDoc, withTexts } from "../scoring/frameworks/texts";
import {
  DEPARTMENT_LABEL,
  EFFECT_COLUMNS,
  FRAMEWORK_COLUMNS,
  FRAMEWORK_SHEET,
  frameworkSheetGrid,
  groupLabel,
  INPUT_COLUMNS,
  NUMBER_FORMATS,
  SHEETS,
  TOTAL_LABEL,
  YEAR_LABEL,
} from "../workbook";
import { monitorSheet } from "./template-monitor";
import { defineInputNames, defineMonitorNames } from "./template-names";

/** Placeholder rows for a department's own 效果性 indicators in 指标体系, and sub-item rows in 效果性. */
const OWN_INDICATOR_ROWS = 6;
const EFFECT_ROWS = 20;
/** A fixed date, so the generated file does not change from one build to the next. */
const EPOCH = new Date(Date.UTC(2025, 0, 1));

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
const INPUT_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
const OWNED_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2EFDA" } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};
const FONT = "等线";

/** Protected without a password: the structure is safe from accidents, and anyone can lift it in 审阅. */
async function protect(ws: ExcelJS.Worksheet): Promise<void> {
  await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
}

function header(ws: ExcelJS.Worksheet, row: number, labels: string[]): void {
  labels.forEach((label, i) => {
    const cell = ws.getCell(row, i + 1);
    cell.value = label;
    cell.font = { name: FONT, bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  });
}

function body(cell: ExcelJS.Cell, wrap = false): void {
  cell.font = { name: FONT };
  cell.border = THIN;
  cell.alignment = { vertical: "top", wrapText: wrap };
}

function editable(cell: ExcelJS.Cell, fill = INPUT_FILL): void {
  cell.protection = { locked: false };
  cell.fill = fill;
}

export function typeWords(def: InputDef): string {
  switch (def.type) {
    case "money":
      return `金额（${def.unit ?? "万元"}）`;
    case "count":
      return "个数（整数）";
    case "rate":
      return "比率（%）";
    case "judgment":
      return `评分（0–${def.max} 分）`;
    case "flag":
      return "是/否";
    case "enum":
      return (def.options ?? []).join("/");
  }
}

/** How the guide words amounts: in 万元 unless the framework keeps some in another unit (its 类型/单位 column says). */
function moneyGuide(framework: Framework): string {
  const units = new Set(framework.inputs.filter((d) => d.type === "money").map((d) => d.unit ?? "万元"));
  return units.size <= 1
    ? `金额以${[...units][0] ?? "万元"}为单位，保留两位小数`
    : "金额按“类型/单位”列所示单位填写，保留两位小数";
}

/** Judgments in steps of 0.1 from the full points down; other values are allowed after a warning. */
function judgmentList(max: string): string {
  const steps = Math.round(Number(max) * 10);
  return Array.from({ length: steps + 1 }, (_, i) => fmt(new Dec(steps - i).div(10))).join(",");
}

function validationOf(def: InputDef): ExcelJS.DataValidation {
  const prompt = (error: string): Partial<ExcelJS.DataValidation> => ({
    showErrorMessage: true,
    errorTitle: def.label,
    error,
    showInputMessage: true,
    promptTitle: def.label,
    prompt: `${typeWords(def)}${def.note ? `；${def.note}` : ""}${def.conditional ? "；不适用时可不填" : ""}`,
  });
  switch (def.type) {
    case "money":
      return {
        type: "decimal",
        operator: "greaterThanOrEqual",
        formulae: [Number(def.min ?? 0)],
        allowBlank: true,
        ...prompt(`请填写不小于 ${def.min ?? 0} 的金额（${def.unit ?? "万元"}）`),
      };
    case "count":
      return {
        type: "whole",
        operator: "greaterThanOrEqual",
        formulae: [Number(def.min ?? 0)],
        allowBlank: true,
        ...prompt(`请填写不小于 ${def.min ?? 0} 的整数`),
      };
    case "rate":
      return {
        type: "decimal",
        operator: "between",
        formulae: [0, 1],
        allowBlank: true,
        ...prompt("请填写 0 至 100% 之间的比率"),
      };
    case "judgment":
      return {
        type: "list",
        formulae: [`"${judgmentList(def.max ?? "0")}"`],
        allowBlank: true,
        errorStyle: "warning",
        ...prompt(`评分应在 0 至 ${def.max} 分之间`),
      };
    case "flag":
      return { type: "list", formulae: ['"是,否"'], allowBlank: true, ...prompt("请选择“是”或“否”") };
    case "enum":
      return {
        type: "list",
        formulae: [`"${(def.options ?? []).join(",")}"`],
        allowBlank: true,
        ...prompt(`请选择 ${(def.options ?? []).join("、")} 之一`),
      };
  }
}

/** An entry of the 效果性 block that is an object at all (a broken one is reported by validation, not written). */
function isEntry<T>(e: T | null | undefined): e is T {
  return typeof e === "object" && e !== null;
}

/** A value from the exchange JSON as a cell holds it: flags as 是/否 (the drop-down's words). */
function cellValueOf(raw: unknown): ExcelJS.CellValue {
  if (typeof raw === "boolean") return raw ? "是" : "否";
  if (typeof raw === "number" || typeof raw === "string") return raw;
  return null;
}

/** Achievement tiers as the framework's clause words them, highest first: "80%（含）—100% 为基本达成目标". */
function levelsText(levels: readonly LevelBand[], join: (range: string, level: string) => string): string[] {
  return [...levels].reverse().map((b) => {
    const from = `${pct(new Dec(b.min ?? "0"))}${b.minInclusive && b.min !== "0" ? "（含）" : ""}`;
    return join(`${from}—${b.max === null ? "100%" : pct(new Dec(b.max))}`, b.level);
  });
}

/** How the 说明 sheet explains the department's own indicators: their codes, points and tiers. */
function personalGuide(framework: Framework, block: Level2Def): string {
  const fixed = block.indicators;
  const own = fixed.reduce((a, i) => a.minus(i.points), new Dec(block.points));
  const used = fixed.map((i) => `${i.code} 已用于${i.name}`).join("、");
  const levels = levelsText(framework.personal?.levels ?? [], (range, level) => `${range} 为${level}`).join("，");
  const total = fixed.length
    ? `，加${fixed.map((i) => `${i.name} ${i.points} 分`).join("、")}共 ${block.points} 分`
    : "";
  return `2. 在“${SHEETS.effect}”表填写本部门的${block.name}个性指标，每个子项一行：指标代码（${block.code}.1 起${used ? `，${used}` : ""}）、指标名称、子项、分值、达成度（0 至 100% 的具体百分值：${levels}）。个性指标分值合计 ${fmt(own)} 分${total}。`;
}

function guideSheet(wb: ExcelJS.Workbook, framework: Framework, data?: Case): void {
  const ws = wb.addWorksheet(SHEETS.guide);
  ws.columns = [{ width: 16 }, { width: 60 }];
  ws.getCell("A1").value = "部门整体绩效评价自评工作簿";
  ws.getCell("A1").font = { name: FONT, bold: true, size: 16 };
  const fields: [string, ExcelJS.CellValue][] = [
    [DEPARTMENT_LABEL, data?.department ?? null],
    [YEAR_LABEL, data?.year ?? null],
  ];
  fields.forEach(([label, value], i) => {
    const l = ws.getCell(3 + i, 1);
    l.value = label;
    l.font = { name: FONT, bold: true };
    const v = ws.getCell(3 + i, 2);
    v.value = value;
    body(v);
    editable(v);
  });
  ws.getCell(4, 2).numFmt = "0";
  const block = personalBlock(framework);
  const lines = [
    "填写说明",
    `1. 在“${SHEETS.inputs}”表的“值”列逐项填写本部门数据（黄色单元格）。${moneyGuide(framework)}；比率填小数（0.9548）或百分数（95.48%）；评分项填所得分数，最高为“类型/单位”列所示分值；是否项和选项从下拉列表选择。`,
    block ? personalGuide(framework, block) : `2. 本框架没有部门个性指标，“${SHEETS.effect}”表无需填写。`,
    block
      ? `3. 在“${SHEETS.framework}”表${block.name}部分的空行，填写个性指标的代码、名称和分值，与“${SHEETS.effect}”表一致。`
      : `3. “${SHEETS.framework}”表只需核对，不必改动。`,
    `4. 用 PERF 加载项的“评分”，或由财政局用 perf-score 命令行评分：得分、扣分原因和总计写入“${SHEETS.framework}”表（绿色单元格），评分结果写入“${SHEETS.result}”表，被替换的原值记入“${SHEETS.record}”表，可撤销。`,
    ...(framework.schedule.length > 0
      ? [
          `5. 年度中间每月在“${SHEETS.monitor}”表填写截至上月末的预算数、累计支出等累计数，点击 PERF 任务窗格的“运行监控”：各检查点的状态（达标、预警、落后）写入该表的“状态”列，到下一检查点还须支出的金额和预计得分写入“${SHEETS.monitorResult}”表。`,
        ]
      : []),
    `${framework.schedule.length > 0 ? 6 : 5}. 各表结构受保护（无密码），只有需要填写的单元格可以编辑；如确需调整结构（例如个性指标超过 ${OWN_INDICATOR_ROWS} 个、子项超过 ${EFFECT_ROWS} 行，需要插入行），可在“审阅 → 撤销工作表保护”中解除，插入后再保护。`,
    `评分规则：比率先四舍五入保留到 0.01% 再分档或相乘；三级指标得分四舍五入保留两位小数，二级、一级和总分为三级得分之和。分档边界依《民法典》第一千二百五十九条：以上、以下、以内含本数，超过、不满、低于不含本数。等级：${gradeBandsText(framework)}。`,
    `指标框架：${framework.id}（${framework.name}${framework.example ? "；示例框架，非财政部门发布" : ""}），内容校验码 ${framework.hash.slice(0, 12)}；本工作簿按此框架评分。`,
  ];
  lines.forEach((text, i) => {
    const cell = ws.getCell(7 + i, 1);
    cell.value = text;
    cell.font = { name: FONT, bold: i === 0 };
    cell.alignment = { wrapText: true, vertical: "top" };
    ws.mergeCells(7 + i, 1, 7 + i, 2);
    ws.getRow(7 + i).height = i === 0 ? 18 : 48;
  });
}

function inputSheet(wb: ExcelJS.Workbook, framework: Framework, data?: Case): void {
  const ws = wb.addWorksheet(SHEETS.inputs, { views: [{ state: "frozen", ySplit: 1 }] });
  const c = INPUT_COLUMNS;
  header(ws, 1, [c.id.label, c.label.label, c.unit.label, c.value.label, c.indicator.label, c.note.label]);
  ws.columns = [{ width: 26 }, { width: 44 }, { width: 18 }, { width: 14 }, { width: 24 }, { width: 30 }];
  const names = new Map<string, string>();
  for (const l1 of framework.tree)
    for (const l2 of l1.children) for (const i of l2.indicators) names.set(i.code, i.name);
  framework.inputs.forEach((def, k) => {
    const row = ws.getRow(2 + k);
    const note = def.note ?? (def.default !== undefined ? `未填按 ${String(def.default)} 计` : "");
    row.values = [
      def.id,
      def.label,
      typeWords(def),
      cellValueOf(data?.inputs[def.id]),
      `${def.indicator ?? ""} ${names.get(def.indicator ?? "") ?? ""}`,
      note,
    ];
    row.eachCell({ includeEmpty: true }, (cell, col) => body(cell, col === 2 || col === 6));
    const value = row.getCell(4);
    editable(value);
    value.dataValidation = validationOf(def);
    if (def.type in NUMBER_FORMATS) value.numFmt = NUMBER_FORMATS[def.type as keyof typeof NUMBER_FORMATS];
  });
  // Named inputs: yishang → 基础数据!$D$5, one name per row written above (column D is 值).
  defineInputNames(
    wb,
    framework.inputs.map((def, k) => ({ id: def.id, cell: { sheet: ws.name, row: 1 + k, col: 3 } })),
  );
}

function effectSheet(wb: ExcelJS.Workbook, framework: Framework, effect: EffectIndicatorInput[]): void {
  const ws = wb.addWorksheet(SHEETS.effect, { views: [{ state: "frozen", ySplit: 1 }] });
  const c = EFFECT_COLUMNS;
  header(ws, 1, [c.code.label, c.name.label, c.item.label, c.points.label, c.achievement.label]);
  ws.columns = [{ width: 12 }, { width: 28 }, { width: 44 }, { width: 10 }, { width: 12 }];
  const items = effect
    .filter(isEntry)
    .flatMap((e) =>
      (Array.isArray(e.items) ? e.items.filter(isEntry) : []).map((item) => [
        e.code,
        e.name,
        item.name,
        item.points,
        item.achievement,
      ]),
    );
  const rows = Math.max(EFFECT_ROWS, items.length + 5);
  for (let k = 0; k < rows; k++) {
    const row = ws.getRow(2 + k);
    const values = items[k] ?? [null, null, null, null, null];
    row.values = values.map((v) => cellValueOf(v));
    for (let col = 1; col <= 5; col++) {
      const cell = row.getCell(col);
      body(cell, col === 3);
      editable(cell);
    }
    row.getCell(4).numFmt = "0.0#";
    row.getCell(4).dataValidation = {
      type: "decimal",
      operator: "greaterThan",
      formulae: [0],
      allowBlank: true,
      showErrorMessage: true,
      error: "分值应为正数",
    };
    row.getCell(5).numFmt = NUMBER_FORMATS.rate;
    row.getCell(5).dataValidation = {
      type: "decimal",
      operator: "between",
      formulae: [0, 1],
      allowBlank: true,
      showErrorMessage: true,
      error: "达成度应在 0 至 100% 之间",
      showInputMessage: true,
      prompt: levelsText(framework.personal?.levels ?? [], (range, level) => `${range} ${level}`).join("；"),
    };
  }
}

interface FrameworkRowSpec {
  def?: IndicatorDef & Partial<IndicatorText>;
  /** A department's own indicator, editable in the template. */
  own?: { code: string; name: string; points: string; criteria: string; description: string };
}

function frameworkSheet(wb: ExcelJS.Workbook, framework: Framework, data?: Case): void {
  const ws = wb.addWorksheet(SHEETS.framework, { views: [{ state: "frozen", ySplit: 1 }] });
  const c = FRAMEWORK_COLUMNS;
  const texts = frameworkTexts(framework);
  header(ws, 1, [
    c.level1.label,
    c.level2.label,
    c.name.label,
    c.code.label,
    c.points.label,
    c.description.label,
    c.criteria.label,
    c.score.label,
    c.reasons.label,
  ]);
  ws.columns = [
    { width: 10 },
    { width: 10 },
    { width: 16 },
    { width: 8 },
    { width: 7 },
    { width: 36 },
    { width: 64 },
    { width: 8 },
    { width: 44 },
  ];
  const personal = personalBlock(framework);
  const own = data && personal ? ownIndicators(framework, personal, data.effect) : [];
  let r = 2;
  for (const l1 of framework.tree) {
    const first1 = r;
    for (const l2 of l1.children) {
      const first2 = r;
      const specs: FrameworkRowSpec[] = [];
      if (l2.personal) {
        for (const o of own) specs.push({ own: o });
        for (let k = own.length; k < Math.max(OWN_INDICATOR_ROWS, own.length); k++) specs.push({});
      }
      for (const def of l2.indicators) specs.push({ def: { ...def, ...texts[def.code] } });
      for (const spec of specs) {
        const row = ws.getRow(r);
        const d = spec.def;
        const o = spec.own;
        row.values = [
          null,
          null,
          d?.name ?? o?.name ?? null,
          d?.code ?? o?.code ?? null,
          d ? Number(d.points) : o ? Number(o.points) : null,
          d?.description ?? o?.description ?? null,
          d?.criteria ?? o?.criteria ?? null,
          null,
          null,
        ];
        for (let col = 1; col <= 9; col++) body(row.getCell(col), col >= 3);
        if (!d) for (const col of [3, 4, 5, 6, 7]) editable(row.getCell(col));
        row.getCell(8).numFmt = NUMBER_FORMATS.score;
        editable(row.getCell(8), OWNED_FILL);
        editable(row.getCell(9), OWNED_FILL);
        r++;
      }
      ws.getCell(first2, 2).value = groupLabel(l2.name, l2.points);
      if (r - 1 > first2) ws.mergeCells(first2, 2, r - 1, 2);
      ws.getCell(first2, 2).alignment = { vertical: "middle", horizontal: "center", wrapText: true };
    }
    ws.getCell(first1, 1).value = groupLabel(l1.name, l1.points);
    ws.mergeCells(first1, 1, r - 1, 1);
    ws.getCell(first1, 1).alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  }
  const total = ws.getRow(r);
  const sum = own.reduce((a, o) => a + Number(o.points), 0) + sumCommonPoints(framework);
  total.values = [TOTAL_LABEL, null, null, null, { formula: `SUM(E2:E${r - 1})`, result: sum }, null, null, null, null];
  ws.mergeCells(r, 1, r, 4);
  for (let col = 1; col <= 9; col++) {
    body(total.getCell(col));
    total.getCell(col).font = { name: FONT, bold: true };
  }
  total.getCell(1).alignment = { horizontal: "center" };
  total.getCell(8).numFmt = NUMBER_FORMATS.score;
  editable(total.getCell(8), OWNED_FILL);
}

function sumCommonPoints(framework: Framework): number {
  return framework.tree.reduce(
    (a, l1) => a + l1.children.reduce((b, l2) => b + l2.indicators.reduce((x, i) => x + Number(i.points), 0), 0),
    0,
  );
}

/** The department's own 效果性 indicators for 指标体系: validated where possible, as given otherwise. */
function ownIndicators(framework: Framework, personal: Level2Def, effect: EffectIndicatorInput[]) {
  const checked = validateEffect(personal, framework.personal!, effect);
  const defs = new Map(checked.indicators.map((i) => [i.code, { ...i, ...checked.texts.get(i.code) }]));
  return effect
    .filter((e) => isEntry(e) && typeof e.code === "string")
    .map((e) => {
      const d = defs.get(e.code);
      const items = Array.isArray(e.items) ? e.items : [];
      const points =
        d?.points ?? fmt(items.reduce((a, it) => a.plus(typeof it.points === "number" ? it.points : 0), new Dec(0)));
      return { code: e.code, name: e.name, points, criteria: d?.criteria ?? "", description: d?.description ?? "" };
    });
}

/**
 * The framework itself, on a very hidden sheet: the workbook keeps scoring with the framework it was issued with,
 * whatever PERF version scores it later. Its content hash lets the bureau see that it is the one it issued.
 */
function embeddedSheet(wb: ExcelJS.Workbook, framework: Framework): void {
  const ws = wb.addWorksheet(FRAMEWORK_SHEET, { state: "veryHidden" });
  ws.columns = [{ width: 16 }, { width: 80 }];
  frameworkSheetGrid(framework, JSON.stringify(fullDoc(framework))).forEach((values, r) => {
    ws.getRow(r + 1).values = values;
  });
}

/**
 * The template workbook, built from the framework's data: 说明, 基础数据, 效果性 and 指标体系, and the framework itself
 * on a very hidden sheet. With a case (spec §5) it is the template filled from it, as `perf-score import` writes it.
 */
export async function buildTemplate(given: Framework = defaultFramework(), data?: Case): Promise<ExcelJS.Workbook> {
  const framework = withTexts(given);
  // Loaded here, not at the top: ExcelJS takes about 0.3 s to load, and perf-score's other commands never need it.
  const wb = new (await import("exceljs")).default.Workbook();
  wb.creator = "PERF";
  wb.created = EPOCH;
  wb.modified = EPOCH;
  guideSheet(wb, framework, data);
  inputSheet(wb, framework, data);
  effectSheet(wb, framework, data?.effect ?? []);
  frameworkSheet(wb, framework, data);
  const kit = { header, body, editable, ownedFill: OWNED_FILL, font: FONT };
  defineMonitorNames(
    wb,
    monitorSheet(wb, framework, kit),
    framework.inputs.map((d) => d.id),
  );
  embeddedSheet(wb, framework);
  for (const ws of wb.worksheets) await protect(ws);
  return wb;
}
