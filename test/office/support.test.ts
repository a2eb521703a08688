import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  EXCEL_TOO_OLD,
  FUNCTIONS_UNAVAILABLE,
  NOT_IN_EXCEL,
  OFFICE_NOT_LOADED,
  OFFICE_SLOW,
  REQUIRED,
  RETAIL_BEFORE_FUNCTIONS,
  SUPPORTED_EXCEL,
  TEMPLATE_UNAVAILABLE,
} from "../../src/taskpane/support";
import { WorkbookPackage } from "../../src/xlsx";

const ROOT = join(__dirname, "..", "..");
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");
const collapse = (text: string) =>
  text
    .replace(/<[^>]+>/g, "")
    .replace(/\s+/g, " ")
    .trim();
/** Text with every space and line break taken out: Markdown and HTML wrap lines where a message has none. */
const bare = (text: string) => text.replace(/<[^>]+>/g, "").replace(/\s+/g, "");

/**
 * The Excel versions PERF supports are said in four places: the pane, its help page, the README, docs/deploy.md.
 * They say the same, and it is what Microsoft's requirement-set tables give for the sets PERF uses (the minimum
 * builds, transcribed here from OfficeDev/office-js-docs-reference docs/requirement-sets/common/
 * shared-runtime-requirement-sets.md, excel/excel-api-requirement-sets.md and excel/custom-functions-requirement-sets.md).
 */
const MICROSOFT = {
  /** Windows: Microsoft 365 and retail perpetual (Office 2016 and later) alike; volume-licensed: Excel 2021. */
  SharedRuntime11: { windows: "2002", volume: "Excel 2021", mac: "16.35" },
  ExcelApi113: { windows: "2102", mac: "16.50", volume: "Excel 2021" },
  /** Microsoft 365 on Windows from 1909 and Mac from 16.34 (before the shared runtime); retail perpetual only 2311. */
  CustomFunctionsRuntime12: { subscription: "1909", retail: "2311", volume: "Office 2021", mac: "16.34" },
};

describe("supported Excel versions", () => {
  it("are Microsoft's minimum builds for the shared runtime and the custom functions' runtime", () => {
    const { SharedRuntime11: shared, CustomFunctionsRuntime12: functions } = MICROSOFT;
    expect(SUPPORTED_EXCEL).toContain("Excel 网页版");
    expect(SUPPORTED_EXCEL).toContain(`Microsoft 365 订阅版版本 ${shared.windows} 及以上`);
    // A retail Excel runs all of PERF from where it has both runtimes: the later of the two.
    expect(Number(functions.retail)).toBeGreaterThan(Number(shared.windows));
    expect(SUPPORTED_EXCEL).toContain(`零售版（一次性购买）版本 ${functions.retail} 及以上`);
    expect(SUPPORTED_EXCEL).toContain(`批量许可版 ${shared.volume} 及以上`);
    expect(SUPPORTED_EXCEL).toContain(`Mac 版 Excel ${shared.mac} 及以上`);
    // Microsoft 365 and Mac have the functions' runtime before the shared runtime: nothing more to say for them.
    expect(Number(functions.subscription)).toBeLessThan(Number(shared.windows));
    expect(Number(functions.mac.split(".")[1])).toBeLessThan(Number(shared.mac.split(".")[1]));
    expect(RETAIL_BEFORE_FUNCTIONS).toContain(`版本 ${shared.windows} 至 ${Number(functions.retail) - 1}`);
    expect(RETAIL_BEFORE_FUNCTIONS).toContain(`需要版本 ${functions.retail} 及以上`);
    expect(FUNCTIONS_UNAVAILABLE).toContain(`Windows 零售版 Excel 需要版本 ${functions.retail} 及以上`);
    expect(REQUIRED.functions).toEqual({ set: "CustomFunctionsRuntime", version: "1.2" });
  });

  it("are Microsoft's minimum builds for 插入模板 (ExcelApi 1.13)", () => {
    expect(TEMPLATE_UNAVAILABLE).toContain(`Windows 版本 ${MICROSOFT.ExcelApi113.windows} 及以上`);
    expect(TEMPLATE_UNAVAILABLE).toContain(`Mac 版本 ${MICROSOFT.ExcelApi113.mac} 及以上`);
    expect(REQUIRED.template).toEqual({ set: "ExcelApi", version: "1.13" });
  });

  it("are said alike by the pane, the help page, the README and docs/deploy.md", () => {
    const sentence = `PERF 支持：${SUPPORTED_EXCEL}。`;
    expect(EXCEL_TOO_OLD).toContain(sentence);
    const help = read("assets/help.html");
    expect(collapse(/<p id="supported">([\s\S]*?)<\/p>/.exec(help)![1])).toBe(sentence);
    expect(collapse(/<li id="functions">([\s\S]*?)<\/li>/.exec(help)![1])).toBe(RETAIL_BEFORE_FUNCTIONS);
    for (const doc of ["README.md", "docs/deploy.md"]) {
      expect([doc, bare(read(doc)).includes(bare(sentence))]).toEqual([doc, true]);
      expect([doc, bare(read(doc)).includes(bare(RETAIL_BEFORE_FUNCTIONS))]).toEqual([doc, true]);
    }
  });

  it("README and docs/deploy.md say that an Excel below the manifest's sets does not list PERF at all", () => {
    expect(read("README.md")).toMatch(/asks for SharedRuntime 1\.1 and ExcelApi 1\.9[^.]*does not list PERF at all/);
    expect(bare(read("docs/deploy.md"))).toContain(
      bare("（SharedRuntime 1.1、ExcelApi 1.9）：不满足的 Excel 根本不会列出 PERF"),
    );
  });
});

