import { build } from "esbuild";
import type ExcelJS from "exceljs";
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import type { Server } from "node:http";
import { join, normalize } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { buildOnce, DIST } from "../../scripts/build-once";
import { fakeNamesOf, fakeSheetsOf } from "../fakes/from-exceljs";
import { ROOT } from "../helpers/seed";
import { serve } from "./server";

/*
 * The production build in a real browser: Debian's Chromium, headless, driven by playwright-core. Office.js is served
 * from node_modules (its CDN address is routed there), Excel is the fake holding the workbook a test gives, and no
 * request may leave the machine. Screenshots go to test-results/ for people to look at.
 */

const CHROMIUM = process.env.PERF_CHROMIUM ?? "/usr/bin/chromium";
const OFFICE_JS = join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
export const SHOTS = join(ROOT, "test-results");
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** A workbook as the fake Excel in the page holds it. */
export interface FakeData {
  sheets: { name: string; protected?: boolean; cells: [string, unknown][]; merges?: string[]; visibility?: string }[];
  /** The workbook-scoped names. */
  names?: { name: string; formula: string }[];
  /** The host's requirement sets (default: a current Excel). */
  requirements?: Record<string, string>;
}

export function fakeDataOf(wb: ExcelJS.Workbook): FakeData {
  return {
    sheets: fakeSheetsOf(wb).map((s) => ({
      name: s.name,
      protected: s.protected,
      cells: [...s.cells],
      merges: s.merges,
      visibility: s.visibility,
    })),
    names: fakeNamesOf(wb),
  };
}

export interface PaneBrowser {
  browser: Browser;
  server: Server;
  origin: string;
  fakeHost: string;
  /** Every request a page made that was neither to the add-in's origin nor to Office.js's (served locally). */
  escaped: string[];
  /** Requests to Office.js's address, answered from node_modules. */
  routed: string[];
}

export async function startBrowser(): Promise<PaneBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`找不到 Chromium（${CHROMIUM}）：请运行 .ci/run，或 apt-get install -y chromium fonts-noto-cjk`);
  }
  buildOnce();
  const { server, origin } = await serve(DIST);
  const bundled = await build({
    entryPoints: [join(__dirname, "fake-host.ts")],
    bundle: true,
    format: "iife",
    write: false,
    target: "es2020",
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  mkdirSync(SHOTS, { recursive: true });
  return { browser, server, origin, fakeHost: bundled.outputFiles[0].text, escaped: [], routed: [] };
}

export async function stopBrowser(b: PaneBrowser | undefined): Promise<void> {
  await b?.browser.close();
  await new Promise((resolve) => b?.server.close(resolve));
}

export interface PageOptions {
  colorScheme?: "light" | "dark";
  /** The pane's width in CSS pixels (Excel's usual pane is 320 to 350). */
  width?: number;
  height?: number;
  /** Browser zoom: 2 is 200%, the pane's width in CSS pixels halved and each drawn twice as large. */
  zoom?: number;
  /** Office.js's CDN cannot be reached (requests to it fail). */
  cdnDown?: boolean;
  /** Office.js's CDN never answers (a proxy holds the request): the page is opened without waiting for its load. */
  cdnHangs?: boolean;
}

/** Loads taskpane.html over the fake Excel holding `data` (and answering its requirement sets). */
export async function loadPage(b: PaneBrowser, data: FakeData, options: PageOptions = {}): Promise<Page> {
  const { colorScheme = "light", width = 380, height = 900, zoom = 1 } = options;
  const context = await b.browser.newContext({
    viewport: { width: Math.round(width / zoom), height: Math.round(height / zoom) },
    deviceScaleFactor: zoom,
    colorScheme,
    locale: "zh-CN",
  });
  const page = await context.newPage();
  await page.route("https://appsforoffice.microsoft.com/lib/1/hosted/**", async (route) => {
    if (options.cdnDown) return route.abort("internetdisconnected");
    if (options.cdnHangs) return new Promise<void>(() => undefined); // never answered
    const url = new URL(route.request().url());
    const file = normalize(join(OFFICE_JS, url.pathname.replace("/lib/1/hosted/", "")));
    b.routed.push(url.href);
    if (!file.startsWith(OFFICE_JS) || !existsSync(file) || !statSync(file).isFile())
      return route.fulfill({ status: 404 });
    return route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file) });
  });
  page.on("request", (request) => {
    const url = request.url();
    if (
      !url.startsWith(b.origin) &&
      !url.startsWith("https://appsforoffice.microsoft.com/lib/1/hosted/") &&
      !url.startsWith("data:")
    ) {
      b.escaped.push(url);
    }
  });
  await page.addInitScript(
    ({ data: fake, script }) => {
      (window as unknown as { __PERF_FAKE_DATA: unknown }).__PERF_FAKE_DATA = fake;
      // A recording CustomFunctions, as Excel's runtime provides: which functions did the page register?
      const associated: string[] = [];
      (window as unknown as { __associated: string[] }).__associated = associated;
      class CfError extends Error {}
      // Frozen: Office.js, loaded outside Office, would otherwise put its own associate in place of the recorder.
      Object.defineProperty(window, "CustomFunctions", {
        configurable: false,
        value: Object.freeze({
          associate: (id: string) => void associated.push(id),
          Error: CfError,
          ErrorCode: { invalidValue: "#VALUE!" },
        }),
      });
      new Function(script)();
    },
    { data, script: b.fakeHost },
  );
  // A page whose Office.js never arrives never fires "load": only its arrival is awaited then.
  await page.goto(`${b.origin}/taskpane.html`, { waitUntil: options.cdnHangs ? "commit" : "load" });
  return page;
}

/** Opens taskpane.html over the fake Excel holding `data`, once the pane shows its buttons. */
export async function openPane(b: PaneBrowser, data: FakeData, options: PageOptions = {}): Promise<Page> {
  const page = await loadPage(b, data, options);
  await page.getByRole("button", { name: "评分", exact: true }).waitFor();
  return page;
}

/** Waits until the pane is idle (nothing running) and has taken its first look at the workbook. */
export async function idle(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !document.querySelector('[aria-busy="true"]') &&
      document.querySelector("main")?.getAttribute("data-workbook") !== "unknown",
  );
}

/** The fake Excel's sync count so far. */
export const syncsOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { __perfFake: { syncs: number } }).__perfFake.syncs);

export const cellOf = (page: Page, sheet: string, address: string) =>
  page.evaluate(
    ([s, a]) =>
      (
        window as unknown as {
          __perfFake: { sheet(n: string): { cells: Map<string, { value: unknown }> } | undefined };
        }
      ).__perfFake
        .sheet(s)
        ?.cells.get(a)?.value ?? "",
    [sheet, address],
  );
