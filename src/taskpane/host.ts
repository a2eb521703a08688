import type { FillPlan, Grid, UndoPlan, WorkbookSnapshot } from "../workbook";
import { readWorkbook, type OfficeSnapshot } from "../office/read";
import { insertTemplate, sheetNames } from "../office/template";
import { selectCell, writeFill, writeNewSheet, writeUndo } from "../office/write";
import { REQUIRED } from "./support";

/** What the host Excel can do for the pane, found at start-up from its requirement sets. */
export interface Capabilities {
  /** 评分, 撤销上次评分 and the 存在问题 sheet: without them the pane has nothing to offer. */
  score: boolean;
  /** 插入模板. */
  template: boolean;
  /** Finding merged 得分 cells; without it 评分 says they were not checked. */
  merges: boolean;
  /** The PERF.* custom functions (the runtime registers them; the pane only says when this Excel has none). */
  functions: boolean;
}

export const ALL_CAPABILITIES: Capabilities = { score: true, template: true, merges: true, functions: true };

/** The part of Office.context.requirements that PERF calls. */
export interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/**
 * Asks the host which requirement sets it supports (Office.context.requirements.isSetSupported, as Microsoft
 * recommends for features some hosts lack: OfficeDev/office-js-docs-reference
 * docs/requirement-sets/excel/excel-api-requirement-sets.md). Without an answer (no Office), nothing is supported.
 */
export function detectCapabilities(requirements: Requirements | undefined): Capabilities {
  const has = (r: { set: string; version: string }) => Boolean(requirements?.isSetSupported(r.set, r.version));
  return {
    score: has(REQUIRED.score),
    template: has(REQUIRED.template),
    merges: has(REQUIRED.merges),
    functions: has(REQUIRED.functions),
  };
}

/** Everything the pane asks of Excel. The Office adapter implements it; tests may give another. */
export interface PaneHost {
  /**
   * The workbook's cells, and with `extras` (the default; 评分) its names and merged 得分 cells, with what could not be
   * read (see OfficeSnapshot).
   */
  read(extras?: boolean): Promise<OfficeSnapshot>;
  writeFill(plan: FillPlan, snapshot: WorkbookSnapshot): Promise<void>;
  writeUndo(plan: UndoPlan, snapshot: WorkbookSnapshot): Promise<void>;
  /** Adds a sheet of PERF's under the first free name like `name`; returns the name used. */
  writeSheet(name: string, grid: Grid): Promise<string>;
  select(cell: string): Promise<void>;
  sheetNames(): Promise<string[]>;
  /** The template file, base64, from the add-in's own origin. */
  templateBase64(): Promise<string>;
  insertTemplate(base64: string, names: readonly string[]): Promise<void>;
}

async function fetchTemplate(): Promise<string> {
  // The template is served beside the pane (same origin); nothing leaves the machine's add-in host.
  const response = await fetch("assets/template.xlsx");
  if (!response.ok) throw new Error(`无法读取模板文件（HTTP ${response.status}）`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export const officeHost: PaneHost = {
  read: (extras = true) => readWorkbook({ extras }),
  writeFill,
  writeUndo,
  writeSheet: writeNewSheet,
  select: selectCell,
  sheetNames,
  templateBase64: fetchTemplate,
  insertTemplate,
};

/** The Office adapter as this Excel supports it: merged areas are asked for only where the API exists. */
export function officeHostFor(capabilities: Capabilities): PaneHost {
  return { ...officeHost, read: (extras = true) => readWorkbook({ extras, mergesSupported: capabilities.merges }) };
}
