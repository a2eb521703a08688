import { readFileSync } from "node:fs";
import { join } from "node:path";
import { paneScripts } from "../../bench/taskpane";
import { buildOnce, DIST } from "../../scripts/build-once";
import { THEME_TOKENS_FILE, themeTokensModule } from "../../scripts/theme-tokens";

/** The issues' goal for what taskpane.html loads (Office.js excepted), measured as `npm run bench` does. */
const GOAL_BYTES = 85 * 1024;

describe("the pane's JavaScript (the production build)", () => {
  beforeAll(() => buildOnce(), 300_000);

  it("gzips to at most 85 KB", () => {
    const { files, bytes } = paneScripts();
    expect(files).toEqual(["taskpane.js"]);
    expect(bytes).toBeLessThanOrEqual(GOAL_BYTES);
  });

  it("carries decimal.js without its trigonometry (scripts/trim-decimal.js): π's 1,025 digits are gone", () => {
    const js = readFileSync(join(DIST, "taskpane.js"), "utf8");
    expect(js).toContain("[DecimalError] ");
    expect(js).not.toContain("3.14159265358979323846");
  });

  it("defines the theme tokens the bundle uses, as Fluent's themes give them (else: npm run build:themes)", () => {
    const js = readFileSync(join(DIST, "taskpane.js"), "utf8");
    const committed = readFileSync(join(__dirname, "..", "..", THEME_TOKENS_FILE), "utf8");
    expect(committed).toBe(themeTokensModule(js));
  });
});
