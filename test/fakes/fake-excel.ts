/**
 * A faithful fake of the part of the Excel JavaScript API that PERF uses, for tests in Node (jsdom) and in a real
 * browser. Like Excel it queues every call until `context.sync()`, refuses to read a property that was not loaded
 * and synced, applies queued writes in order and stops at the first that fails (earlier ones stay applied, as in
 * Excel), and counts syncs. It also behaves as Microsoft documents real Excel behaves where PERF depends on it, each
 * behaviour with its source beside it: the 5 MB request and response limit of Excel on the web, the `null` values
 * read over five million cells, calculation (and calculation suspended until the next sync), and requirement sets
 * (a host without ExcelApi 1.13 has no insertWorksheetsFromBase64). No Node or DOM API is used, so it bundles for the
 * browser as it is.
 *
 * Documents cited below: "resource limits" is OfficeDev/office-js-docs-pr
 * docs/concepts/resource-limits-and-performance-optimization.md; "performance" is docs/excel/performance.md; "error
 * handling" is docs/testing/application-specific-api-error-handling.md; "typings" is @types/office-js.
 */
import { evaluate } from "./fake-calc";

export type FakeValue = string | number | boolean;

export interface FakeCell {
  value: FakeValue;
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  fill?: string;
  wrap?: boolean;
  /** Locked cells of a protected sheet refuse writes, as in Excel. */
  locked?: boolean;
}

export interface FakeChart {
  type: string;
  source: string;
  seriesBy: string;
  title?: string;
  position?: [string, string?];
  name?: string;
}

export interface FakeSheet {
  name: string;
  /** Hidden and very hidden sheets are in the worksheets collection all the same. */
  visibility?: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<string, FakeCell>;
  protected?: boolean;
  charts: FakeChart[];
  /** Merged ranges ("H2:H3"): only the top-left cell of each holds a value, as Excel keeps it. */
  merges?: string[];
}

/** A workbook-scoped name (公式 → 名称管理器): its formula starts with "=", as NamedItem.formula gives it. */
export interface FakeName {
  name: string;
  formula: string;
}

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

const NOT_LOADED = (prop: string) =>
  new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

// ---- Excel's documented limits ----------------------------------------------------------------------------------

/**
 * "Excel on the web has a payload size limit for requests and responses of 5MB. RichAPI.Error will be thrown if that
 * limit is exceeded." (resource limits, "Excel add-ins"; performance, "Payload size limit best practices"). The codes
 * are RequestPayloadSizeLimitExceeded and ResponsePayloadSizeLimitExceeded, which "only occur in Office on the web"
 * (error handling). The fake reads 5 MB as 5,000,000 bytes, the stricter reading, and measures a payload as the UTF-8
 * length of the JSON of the values sent or returned plus OP_BYTES for each queued call: "the payload size of a
 * request combines the number of API calls, the number of objects, the length of the value to set or get"
 * (performance). Real Excel's encoding is not documented, so PERF's own budget stays well below this.
 */
export const PAYLOAD_LIMIT = 5_000_000;
export const OP_BYTES = 64;

/**
 * "On all platforms, a range is limited to five million cells for get operations ... When a get operation using
 * Range.values exceeds the five-million-cell limit, the API doesn't always throw an error. In some cases,
 * Range.values returns null instead." (performance, the note under "Payload size limit best practices"). The fake
 * returns null, the case that is harder to notice.
 */
export const CELL_READ_LIMIT = 5_000_000;

/**
 * Range.getMergedAreasOrNullObject: "Note that if the merged areas count in this range is more than 512, then this
 * method will fail to return the result" (typings). How it fails is not documented: the fake fails the sync.
 */
export const MERGED_AREAS_LIMIT = 512;

/** UTF-8 bytes of a value's JSON: how the fake measures what crosses between the add-in and Excel. */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? "";
  let bytes = json.length;
  // Characters above U+007F take 2 or 3 bytes in UTF-8 (surrogate pairs 4 for 2 UTF-16 units); counting them
  // directly avoids encoding tens of megabytes only to measure them.
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c > 0x7f) bytes += c > 0x7ff && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return bytes;
}

/** Excel versions a host may be: what Office.context.requirements.isSetSupported answers. */
export type FakeRequirements = Record<string, string>;

/** A current Excel (Microsoft 365, Excel on the web): every set PERF uses. */
export const CURRENT_EXCEL: FakeRequirements = {
  ExcelApi: "1.17",
  SharedRuntime: "1.1",
  CustomFunctionsRuntime: "1.4",
};

