import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { getFramework } from "../../src/scoring";
import { canonicalText } from "../../src/scoring/format/load";
import { fullDoc } from "../../src/scoring/frameworks/texts";
import { frameworkArtifacts, ROOT } from "../../src/cli/framework/artifacts";
import { bundledFrameworks } from "../../src/cli/framework/bundled";
import { frameworkDocs } from "../../src/cli/framework/docs";

// What `npm run build:frameworks` and `perf-score framework docs` write is committed; these fail when it is stale.

describe("built from frameworks/*.yaml", () => {
  it.each([...frameworkArtifacts()].map(([path, content]) => [relative(ROOT, path), path, content]))(
    "%s is what npm run build:frameworks writes",
    (_name, path, content) => {
      expect(readFileSync(path, "utf8")).toBe(content);
    },
  );

  it("docs/framework.md is what `perf-score framework docs dapeng-2024` writes", () => {
    const { path, framework } = bundledFrameworks().get("dapeng-2024")!;
    expect(readFileSync(join(ROOT, "docs", "framework.md"), "utf8")).toBe(
      frameworkDocs(framework, relative(ROOT, path)),
    );
  });

  it.each([...bundledFrameworks().keys()])("%s: its hash is the SHA-256 of its file's content", (id) => {
    const { framework } = bundledFrameworks().get(id)!;
    expect(
      createHash("sha256")
        .update(canonicalText(fullDoc(framework)))
        .digest("hex"),
    ).toBe(framework.hash);
  });

  it("the scoring core bundles dapeng-2024 (the default) and no other: the pane's bundle stays small", () => {
    expect(getFramework("dapeng-2024")?.hash).toBe(bundledFrameworks().get("dapeng-2024")!.framework.hash);
    expect(getFramework("example-2025")).toBeUndefined();
    expect(bundledFrameworks().get("example-2025")?.framework.example).toBe(true);
  });
});
