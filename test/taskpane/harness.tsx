import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type ExcelJS from "exceljs";
import { App } from "../../src/taskpane/App";
import { officeHost, type PaneHost } from "../../src/taskpane/host";
import { FakeExcelHost, type FakeSheet } from "../fakes/fake-excel";
import { fakeNamesOf, fakeSheetsOf } from "../fakes/from-exceljs";

// jsdom has no user-agent style for <wbr>; browsers draw it inline (it adds no text to an accessible name).
const wbr = document.createElement("style");
wbr.textContent = "wbr { display: inline; }";
document.head.appendChild(wbr);

/**
 * The pane rendered over a fake Excel holding the given workbook, as Office would host it, once it has taken its
 * first look at the workbook (one read). `opened` is the sync count then, so tests count from it.
 */
export async function openPane(wb: ExcelJS.Workbook, host: Partial<PaneHost> = {}) {
  const excel = new FakeExcelHost(fakeSheetsOf(wb));
  excel.names = fakeNamesOf(wb);
  (globalThis as { Excel?: unknown }).Excel = excel.namespace();
  const view = render(<App host={{ ...officeHost, ...host }} />);
  await waitFor(() => expect(document.querySelector("main")?.dataset.workbook).not.toBe("unknown"));
  return { excel, view, opened: excel.syncs };
}

/** The toolbar's button for an action (评分, 撤销上次评分, 插入模板). */
export function action(name: string): HTMLButtonElement {
  return within(screen.getByRole("toolbar")).getByRole("button", { name }) as HTMLButtonElement;
}

/** Clicks a button by its name, or the given element; a focusable button also takes the focus, as in a browser. */
export async function click(target: string | RegExp | HTMLElement): Promise<void> {
  const element = target instanceof HTMLElement ? target : screen.getByRole("button", { name: target });
  await act(async () => {
    element.focus();
    fireEvent.click(element);
  });
}

export async function key(element: Element, name: string, init: KeyboardEventInit = {}): Promise<void> {
  await act(async () => {
    fireEvent.keyDown(element, { key: name, ...init });
  });
}

/** Waits until the pane is idle again (no progress shown). */
export async function settled(): Promise<void> {
  await waitFor(() => expect(document.querySelector('[aria-busy="true"]')).toBeNull());
}

export function cell(sheets: readonly FakeSheet[], sheet: string, address: string): unknown {
  return sheets.find((s) => s.name === sheet)?.cells.get(address)?.value ?? "";
}

/** Every cell's value and formula, for before/after comparisons. */
export function contents(sheets: readonly FakeSheet[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const s of sheets) for (const [k, c] of s.cells) out[`${s.name}!${k}`] = [c.value, c.formula ?? null];
  return out;
}