function versionAtLeast(have: string, want: string): boolean {
  const [a, b] = [have, want].map((v) => v.split(".").map(Number));
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

// ---- addresses ---------------------------------------------------------------------------------------------------

function colName(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function colIndex(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const columnNames: string[] = [];

export function cellKey(row: number, col: number): string {
  return (columnNames[col] ??= colName(col)) + (row + 1);
}

/** "AB12" → row 11, column 27; without a regular expression, as used ranges scan every key. */
function parseKey(key: string): { row: number; col: number } {
  let col = 0;
  let i = 0;
  for (; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  return { row: Number(key.slice(i)) - 1, col: col - 1 };
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function parseBox(address: string): Box {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b = a] = local.replace(/\$/g, "").split(":");
  const p = (x: string) => {
    const m = /^([A-Z]+)(\d+)$/i.exec(x);
    if (!m)
      throw new FakeOfficeError(
        "InvalidArgument",
        `The argument is invalid or missing or has an incorrect format: ${address}`,
      );
    return { row: Number(m[2]) - 1, col: colIndex(m[1]) };
  };
  const [s, e] = [p(a), p(b)];
  return {
    top: Math.min(s.row, e.row),
    left: Math.min(s.col, e.col),
    bottom: Math.max(s.row, e.row),
    right: Math.max(s.col, e.col),
  };
}

function quote(sheet: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

function boxAddress(sheet: string, b: Box): string {
  const tl = cellKey(b.top, b.left);
  const br = cellKey(b.bottom, b.right);
  return `${quote(sheet)}!${tl === br ? tl : `${tl}:${br}`}`;
}

/**
 * What Excel makes of a string written through range.values, which it reads as if typed: a formula, a number, a
 * logical, a date (as its serial number); text when the cell is formatted as text (@) or the string starts with an
 * apostrophe, which Excel drops.
 */
function asTyped(x: string, numberFormat?: string): { value: FakeValue; formula?: string } {
  if (numberFormat === "@") return { value: x };
  if (x.startsWith("'")) return { value: x.slice(1) };
  const t = x.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return { value: Number(t) };
  if (/^[=+\-@]/.test(x)) return { value: 0, formula: x.startsWith("=") ? x : `=${x}` };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === "true" };
  const date = /^(\d{4})-(\d{1,2})-(\d{1,2})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (date) {
    const [, y, mo, d, h = "0", mi = "0", se = "0"] = date;
    const ms = Date.UTC(+y, +mo - 1, +d, +h, +mi, +se) - Date.UTC(1899, 11, 30);
    return { value: ms / 86_400_000 };
  }
  return { value: x };
}

// ---- the host ----------------------------------------------------------------------------------------------------

/** The state of the fake Excel: its sheets, what is selected, and how many syncs it has seen. */
export class FakeExcelHost {
  sheets: FakeSheet[];
  syncs = 0;
  selected?: string;
  calculationSuspended = 0;
  /** A protected workbook structure refuses new and deleted sheets. */
  workbookProtected = false;
  screenUpdatingSuspended = 0;
  /** Makes a queued write fail at sync, as a protected cell or a lost connection would. */
  failWrite?: (sheet: string, address: string) => string | undefined;
  /** How insertWorksheetsFromBase64 reads a file: tests give it the template's sheets. */
  decodeBase64?: (base64: string) => FakeSheet[];
  /** "web" enforces Excel on the web's 5 MB payload limit; "desktop" does not (resource limits). */
  platform: "web" | "desktop" = "web";
  /** The documented limits; a test may lower them to reach the same paths with small workbooks. */
  payloadLimit = PAYLOAD_LIMIT;
  cellReadLimit = CELL_READ_LIMIT;
  /**
   * How a payload over the limit is refused: undefined, with the documented codes (error handling); or with the code
   * given, as Excel on the web has also answered, GeneralException "An internal error has occurred."
   * (OfficeDev/office-js#1314, #1012), or OperationCellsExceedLimit (error handling).
   */
  oversizeCode?: "GeneralException" | "OperationCellsExceedLimit";
  mergedAreasLimit = MERGED_AREAS_LIMIT;
  /** The requirement sets the host supports, each at its highest version. */
  requirements: FakeRequirements = { ...CURRENT_EXCEL };
  /** Bytes sent and received by each sync, in order (as the fake measures them: see PAYLOAD_LIMIT). */
  syncLog: { requestBytes: number; responseBytes: number; failed?: string }[] = [];
  /** Formulas left uncalculated by a write made while calculation was suspended or manual (see FakeContext.sync). */
  staleFormulas = false;
  /**
   * Application.calculationMode: "Manual" is "where calculation is done when the user requests it"; a runtime
   * property, not persisted in the workbook (office-js-docs-reference, excel.application.yml, calculationMode:
   * ExcelApi 1.1 for get, 1.8 for set). In Manual, writes leave their dependants stale until calculate().
   */
  calculationMode: "Automatic" | "AutomaticExceptTables" | "Manual" = "Automatic";
  /** application.calculate() calls, in every sync so far. */
  calculations = 0;
  /** The workbook-scoped names (Workbook.names). */
  names: FakeName[] = [];
  /** The workbook-scoped names of the file insertWorksheetsFromBase64 reads (tests give the template's). */
  decodeNames?: (base64: string) => FakeName[];
  /**
   * What insertWorksheetsFromBase64 brings besides the sheets' cells. Microsoft's documentation (the method's
   * reference in docs/docs-ref-autogen/excel/excel/excel.workbook.yml, and docs/excel/excel-add-ins-workbooks.md) says
   * nothing of the source workbook's names or of a hidden sheet's visibility, so by default the fake brings neither,
   * the stricter reading: a hidden sheet arrives visible and no name comes along. A test sets these to check that
   * PERF is right either way (`names`: the file's names that refer to an inserted sheet come with it, as Excel's
   * 移动或复制工作表 does).
   */
  insertBrings = { names: false, visibility: false };

  constructor(sheets: FakeSheet[] = []) {
    this.sheets = sheets;
  }

  /** Office.context.requirements.isSetSupported, as this host answers it. */
  isSetSupported(name: string, minVersion = "1.1"): boolean {
    const have = this.requirements[name];
    return have !== undefined && versionAtLeast(have, String(minVersion));
  }

  /**
   * The parts of the `Office` namespace PERF reads at start-up: Office.onReady (host Excel) and
   * Office.context.requirements.isSetSupported.
   */
  office(): {
    onReady(): Promise<{ host: string; platform: string }>;
    context: { requirements: { isSetSupported(name: string, min?: string): boolean } };
  } {
    return {
      onReady: async () => ({ host: "Excel", platform: this.platform === "web" ? "OfficeOnline" : "PC" }),
      context: { requirements: { isSetSupported: (name: string, min?: string) => this.isSetSupported(name, min) } },
    };
  }

  /**
   * Recalculates every formula the fake can calculate (see fake-calc.ts), each after the cells it reads, as Excel's
   * automatic calculation does after a change.
   */
  recalculate(): void {
    const done = new Set<string>();
    const visiting = new Set<string>();
    const byName = new Map(this.sheets.map((s) => [s.name, s]));
    const valueOf = (sheet: string, row: number, col: number): FakeValue | undefined => {
      const s = byName.get(sheet);
      const key = cellKey(row, col);
      const cell = s?.cells.get(key);
      if (!s || !cell) return undefined;
      const id = `${sheet}!${key}`;
      if (cell.formula && !done.has(id) && !visiting.has(id)) {
        visiting.add(id);
        const v = evaluate(cell.formula, sheet, valueOf);
        if (v !== undefined) cell.value = v;
        visiting.delete(id);
        done.add(id);
      }
      return cell.value;
    };
    for (const s of this.sheets) {
      for (const [key, cell] of s.cells) {
        if (!cell.formula) continue;
        const { top, left } = parseBox(key);
        valueOf(s.name, top, left);
      }
    }
    this.staleFormulas = false;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** The `Excel` namespace the add-in's code calls: Excel.run and the enums it uses. */
  namespace(): typeof Excel {
    const host = this;
    return {
      run: async <T>(batch: (context: FakeContext) => Promise<T>) => batch(new FakeContext(host)),
      CalculationType: { recalculate: "Recalculate", full: "Full", fullRebuild: "FullRebuild" },
      CalculationMode: { automatic: "Automatic", automaticExceptTables: "AutomaticExceptTables", manual: "Manual" },
      ChartType: { barClustered: "BarClustered", columnClustered: "ColumnClustered", lineMarkers: "LineMarkers" },
      ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
      WorksheetPositionType: { none: "None", before: "Before", after: "After", beginning: "Beginning", end: "End" },
      SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
      ErrorCodes: { accessDenied: "AccessDenied", itemNotFound: "ItemNotFound", generalException: "GeneralException" },
    } as unknown as typeof Excel;
  }
}

type Op = () => void;

/** A queued load: reads what was asked for, says how many bytes it would return, and keeps it if the sync succeeds. */
type Load = () => { bytes: number; commit(): void };

/** One Excel.run's request context: queued operations and loads, applied at sync. */
export class FakeContext {
  private ops: { op: Op; bytes: number }[] = [];
  private loads: Load[] = [];
  /** Set by suspendApiCalculationUntilNextSync, cleared when the sync it applies to ends. */
  calculationSuspended = false;
  /** Whether a cell was written in the current sync. */
  wrote = false;
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;

  constructor(readonly host: FakeExcelHost) {
    this.workbook = new FakeWorkbook(this);
    this.application = new FakeApplication(this);
  }

  /** Queues an operation; `bytes` is what it adds to the request (its values, or OP_BYTES for a call). */
  queue(op: Op, bytes = OP_BYTES): void {
    this.ops.push({ op, bytes });
  }

  queueLoad(load: Load): void {
    this.loads.push(load);
  }

  /**
   * Sends the queued operations and loads. On Excel on the web a request over PAYLOAD_LIMIT is refused whole, before
   * anything is applied; a response over it fails the sync after the operations ran (nothing loaded becomes
   * readable). Either way the context stays usable for the next sync, as the queue is emptied.
   *
   * Calculation: after the operations, formulas that depend on written cells are recalculated, as Excel's automatic
   * calculation does. suspendApiCalculationUntilNextSync "suspends calculation until the next context.sync() is
   * called. Once set, it is the developer's responsibility to re-calc the workbook, to ensure that any dependencies
   * are propagated" (typings, Excel.Application). The fake takes that at its word: what was written while suspended
   * leaves dependent formulas stale until something recalculates (application.calculate, or a later write made with
   * calculation on). performance ("Suspend calculation temporarily") shows Excel resuming after the sync instead;
   * PERF must not rely on either reading, so the fake keeps the stricter one.
   */
  async sync(): Promise<void> {
    this.host.syncs++;
    const ops = this.ops;
    const loads = this.loads;
    this.ops = [];
    this.loads = [];
    const requestBytes = ops.reduce((n, o) => n + o.bytes, 0) + loads.length * OP_BYTES;
    const entry: { requestBytes: number; responseBytes: number; failed?: string } = { requestBytes, responseBytes: 0 };
    this.host.syncLog.push(entry);
    const web = this.host.platform === "web";
    if (web && requestBytes > this.host.payloadLimit) {
      entry.failed = "RequestPayloadSizeLimitExceeded";
      throw this.oversize("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    this.wrote = false;
    try {
      for (const { op } of ops) op(); // the first failing op throws; those before it stay applied
    } finally {
      if (this.wrote) {
        if (this.calculationSuspended || this.host.calculationMode === "Manual") this.host.staleFormulas = true;
        else this.host.recalculate();
      }
      this.calculationSuspended = false;
    }
    const results = loads.map((load) => load());
    entry.responseBytes = results.reduce((n, r) => n + r.bytes, 0);
    if (web && entry.responseBytes > this.host.payloadLimit) {
      entry.failed = "ResponsePayloadSizeLimitExceeded";
      throw this.oversize("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
    for (const r of results) r.commit();
  }

  /** The error a payload over the limit gets, as the host is set to answer (see FakeExcelHost.oversizeAnswer). */
  private oversize(code: string, message: string): FakeOfficeError {
    const answer = this.host.oversizeCode;
    if (answer === "GeneralException") return new FakeOfficeError(answer, "An internal error has occurred.");
    if (answer) return new FakeOfficeError(answer, "The attempted operation affects more than the limit of cells.");
    return new FakeOfficeError(code, message);
  }
}

/** Properties become readable only when loaded and synced. */
class Loadable {
  protected loaded = new Map<string, unknown>();

  constructor(protected readonly context: FakeContext) {}

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw NOT_LOADED(prop);
    return this.loaded.get(prop) as T;
  }

  protected snapshot(): Record<string, () => unknown> {
    return {};
  }

  /** What loading a property returns, in bytes. */
  protected responseBytes(_key: string, value: unknown): number {
    return jsonBytes(value);
  }

  load(props?: string | string[] | Record<string, unknown>): this {
    const names =
      typeof props === "string"
        ? props.split(",").map((p) => p.trim())
        : Array.isArray(props)
          ? props
          : Object.keys(props ?? {});
    if (names.length === 0)
      throw new FakeOfficeError("InvalidArgument", "load() with no properties loads everything; PERF never does that");
    this.context.queueLoad(() => {
      const getters = this.snapshot();
      const got = new Map<string, unknown>();
      let bytes = 0;
      for (const n of names) {
        const key = n.replace(/^items\//, "");
        if (!(key in getters)) throw new FakeOfficeError("PropertyNotLoaded", `The fake has no property '${n}'`);
        const value = getters[key]();
        got.set(key, value);
        bytes += this.responseBytes(key, value);
      }
      return { bytes, commit: () => got.forEach((v, k) => this.loaded.set(k, v)) };
    });
    return this;
  }
}

/**
 * Excel.Application: calculation and screen updating. calculate("Recalculate") "recalculates all cells that Excel has
 * marked as dirty, that is, dependents of volatile or changed data" (excel.calculationtype.yml; ExcelApi 1.1): the
 * fake recalculates everything it can, which gives the same values, and counts the call.
 */
class FakeApplication extends Loadable {
  protected override snapshot() {
    return { calculationMode: () => this.context.host.calculationMode };
  }

  get calculationMode(): string {
    return this.read("calculationMode");
  }

  suspendApiCalculationUntilNextSync(): void {
    this.context.queue(() => {
      this.context.host.calculationSuspended++;
      this.context.calculationSuspended = true;
    });
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.context.queue(() => void this.context.host.screenUpdatingSuspended++);
  }

  calculate(type: string): void {
    if (!["Recalculate", "Full", "FullRebuild"].includes(type))
      throw new FakeOfficeError("InvalidArgument", `calculate: unknown calculation type ${type}`);
    this.context.queue(() => {
      this.context.host.calculations++;
      this.context.host.recalculate();
      this.context.wrote = false; // what was written before is calculated; a later write in this sync is not
    });
  }
}

/**
 * Cells as rectangles: each row's runs of adjacent cells, a run joined to the one above it when they span the same
 * columns. How Excel divides special cells into areas is not documented; this is one plausible division, and PERF
 * must not depend on which.
 */
function rectanglesOf(cells: { row: number; col: number }[]): Box[] {
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: Box[] = [];
  for (const { row, col } of cells) {
    const last = runs.at(-1);
    if (last && last.top === row && last.right === col - 1) last.right = col;
    else runs.push({ top: row, bottom: row, left: col, right: col });
  }
  const open = new Map<string, Box>();
  const done: Box[] = [];
  for (const run of runs) {
    const key = `${run.left}:${run.right}`;
    const above = open.get(key);
    if (above && above.bottom === run.top - 1) above.bottom = run.top;
    else {
      if (above) done.push(above);
      open.set(key, { ...run });
    }
  }
  return [...done, ...open.values()].sort((a, b) => a.top - b.top || a.left - b.left);
}

/**
 * What Range.getSpecialCellsOrNullObject returns: "the RangeAreas object, comprising one or more ranges, that
 * represents all the cells that match the specified type and value. If no special cells are found, then this method
 * returns an object with its isNullObject property set to true" (excel.range.yml; ExcelApi 1.9). RangeAreas.address:
 * "Address value will contain the worksheet name for each rectangular block of cells (e.g., "Sheet1!A1:B4,
 * Sheet1!D1:D4")"; areaCount, "the number of rectangular ranges" (excel.rangeareas.yml). isNullObject is loaded by
 * every sync, as for the other …OrNullObject results (docs/excel/excel-add-ins-ranges-special-cells.md).
 */
class FakeSpecialCells extends Loadable {
  constructor(
    context: FakeContext,
    private readonly found: () => { sheet: string; areas: Box[] },
  ) {
    super(context);
    context.queueLoad(() => {
      if (!context.host.isSetSupported("ExcelApi", "1.9"))
        throw new FakeOfficeError("ApiNotFound", "The API you are trying to use could not be found.");
      const isNull = this.found().areas.length === 0;
      return { bytes: 8, commit: () => this.loaded.set("isNullObject", isNull) };
    });
  }

  protected override snapshot() {
    const { sheet, areas } = this.found();
    return {
      address: () => areas.map((a) => boxAddress(sheet, a)).join(", "),
      areaCount: () => areas.length,
    };
  }

  get isNullObject(): boolean {
    return this.read("isNullObject");
  }

  get address(): string {
    return this.read("address");
  }

  get areaCount(): number {
    return this.read("areaCount");
  }
}

class FakeProtection extends Loadable {
  constructor(
    context: FakeContext,
    private readonly state: () => boolean,
    private readonly prop: "protected" | "locked",
  ) {
    super(context);
  }

  protected override snapshot() {
    return { [this.prop]: this.state };
  }

  get protected(): boolean {
    return this.read("protected");
  }

  get locked(): boolean {
    return this.read("locked");
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly protection: FakeProtection;
  readonly names: FakeNamedItemCollection;

  constructor(private readonly context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.protection = new FakeProtection(context, () => context.host.workbookProtected, "protected");
    this.names = new FakeNamedItemCollection(context);
  }

  insertWorksheetsFromBase64(base64: string, options?: { sheetNamesToInsert?: string[]; positionType?: string }): void {
    const host = this.context.host;
    this.context.queue(() => {
      // Workbook.insertWorksheetsFromBase64 is [Api set: ExcelApi 1.13] (typings). A host without the set answers
      // ApiNotFound: "The API you are trying to use could not be found. It may be available in a newer version of the
      // Office application." (error handling).
      if (!host.isSetSupported("ExcelApi", "1.13"))
        throw new FakeOfficeError("ApiNotFound", "The API you are trying to use could not be found.");
      if (!host.decodeBase64) throw new FakeOfficeError("GeneralException", "The fake cannot read this file");
      this.context.wrote = true;
      const incoming = host
        .decodeBase64(base64)
        .filter((s) => !options?.sheetNamesToInsert?.length || options.sheetNamesToInsert.includes(s.name));
      for (const s of incoming) {
        if (host.sheet(s.name))
          throw new FakeOfficeError("InvalidOperation", `A worksheet named ${s.name} already exists`);
        const visibility = host.insertBrings.visibility ? s.visibility : undefined;
        host.sheets.push({ ...s, cells: new Map(s.cells), charts: [], visibility });
      }
      if (host.insertBrings.names) {
        const inserted = new Set(incoming.map((s) => s.name.toLowerCase()));
        for (const n of host.decodeNames?.(base64) ?? []) {
          const sheet = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!/.exec(n.formula);
          const target = sheet ? (sheet[1] ?? sheet[2]).replace(/''/g, "'").toLowerCase() : undefined;
          if (target && inserted.has(target) && !host.names.some((x) => sameName(x.name, n.name))) host.names.push(n);
        }
      }
    }, OP_BYTES + base64.length);
  }
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Workbook.names (ExcelApi 1.1): the workbook-scoped names. NamedItem.name (1.1) and NamedItem.formula (1.7): "The
 * formula of the named item. Formulas always start with an equal sign" (typings). NamedItemCollection.add (1.4): the
 * fake refuses a name that exists already, in any case (Excel's names ignore case), or that is not a valid name.
 */
class FakeNamedItemCollection extends Loadable {
  private current: { name: string; formula: string }[] = [];

  protected override snapshot() {
    return {
      name: () => {
        this.current = this.context.host.names.map((n) => ({ ...n }));
        return this.current.map((n) => n.name);
      },
      formula: () => this.context.host.names.map((n) => n.formula),
    };
  }

  get items(): { name: string; formula: string }[] {
    this.read("name");
    if (this.loaded.has("formula")) return this.current;
    return this.current.map((n) => ({
      name: n.name,
      get formula(): string {
        throw NOT_LOADED("formula");
      },
    }));
  }

  add(name: string, reference: string): void {
    const host = this.context.host;
    this.context.queue(
      () => {
        if (!host.isSetSupported("ExcelApi", "1.4"))
          throw new FakeOfficeError("ApiNotFound", "The API you are trying to use could not be found.");
        if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name))
          throw new FakeOfficeError("InvalidArgument", `The name ${name} is not valid`);
        if (host.names.some((n) => sameName(n.name, name)))
          throw new FakeOfficeError("ItemAlreadyExists", `The name ${name} already exists`);
        const formula = reference.startsWith("=") ? reference : `=${reference}`;
        host.names.push({ name, formula });
      },
      OP_BYTES + jsonBytes([name, reference]),
    );
  }
}

class FakeWorksheetCollection extends Loadable {
  private current: FakeWorksheet[] = [];

  protected override snapshot() {
    return {
      name: () => {
        this.current = this.context.host.sheets.map((s) => new FakeWorksheet(this.context, s.name, true));
        return true;
      },
    };
  }

  get items(): FakeWorksheet[] {
    this.read("name");
    return this.current;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, name, false);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, name, false, true);
  }

  add(name: string): FakeWorksheet {
    const host = this.context.host;
    this.context.queue(() => {
      if (host.workbookProtected) throw new FakeOfficeError("AccessDenied", "The workbook is protected");
      if (host.sheet(name)) throw new FakeOfficeError("ItemAlreadyExists", `A worksheet named ${name} already exists`);
      host.sheets.push({ name, cells: new Map(), charts: [] });
    });
    return new FakeWorksheet(this.context, name, false);
  }
}

class FakeWorksheet extends Loadable {
  readonly charts: { add(type: string, source: FakeRange, seriesBy?: string): FakeChartProxy };
  readonly protection: FakeProtection;

  constructor(
    context: FakeContext,
    private readonly sheetName: string,
    nameLoaded: boolean,
    private readonly orNull = false,
  ) {
    super(context);
    if (nameLoaded) this.loaded.set("name", sheetName);
    this.protection = new FakeProtection(context, () => Boolean(this.target().protected), "protected");
    // As in Excel, an …OrNullObject's isNullObject is known after the next sync, without a load.
    if (orNull)
      context.queueLoad(() => ({
        bytes: 8,
        commit: () => this.loaded.set("isNullObject", !context.host.sheet(sheetName)),
      }));
    // ChartCollection.add(type, sourceData, seriesBy), ExcelApi 1.1: the chart is drawn from the range's cells, a
    // header row naming the series and a first column of text naming the categories ("charts":
    // OfficeDev/office-js-docs-pr docs/excel/excel-add-ins-charts.md); it goes with its sheet when the sheet is deleted.
    this.charts = {
      add: (type, source, seriesBy = "Auto") => {
        const chart: FakeChart = { type, source: "", seriesBy };
        this.context.queue(() => {
          chart.source = source.addressText();
          this.target().charts.push(chart);
        });
        return new FakeChartProxy(chart);
      },
    };
  }

  /** The sheet this proxy stands for, resolved when the queue runs. */
  target(): FakeSheet {
    const s = this.context.host.sheet(this.sheetName);
    if (!s)
      throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: worksheet ${this.sheetName}`);
    return s;
  }

  protected override snapshot() {
    return {
      name: () => this.target().name,
      isNullObject: () => !this.context.host.sheet(this.sheetName),
      visibility: () => this.target().visibility ?? "Visible",
    };
  }

  get name(): string {
    return this.read("name");
  }

  /** Worksheet.visibility: read from ExcelApi 1.1, set from 1.2 (typings). */
  get visibility(): string {
    return this.read("visibility");
  }

  set visibility(v: string) {
    this.context.queue(() => {
      const s = this.target();
      s.visibility = v as FakeSheet["visibility"];
    });
  }

  get isNullObject(): boolean {
    if (!this.orNull) return false;
    return this.read("isNullObject");
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, this, address ?? "A1:XFD1048576");
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, this, undefined, valuesOnly);
  }

  delete(): void {
    this.context.queue(() => {
      const host = this.context.host;
      if (host.workbookProtected) throw new FakeOfficeError("AccessDenied", "The workbook is protected");
      const s = this.target();
      host.sheets = host.sheets.filter((x) => x !== s);
    });
  }

  activate(): void {
    this.context.queue(() => void this.target());
  }
}

class FakeChartProxy {
  readonly title: { text: string };

  constructor(private readonly chart: FakeChart) {
    const c = chart;
    this.title = {
      set text(t: string) {
        c.title = t;
      },
      get text() {
        return c.title ?? "";
      },
    };
  }

  set name(n: string) {
    this.chart.name = n;
  }

  setPosition(start: string, end?: string): void {
    this.chart.position = [start, end];
  }
}

class FakeRange extends Loadable {
  readonly format: {
    font: { bold: boolean };
    fill: { color: string };
    wrapText: boolean;
    columnWidth: number;
    autofitColumns(): void;
    protection: FakeProtection;
  };

  constructor(
    context: FakeContext,
    private readonly sheet: FakeWorksheet,
    private readonly given: string | undefined,
    private readonly usedValuesOnly = false,
  ) {
    super(context);
    if (given === undefined) {
      context.queueLoad(() => {
        const isNull = this.box() === undefined;
        return { bytes: 8, commit: () => this.loaded.set("isNullObject", isNull) };
      });
    }
    const each = (f: (c: FakeCell) => void) => this.context.queue(() => this.forEachCell(f, true));
    this.format = {
      font: {
        set bold(v: boolean) {
          each((c) => (c.bold = v));
        },
        get bold(): boolean {
          throw NOT_LOADED("format/font/bold");
        },
      },
      fill: {
        set color(v: string) {
          each((c) => (c.fill = v));
        },
        get color(): string {
          throw NOT_LOADED("format/fill/color");
        },
      },
      set wrapText(v: boolean) {
        each((c) => (c.wrap = v));
      },
      get wrapText(): boolean {
        throw NOT_LOADED("format/wrapText");
      },
      set columnWidth(_: number) {
        each(() => undefined);
      },
      get columnWidth(): number {
        throw NOT_LOADED("format/columnWidth");
      },
      autofitColumns: () => each(() => undefined),
      protection: new FakeProtection(
        context,
        () => {
          const b = this.box();
          const cell = b ? this.sheet.target().cells.get(cellKey(b.top, b.left)) : undefined;
          return cell?.locked !== false;
        },
        "locked",
      ),
    };
  }

  addressText(): string {
    return boxAddress(this.sheet.target().name, this.box() ?? { top: 0, left: 0, bottom: 0, right: 0 });
  }

  /** The cells the range covers; for a used range, the smallest box holding every non-empty cell (null if none). */
  private box(): Box | undefined {
    if (this.given !== undefined) return parseBox(this.given);
    let box: Box | undefined;
    for (const [key, cell] of this.sheet.target().cells) {
      if (this.usedValuesOnly && (cell.value === "" || cell.value === null) && !cell.formula) continue;
      const { row: top, col: left } = parseKey(key);
      box = box
        ? {
            top: Math.min(box.top, top),
            left: Math.min(box.left, left),
            bottom: Math.max(box.bottom, top),
            right: Math.max(box.right, left),
          }
        : { top, left, bottom: top, right: left };
    }
    return box;
  }

  private grid<T>(f: (c: FakeCell | undefined) => T, b = this.box()): T[][] {
    if (!b) return [];
    const cells = this.sheet.target().cells;
    return Array.from({ length: b.bottom - b.top + 1 }, (_, r) =>
      Array.from({ length: b.right - b.left + 1 }, (_, c) => f(cells.get(cellKey(b.top + r, b.left + c)))),
    );
  }

  private forEachCell(f: (c: FakeCell, key: string) => void, write: boolean): void {
    const s = this.sheet.target();
    const b = this.box();
    if (!b) return;
    if (write) this.context.wrote = true;
    for (let r = b.top; r <= b.bottom; r++) {
      for (let c = b.left; c <= b.right; c++) {
        const key = cellKey(r, c);
        const cell = s.cells.get(key) ?? { value: "" };
        if (write) this.checkWritable(s, key, cell);
        f(cell, key);
        s.cells.set(key, cell);
      }
    }
  }

  private checkWritable(s: FakeSheet, key: string, cell: FakeCell): void {
    const host = this.context.host;
    const reason = host.failWrite?.(s.name, key);
    if (reason) throw new FakeOfficeError("GeneralException", reason);
    if (s.protected && cell.locked !== false) {
      throw new FakeOfficeError(
        "AccessDenied",
        "The cell or chart you're trying to change is protected and therefore read-only.",
      );
    }
  }

  private setGrid(values: unknown[][], apply: (cell: FakeCell, v: unknown) => void): void {
    this.context.queue(
      () => {
        this.context.wrote = true;
        const b = this.box();
        if (!b) throw new FakeOfficeError("InvalidArgument", "No range to write to");
        const rows = b.bottom - b.top + 1;
        const cols = b.right - b.left + 1;
        if (values.length !== rows || values.some((r) => r.length !== cols)) {
          throw new FakeOfficeError(
            "InvalidArgument",
            `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`,
          );
        }
        const s = this.sheet.target();
        values.forEach((row, r) =>
          row.forEach((v, c) => {
            const key = cellKey(b.top + r, b.left + c);
            const cell = s.cells.get(key) ?? { value: "" };
            this.checkWritable(s, key, cell);
            apply(cell, v);
            s.cells.set(key, cell);
          }),
        );
      },
      OP_BYTES + jsonBytes(values),
    );
  }

  protected override snapshot() {
    // One load sees one state of the sheet: its box is found once (a used range means a scan of every cell).
    const box = this.box();
    const b = box ?? { top: 0, left: 0, bottom: -1, right: -1 };
    const cells = (b.bottom - b.top + 1) * (b.right - b.left + 1);
    /** A grid property, or null over CELL_READ_LIMIT cells (see there). */
    const gridOrNull = <T>(f: (c: FakeCell | undefined) => T): T[][] | null =>
      cells > this.context.host.cellReadLimit ? null : this.grid(f, box);
    return {
      address: () => boxAddress(this.sheet.target().name, box ?? { top: 0, left: 0, bottom: 0, right: 0 }),
      rowCount: () => b.bottom - b.top + 1,
      columnCount: () => b.right - b.left + 1,
      values: () => gridOrNull((c) => (c ? c.value : "")),
      formulas: () => gridOrNull((c) => (c ? (c.formula ?? c.value) : "")),
      numberFormat: () => gridOrNull((c) => c?.numberFormat ?? "General"),
      isNullObject: () => box === undefined,
    };
  }

  get rowCount(): number {
    return this.read("rowCount");
  }

  get columnCount(): number {
    return this.read("columnCount");
  }

  get isNullObject(): boolean {
    if (this.given !== undefined) return false;
    return this.read("isNullObject");
  }

  get address(): string {
    return this.read("address");
  }

  get values(): FakeValue[][] {
    return this.read("values");
  }

  set values(v: FakeValue[][]) {
    this.setGrid(v, (cell, x) => {
      delete cell.formula;
      if (typeof x !== "string") {
        cell.value = (x ?? "") as FakeValue;
        return;
      }
      const typed = asTyped(x, cell.numberFormat);
      if (typed.formula) cell.formula = typed.formula;
      cell.value = typed.value;
    });
  }

  get formulas(): FakeValue[][] {
    return this.read("formulas");
  }

  set formulas(v: FakeValue[][]) {
    this.setGrid(v, (cell, x) => {
      if (typeof x === "string" && x.startsWith("=")) {
        cell.formula = x;
        cell.value = 0; // calculated at the end of the sync (see FakeContext.sync)
      } else {
        cell.value = (x ?? "") as FakeValue;
        delete cell.formula;
      }
    });
  }

  /** Range.getSpecialCellsOrNullObject (ExcelApi 1.9), for "Constants" and "Formulas": see FakeSpecialCells. */
  getSpecialCellsOrNullObject(cellType: string, cellValueType?: string): FakeSpecialCells {
    if (cellValueType !== undefined && cellValueType !== "All")
      throw new FakeOfficeError("InvalidArgument", "The fake knows only cellValueType All");
    if (cellType !== "Constants" && cellType !== "Formulas")
      throw new FakeOfficeError("InvalidArgument", `The fake knows only Constants and Formulas, not ${cellType}`);
    return new FakeSpecialCells(this.context, () => {
      const b = this.box();
      const sheet = this.sheet.target();
      const found: { row: number; col: number }[] = [];
      if (b) {
        for (const [key, cell] of sheet.cells) {
          const isFormula = Boolean(cell.formula);
          const blank = !isFormula && (cell.value === "" || cell.value === null || cell.value === undefined);
          if (blank || isFormula !== (cellType === "Formulas")) continue;
          const { row, col } = parseKey(key);
          if (row >= b.top && row <= b.bottom && col >= b.left && col <= b.right) found.push({ row, col });
        }
      }
      return { sheet: sheet.name, areas: rectanglesOf(found) };
    });
  }

  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }

  set numberFormat(v: string[][]) {
    this.setGrid(v, (cell, x) => void (cell.numberFormat = String(x)));
  }

  clear(): void {
    this.context.queue(() => this.forEachCell((c) => Object.assign(c, { value: "", formula: undefined }), true));
  }

  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13): see FakeMergedAreas. */
  getMergedAreasOrNullObject(): FakeMergedAreas {
    return new FakeMergedAreas(this.context, () => {
      const b = this.box();
      const merges = (this.sheet.target().merges ?? []).map((m) => parseBox(m));
      return b
        ? merges.filter((m) => m.top <= b.bottom && m.bottom >= b.top && m.left <= b.right && m.right >= b.left)
        : [];
    });
  }

  select(): void {
    this.context.queue(() => void (this.context.host.selected = this.addressText()));
  }
}

/**
 * What Range.getMergedAreasOrNullObject returns: "a RangeAreas object that represents the merged areas in this range.
 * Note that if the merged areas count in this range is more than 512, then this method will fail to return the
 * result. If the RangeAreas object doesn't exist, then this method returns an object with its isNullObject property
 * set to true" (typings; [Api set: ExcelApi 1.13]). Whether an area reaching outside the range is clipped to it is not
 * documented: the fake returns every area that meets the range, whole. Over MERGED_AREAS_LIMIT the sync fails
 * (GeneralException: how Excel fails is not documented either); on a host without ExcelApi 1.13, ApiNotFound.
 * Loaded as Microsoft's examples do: "areas/items/rowIndex,…", then `isNullObject`, then `areas.items`.
 */
class FakeMergedAreas {
  private found?: Box[];
  private loadedAreas = false;

  constructor(
    private readonly context: FakeContext,
    private readonly areasNow: () => Box[],
  ) {
    const host = context.host;
    context.queueLoad(() => {
      if (!host.isSetSupported("ExcelApi", "1.13"))
        throw new FakeOfficeError("ApiNotFound", "The API you are trying to use could not be found.");
      const areas = this.areasNow();
      if (areas.length > host.mergedAreasLimit)
        throw new FakeOfficeError("GeneralException", "There are too many merged areas in the range.");
      return { bytes: 8, commit: () => (this.found = areas) };
    });
  }

  get isNullObject(): boolean {
    if (!this.found) throw NOT_LOADED("isNullObject");
    return this.found.length === 0;
  }

  load(props: string): this {
    const wanted = props.split(",").map((p) => p.trim());
    const known = ["rowIndex", "columnIndex", "rowCount", "columnCount"].map((p) => `areas/items/${p}`);
    for (const w of wanted)
      if (!known.includes(w)) throw new FakeOfficeError("PropertyNotLoaded", `The fake has no property '${w}'`);
    this.context.queueLoad(() => {
      const areas = this.areasNow();
      const bytes = jsonBytes(areas.map(() => wanted.map(() => 1_048_576)));
      return { bytes, commit: () => (this.loadedAreas = true) };
    });
    return this;
  }

  get areas(): { items: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }[] } {
    if (!this.loadedAreas || !this.found) throw NOT_LOADED("areas");
    if (this.found.length === 0)
      throw new FakeOfficeError("InvalidObjectPath", "The object is a null object: check isNullObject first.");
    return {
      items: this.found.map((b) => ({
        rowIndex: b.top,
        columnIndex: b.left,
        rowCount: b.bottom - b.top + 1,
        columnCount: b.right - b.left + 1,
      })),
    };
  }
}
