/*
 * npm run build:themes: the production build, then src/taskpane/theme-tokens.ts written from the tokens it uses.
 * Run it when the pane's styles use a theme token they did not before (test/taskpane/bundle.test.ts says so).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildOnce, DIST } from "./build-once";
import { THEME_TOKENS_FILE, themeTokensModule } from "./theme-tokens";

function main(): void {
  const path = join(__dirname, "..", THEME_TOKENS_FILE);
  buildOnce();
  const content = themeTokensModule(readFileSync(join(DIST, "taskpane.js"), "utf8"));
  if (readFileSync(path, "utf8") === content) console.log(`未改变 ${THEME_TOKENS_FILE}`);
  else {
    writeFileSync(path, content);
    console.log(`已写入 ${THEME_TOKENS_FILE}`);
  }
}

main();
