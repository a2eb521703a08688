import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { getFramework } from "../../src/scoring";
import { canonicalText } from "../../src/scoring/format/load";
import { fullDoc } from "../../src/scoring/frameworks/texts";
import { frameworkArtifacts, ROOT } from "../../src/cli/framework/artifacts";
import { bundledFile, bundledIds } from "../../src/cli/framework/bundled";
import { docsSample, frameworkDocs } from "../../src/cli/framework/docs";

// What `npm run build:frameworks` and `perf-score framework docs` write is committed; these fail when it is stale.

describe("built from frameworks/*.yaml", () => {
  it.each([...frameworkArtifacts()].map(([path, content]) => [relative(ROOT, path), path, content]))(
    "%s is what npm run build:frameworks writes",
    (_name, path, content) => {
      expect(readFileSync(path, "utf8")).toBe(content);
    },
  );

  it("frameworks/schema.json names itself by a URN, not a placeholder host (PERF runs offline)", () => {
    const schema = JSON.parse(readFileSync(join(ROOT, "frameworks", "schema.json"), "utf8"));
    expect(schema.$id).toBe("urn:perf-addin:framework-schema:format-1");
  });

  it("docs/framework.md is what `perf-score framework docs dapeng-2024` writes", async () => {
    const { path, framework } = (await bundledFile("dapeng-2024"))!;
    expect(readFileSync(join(ROOT, "docs", "framework.md"), "utf8")).toBe(
      frameworkDocs(framework, relative(ROOT, path), docsSample(framework)),
    );
  });

  it("docs/framework.md names inputs by their labels in the rules (ids only in 3's table), and ends with the seed's case", () => {
    const docs = readFileSync(join(ROOT, "docs", "framework.md"), "utf8");
    const rules = docs.slice(docs.indexOf("## 4. "), docs.indexOf("## 5. "));
    const ids = (getFramework("dapeng-2024")?.inputs ?? []).map((d) => d.id);
    expect(ids.filter((id) => new RegExp(`\\b${id}\\b`).test(rules))).toEqual([]);
    expect(rules).toContain("- 第4项：“发生超范围超标准、虚列、截留挤占挪用等支出” 时本指标得 0 分；否则：");
    expect(docs).toContain("## 样例：examples/dapeng-2024.json");
    expect(docs).toContain("总分 91.75，等级 优。");
  });

  it.each(bundledIds())("%s: its hash is the SHA-256 of its file's content", async (id) => {
    const { framework } = (await bundledFile(id))!;
    expect(
      createHash("sha256")
        .update(canonicalText(fullDoc(framework)))
        .digest("hex"),
    ).toBe(framework.hash);
  });

  it("the scoring core bundles dapeng-2024 (the default) and no other: the pane's bundle stays small", async () => {
    expect(getFramework("dapeng-2024")?.hash).toBe((await bundledFile("dapeng-2024"))!.framework.hash);
    expect(getFramework("example-2025")).toBeUndefined();
    expect((await bundledFile("example-2025"))?.framework.example).toBe(true);
  });

  it("names each framework file by its id (frameworks/<id>.yaml), so the ids are known without reading the files", async () => {
    for (const id of bundledIds()) expect((await bundledFile(id))!.framework.id).toBe(id);
    expect(bundledIds()).toEqual(["dapeng-2024", "example-2025"]);
  });
});
