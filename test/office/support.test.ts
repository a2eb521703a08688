import { readFileSync } from "node:fs";
import { join } from "node:path";
import { EXCEL_TOO_OLD, REQUIRED, SUPPORTED_EXCEL, TEMPLATE_UNAVAILABLE } from "../../src/taskpane/support";

const ROOT = join(__dirname, "..", "..");
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");
const collapse = (text: string) =>
  text
    .replace(/<[^>]+>/g, "")
    .replace(/\s+/g, " ")
    .trim();

/**
 * The Excel versions PERF supports are said in four places: the pane, its help page, the README, docs/deploy.md.
 * They say the same, and it is what Microsoft's requirement-set tables give for the sets PERF uses (the minimum
 * builds, transcribed here from OfficeDev/office-js-docs-reference docs/requirement-sets/...).
 */
const MICROSOFT = {
  SharedRuntime11: { windows: "2002", mac: "16.35", perpetual: "Excel 2021" },
  ExcelApi113: { windows: "2102", mac: "16.50", perpetual: "Excel 2021" },
};

describe("supported Excel versions", () => {
  it("are Microsoft's minimum builds for the shared runtime", () => {
    expect(SUPPORTED_EXCEL).toContain(`Windows 版本 ${MICROSOFT.SharedRuntime11.windows} 及以上`);
    expect(SUPPORTED_EXCEL).toContain(`Mac 版本 ${MICROSOFT.SharedRuntime11.mac} 及以上`);
    expect(SUPPORTED_EXCEL).toContain(MICROSOFT.SharedRuntime11.perpetual);
    expect(SUPPORTED_EXCEL).toContain("Excel 网页版");
    expect(TEMPLATE_UNAVAILABLE).toContain(`Windows 版本 ${MICROSOFT.ExcelApi113.windows} 及以上`);
    expect(TEMPLATE_UNAVAILABLE).toContain(`Mac 版本 ${MICROSOFT.ExcelApi113.mac} 及以上`);
    expect(REQUIRED.template).toEqual({ set: "ExcelApi", version: "1.13" });
  });

  it("are said alike by the pane, the help page, the README and docs/deploy.md", () => {
    const sentence = `PERF 支持：${SUPPORTED_EXCEL}。`;
    expect(EXCEL_TOO_OLD).toContain(sentence);
    const help = read("assets/help.html");
    expect(collapse(/<p id="supported">([\s\S]*?)<\/p>/.exec(help)![1])).toBe(sentence);
    expect(read("README.md")).toContain(sentence);
    expect(read("docs/deploy.md")).toContain(sentence);
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
