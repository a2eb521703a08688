import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { getFramework } from "../../src/scoring";
import { canonicalText } from "../../src/scoring/format/load";
import { fullDoc } from "../../src/scoring/frameworks/texts";
import { frameworkArtifacts, ROOT } from "../../src/cli/framework/artifacts";
import { bundledFile, bundledIds } from "../../src/cli/framework/bundled";
import { frameworkDocs } from "../../src/cli/framework/docs";

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
      frameworkDocs(framework, relative(ROOT, path)),
    );
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