describe("what docs/deploy.md and the help page quote", () => {
  const deploy = bare(read("docs/deploy.md"));

  it("is what the pane says, word for word", () => {
    for (const message of [OFFICE_NOT_LOADED, OFFICE_SLOW, NOT_IN_EXCEL]) expect(deploy).toContain(bare(message));
    // taskpane.html's static notice, from 正在启动 on.
    const boot = /<div id="boot"[^>]*>([\s\S]*?)<\/div>/.exec(read("src/taskpane/taskpane.html"))![1];
    const paragraphs = [...boot.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)].map((m) => bare(m[1]));
    expect(deploy).toContain(paragraphs[1] + paragraphs[2]);
    const help = bare(read("assets/help.html"));
    expect(bare(OFFICE_NOT_LOADED)).toContain(/窗格提示“([^”]+)”/.exec(help)![1]);
    expect(paragraphs[1]).toContain(/窗格一直显示“([^”]+)”/.exec(help)![1]);
  });

  it("gives PERF.* examples that work in the template as typed: its arguments are the template's names", () => {
    const names = new Set(
      WorkbookPackage.fromBuffer(readFileSync(join(ROOT, "assets", "template.xlsx")), "template.xlsx")
        .definedNames()
        .map((n) => n.name),
    );
    const help = read("assets/help.html");
    const calls = [...help.matchAll(/=PERF\.[A-Z_]+\(([^)]*)\)/g)].map((m) => m[1].split(/,\s*/));
    expect(calls.length).toBeGreaterThan(0);
    for (const args of calls) for (const a of args) expect([a, names.has(a)]).toEqual([a, true]);
  });
});

describe("the test command", () => {
  const readme = read("README.md");
  const ci = read(".ci/run");

  it("the README's is .ci/run, which installs what the tests need and then runs npm test", () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)![1];
    expect(firstBlock).toMatch(/^bash \.ci\/run\s+# the tests/m);
    const commands = ci.split("\n").filter((l) => l.trim() && !l.trim().startsWith("#"));
    expect(commands.at(-1)).toBe("npm test");
    expect(commands).toContain("npm ci --no-audit --no-fund");
  });

  it(".ci/run installs exactly the Debian packages the README names", () => {
    const packages = /PACKAGES="([^"]+)"/.exec(ci)![1].split(/\s+/);
    for (const p of packages) expect(readme).toContain(`\`${p}\``);
    expect(packages.sort()).toEqual(["chromium", "fonts-noto-cjk", "libreoffice-calc-nogui", "libsecret-1-dev"]);
  });
});
