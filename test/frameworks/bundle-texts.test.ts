import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildOnce, DIST } from "../../scripts/build-once";
import { fullDoc } from "../../src/scoring/frameworks/texts";
import { dapeng2024 } from "../helpers/frameworks";

// Issue #8's Tests: bundled frameworks load at build time, so the pane's bundle does not grow with their texts
// (review of #8, item 8). dist/taskpane.js holds dapeng-2024's scoring data, not its 参考评分标准 or 指标说明.
describe("the pane's bundle (the production build)", () => {
  beforeAll(() => buildOnce(), 300_000);

  /** A text as the bundle may hold it: as is, or with its non-ASCII characters escaped (\\uXXXX). */
  const forms = (s: string) => [
    s,
    JSON.stringify(s)
      .slice(1, -1)
      .replace(/[^ -~]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`),
  ];

  it("carries no sentence of any 参考评分标准 or 指标说明 of dapeng-2024, but does carry its indicators' names", () => {
    const js = readFileSync(join(DIST, "taskpane.js"), "utf8");
    const doc = fullDoc(dapeng2024);
    const sentences = doc.indicators
      .flatMap((i) => [i.criteria ?? "", i.description ?? ""])
      .flatMap((t) => t.split(/[。；\n]/))
      .map((s) => s.trim())
      .filter((s) => s.length >= 10);
    expect(sentences.length).toBeGreaterThan(100);
    const found = sentences.filter((s) => forms(s).some((f) => js.includes(f)));
    expect(found).toEqual([]);
    // The check can see Chinese text in the bundle at all: the names the pane shows are there.
    expect(doc.indicators.filter((i) => forms(i.name).some((f) => js.includes(f))).length).toBe(doc.indicators.length);
  });
});
