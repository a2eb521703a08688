import { screen } from "@testing-library/react";
import type ExcelJS from "exceljs";
import { webcrypto } from "node:crypto";
import { TextDecoder, TextEncoder } from "node:util";
import { frameworkHash } from "../../src/cli/framework/hash";
import { checkOptions } from "../../src/taskpane/framework-checks";
import { contentHash } from "../../src/taskpane/framework-hash";
import { checkWorkbook, FRAMEWORK_SHEET, readEmbedded } from "../../src/workbook";
import { ownFramework } from "../../src/workbook/own-framework-node";
import { bufferOf, readCells, seedWorkbook } from "../helpers/xlsx";
import { click, openPane, settled } from "./harness";

// jsdom has neither Web Crypto's digest nor TextEncoder/TextDecoder: Node's, the same standard APIs a browser has.
const scope = globalThis as { crypto?: { subtle?: unknown }; TextEncoder?: unknown; TextDecoder?: unknown };
scope.TextEncoder ??= TextEncoder;
scope.TextDecoder ??= TextDecoder;
const subtle = webcrypto.subtle;
beforeEach(() => Object.defineProperty(globalThis.crypto, "subtle", { value: subtle, configurable: true }));

/** The framework checks, as framework-checks.js sets them when the pane loads it. */
beforeAll(async () => {
  await import("../../src/taskpane/framework-checks-entry");
});

/** The seed's workbook with its PERF框架 sheet edited by hand: a name in the framework's JSON changed. */
async function tampered(): Promise<ExcelJS.Workbook> {
  const wb = await seedWorkbook();
  const sheet = wb.getWorksheet(FRAMEWORK_SHEET)!;
  let changed = false;
  sheet.getColumn(2).eachCell((piece) => {
    const text = piece.value;
    if (!changed && typeof text === "string" && text.includes("项目推广")) {
      piece.value = text.replace("项目推广", "项目推广工作");
      changed = true;
    }
  });
  expect(changed).toBe(true);
  return wb;
}

const TAMPERED =
  "工作簿内嵌的指标框架（PERF框架 表）与其记录的校验码不符，可能被改动；已按 PERF 自带的同一版本“部门整体绩效评价共性指标体系框架（大鹏新区 2024）”评分，不受改动影响。该表由 PERF 生成，请勿修改；如确需改用其他框架，请向财政局索取新的模板";

describe("the pane checks the framework's content hash, as perf-score does", () => {
  it("Web Crypto gives perf-score's SHA-256 of the template's framework, the hash its PERF框架 records", async () => {
    const embedded = readEmbedded(await readCells(await bufferOf(await seedWorkbook())))!;
    const doc = JSON.parse(embedded.json);
    expect(await contentHash(doc)).toBe(frameworkHash(doc));
    expect(await contentHash(doc)).toBe(embedded.hash);
  });

  it("PERF's own framework, unaltered: scored with the bundled one, the checks not loaded", async () => {
    const snapshot = await readCells(await bufferOf(await seedWorkbook()));
    expect(await checkOptions(snapshot)).toEqual({});
  });

  it("a tampered PERF框架: the same Chinese finding as perf-score, saying what to do; the bundled version scores", async () => {
    const wb = await tampered();
    const cli = checkWorkbook(await readCells(await bufferOf(wb)), { own: ownFramework, hashOf: frameworkHash });
    expect(cli.findings.map((f) => f.message)).toEqual([TAMPERED]);
    const options = await checkOptions(await readCells(await bufferOf(wb)));
    expect(options.hashOf?.({})).toMatch(/^[0-9a-f]{64}$/);
    await openPane(wb);
    await click("评分");
    await settled();
    expect(screen.getByTestId("total").textContent).toBe("91.75 分");
    expect(screen.getByTestId("findings").textContent).toContain("与其记录的校验码不符，可能被改动");
    expect(screen.getByTestId("findings").textContent).toContain(
      "请勿修改；如确需改用其他框架，请向财政局索取新的模板",
    );
  });

  it("without Web Crypto the record is trusted, as before", async () => {
    Object.defineProperty(globalThis.crypto, "subtle", { value: undefined, configurable: true });
    expect(await contentHash({})).toBeUndefined();
    expect(await checkOptions(await readCells(await bufferOf(await tampered())))).toEqual({});
  });
});
