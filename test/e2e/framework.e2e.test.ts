import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadFrameworkText } from "../../src/cli/framework/file";
import { parseCase } from "../../src/scoring";
import { FRAMEWORK_SHEET } from "../../src/workbook";
import { buildTemplate } from "../../src/xlsx";
import { ROOT } from "../helpers/seed";
import { reopen, seedWorkbook } from "../helpers/xlsx";
import { fakeDataOf, idle, openPane, startBrowser, stopBrowser, type PaneBrowser } from "./browser";

/*
 * The production build in Debian's Chromium (see browser.ts): a workbook made from the template of a framework PERF
 * does not ship (example-2025) is scored with the framework it carries, the pane loading framework-checks.js for it.
 */

let b: PaneBrowser;

beforeAll(async () => {
  b = await startBrowser();
}, 240_000);

afterAll(() => stopBrowser(b));

describe("a workbook carrying its own framework, in Chromium", () => {
  it("is scored with that framework, its checks loaded as a script of their own", async () => {
    const example = loadFrameworkText(readFileSync(join(ROOT, "frameworks", "example-2025.yaml"), "utf8")).framework!;
    const json = JSON.parse(readFileSync(join(ROOT, "examples", "example-2025.json"), "utf8"));
    const wb = await reopen(await buildTemplate(example, parseCase(json, [example.id]).case));
    const page = await openPane(b, fakeDataOf(wb));
    await idle(page);
    const scripts: string[] = [];
    page.on("request", (r) => scripts.push(new URL(r.url()).pathname));
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.getByRole("button", { name: "评分", exact: true }).click();
    await page.getByTestId("total").waitFor();
    expect(await page.getByTestId("total").textContent()).toBe("87.6 分");
    expect(await page.getByTestId("grade").textContent()).toBe("等级：良");
    expect(scripts).toContain("/framework-checks.js");
    expect(errors).toEqual([]);
  }, 120_000);
});

describe("the framework's content hash, checked in Chromium with Web Crypto", () => {
  it("a tampered PERF框架 is said, with what to do, and scored with PERF's own version; an intact one loads no checks", async () => {
    const intact = await seedWorkbook();
    let page = await openPane(b, fakeDataOf(intact));
    await idle(page);
    let scripts: string[] = [];
    page.on("request", (r) => scripts.push(new URL(r.url()).pathname));
    await page.getByRole("button", { name: "评分", exact: true }).click();
    await page.getByTestId("total").waitFor();
    expect(scripts).not.toContain("/framework-checks.js");
    await page.close();

    const wb = await seedWorkbook();
    // The PERF框架 sheet edited by hand: a name in the framework's JSON changed.
    wb.getWorksheet(FRAMEWORK_SHEET)!
      .getColumn(2)
      .eachCell((piece) => {
        const text = piece.value;
        if (typeof text === "string") piece.value = text.replace("项目推广", "项目推广工作");
      });
    page = await openPane(b, fakeDataOf(wb));
    await idle(page);
    scripts = [];
    page.on("request", (r) => scripts.push(new URL(r.url()).pathname));
    await page.getByRole("button", { name: "评分", exact: true }).click();
    await page.getByTestId("total").waitFor();
    expect(await page.getByTestId("total").textContent()).toBe("91.75 分");
    expect(await page.getByTestId("findings").textContent()).toContain(
      "与其记录的校验码不符，可能被改动；已按 PERF 自带的同一版本",
    );
    expect(scripts).toContain("/framework-checks.js");
  }, 120_000);
});
