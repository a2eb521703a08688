/**
 * A faithful fake of the part of the Excel JavaScript API that PERF uses, for tests in Node (jsdom) and in a real
 * browser. Like Excel it queues every call until `context.sync()`, refuses to read a property that was not loaded
 * and synced, applies queued writes in order and stops at the first that fails (earlier ones stay applied, as in
 * Excel), and counts syncs. No Node or DOM API is used, so it bundles for the browser as it is.
 */

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
  cells: Map<string, FakeCell>;
  protected?: boolean;
  charts: FakeChart[];
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

export function cellKey(row: number, col: number): string {
  return `${colName(col)}${row + 1}`;
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

  constructor(sheets: FakeSheet[] = []) {
    this.sheets = sheets;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** The `Excel` namespace the add-in's code calls: Excel.run and the enums it uses. */
  namespace(): typeof Excel {
    const host = this;
    return {
      run: async <T>(batch: (context: FakeContext) => Promise<T>) => batch(new FakeContext(host)),
      ChartType: { barClustered: "BarClustered", columnClustered: "ColumnClustered" },
      ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
      WorksheetPositionType: { none: "None", before: "Before", after: "After", beginning: "Beginning", end: "End" },
      ErrorCodes: { accessDenied: "AccessDenied", itemNotFound: "ItemNotFound", generalException: "GeneralException" },
    } as unknown as typeof Excel;
  }
}

type Op = () => void;

/** One Excel.run's request context: queued operations and loads, applied at sync. */
export class FakeContext {
  private ops: Op[] = [];
  private loads: (() => void)[] = [];
  readonly workbook: FakeWorkbook;
  readonly application: { suspendApiCalculationUntilNextSync(): void; suspendScreenUpdatingUntilNextSync(): void };

  constructor(readonly host: FakeExcelHost) {
    this.workbook = new FakeWorkbook(this);
    this.application = {
      suspendApiCalculationUntilNextSync: () => this.queue(() => void host.calculationSuspended++),
      suspendScreenUpdatingUntilNextSync: () => this.queue(() => void host.screenUpdatingSuspended++),
    };
  }

  queue(op: Op): void {
    this.ops.push(op);
  }

  queueLoad(load: () => void): void {
    this.loads.push(load);
  }

  async sync(): Promise<void> {
    this.host.syncs++;
    const ops = this.ops;
    const loads = this.loads;
    this.ops = [];
    this.loads = [];
    for (const op of ops) op(); // the first failing op throws; those before it stay applied
    for (const load of loads) load();
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
      for (const n of names) {
        const key = n.replace(/^items\//, "");
        if (!(key in getters)) throw new FakeOfficeError("PropertyNotLoaded", `The fake has no property '${n}'`);
        this.loaded.set(key, getters[key]());
      }
    });
    return this;
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

  constructor(private readonly context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.protection = new FakeProtection(context, () => context.host.workbookProtected, "protected");
  }

  insertWorksheetsFromBase64(base64: string, options?: { sheetNamesToInsert?: string[]; positionType?: string }): void {
    const host = this.context.host;
    this.context.queue(() => {
      if (!host.decodeBase64) throw new FakeOfficeError("GeneralException", "The fake cannot read this file");
      const incoming = host
        .decodeBase64(base64)
        .filter((s) => !options?.sheetNamesToInsert?.length || options.sheetNamesToInsert.includes(s.name));
      for (const s of incoming) {
        if (host.sheet(s.name))
          throw new FakeOfficeError("InvalidOperation", `A worksheet named ${s.name} already exists`);
        host.sheets.push({ ...s, cells: new Map(s.cells), charts: [] });
      }
    });
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
    if (orNull) context.queueLoad(() => this.loaded.set("isNullObject", !context.host.sheet(sheetName)));
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
    };
  }

  get name(): string {
    return this.read("name");
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
    if (given === undefined) context.queueLoad(() => this.loaded.set("isNullObject", this.box() === undefined));
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
      const { top, left } = parseBox(key);
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

  private grid<T>(f: (c: FakeCell | undefined) => T): T[][] {
    const b = this.box();
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
    this.context.queue(() => {
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
    });
  }

  protected override snapshot() {
    return {
      address: () => this.addressText(),
      values: () => this.grid((c) => (c ? c.value : "")),
      formulas: () => this.grid((c) => (c ? (c.formula ?? c.value) : "")),
      numberFormat: () => this.grid((c) => c?.numberFormat ?? "General"),
      isNullObject: () => this.box() === undefined,
    };
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
        cell.value = 0; // the fake does not calculate; a real workbook would
      } else {
        cell.value = (x ?? "") as FakeValue;
        delete cell.formula;
      }
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

  select(): void {
    this.context.queue(() => void (this.context.host.selected = this.addressText()));
  }
}
