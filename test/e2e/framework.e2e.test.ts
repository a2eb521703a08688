import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadFrameworkText } from "../../src/cli/framework/file";
import { parseCase } from "../../src/scoring";
import { buildTemplate } from "../../src/xlsx";
import { ROOT } from "../helpers/seed";
import { reopen } from "../helpers/xlsx";
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
