import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import type ExcelJS from "exceljs";
import { App } from "../../src/taskpane/App";
import { officeHost, type PaneHost } from "../../src/taskpane/host";
import { FakeExcelHost, type FakeSheet } from "../fakes/fake-excel";
import { fakeSheetsOf } from "../fakes/from-exceljs";

/** The pane rendered over a fake Excel holding the given workbook, as Office would host it. */
export async function openPane(wb: ExcelJS.Workbook, host: Partial<PaneHost> = {}) {
  const excel = new FakeExcelHost(fakeSheetsOf(wb));
  (globalThis as { Excel?: unknown }).Excel = excel.namespace();
  const view = render(<App host={{ ...officeHost, ...host }} />);
  return { excel, view };
}

export async function click(name: string | RegExp): Promise<void> {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name }));
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
