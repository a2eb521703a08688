import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { perfScore } from "../helpers/cli";
import { seedJson } from "../helpers/seed";

/** Review of #10, finding 8: the CLI's lists of issues put errors first, under the heading the total refers to. */
const dir = mkdtempSync(join(tmpdir(), "perf-errors-first-"));

function write(name: string, json: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(json));
  return path;
}

/** The severity words of the issue lines, in the order printed. */
const severities = (text: string) => [...text.matchAll(/\[(错误|提示)\]/g)].map((m) => m[1]);

describe("errors first in perf-score's lists", () => {
  it("score: a wrong value is listed before an unknown input met earlier, under 问题清单", async () => {
    const json = seedJson() as { inputs: Record<string, unknown> };
    json.inputs = { yishnag: 1, ...json.inputs, yixia: "abc" };
    const r = await perfScore(["score", write("mixed.json", json)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("见问题清单");
    expect(r.stdout).toContain("问题清单（2 条）");
    expect(severities(r.stdout)).toEqual(["错误", "提示"]);
  });

  it("score: a case that cannot be read lists its error before the warnings on standard error", async () => {
    const r = await perfScore(["score", write("unreadable.json", { ...seedJson(), yera: 2024, framework: "nope" })]);
    expect(r.code).toBe(1);
    expect(severities(r.stderr)).toEqual(["错误", "提示"]);
  });
});
