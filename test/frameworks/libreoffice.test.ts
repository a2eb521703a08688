import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { frameworkHash } from "../../src/cli/framework/file";
import { checkWorkbook, readEmbedded } from "../../src/workbook";
import { ownFramework } from "../../src/workbook/own-framework-node";
import { readWorkbookBuffer } from "../../src/xlsx";
import { perfScore } from "../helpers/cli";
import { ROOT } from "../helpers/seed";

// A workbook saved again by another spreadsheet program keeps the framework it carries: LibreOffice opens a workbook
// made from the example's template and saves it as xlsx; the framework sheet is still there, whole, and scores.
const SOFFICE = ["soffice", "libreoffice"].find((bin) => spawnSync(bin, ["--version"]).status === 0);
const dir = mkdtempSync(join(tmpdir(), "perf-lo-framework-"));

describe("the framework a workbook carries survives LibreOffice", () => {
  beforeAll(() => {
    if (!SOFFICE)
      throw new Error("LibreOffice（soffice）未安装：请运行 .ci/run，或 apt-get install -y libreoffice-calc-nogui");
  });

  it("saved again as xlsx, the workbook still scores with its own framework", async () => {
    const made = join(dir, "example.xlsx");
    expect((await perfScore(["import", join(ROOT, "examples", "example-2025.json"), "-o", made])).code).toBe(0);
    const out = join(dir, "saved");
    execFileSync(
      SOFFICE as string,
      [
        `-env:UserInstallation=file://${join(dir, "profile")}`,
        "--headless",
        "--convert-to",
        "xlsx",
        "--outdir",
        out,
        made,
      ],
      { timeout: 120_000, stdio: "pipe" },
    );
    const snapshot = await readWorkbookBuffer(readFileSync(join(out, "example.xlsx")), "example.xlsx");
    const embedded = readEmbedded(snapshot)!;
    expect(embedded.id).toBe("example-2025");
    expect(frameworkHash(JSON.parse(embedded.json))).toBe(embedded.hash);
    const check = checkWorkbook(snapshot, { own: ownFramework, hashOf: frameworkHash });
    expect([check.framework.id, check.result.total?.toString(), check.result.grade]).toEqual([
      "example-2025",
      "87.6",
      "良",
    ]);
  }, 180_000);
});
