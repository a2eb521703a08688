import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { schemaErrors } from "./helpers/schema";

/**
 * manifest.xml and the production manifest, validated offline with an XML Schema validator (libxml2's, compiled to
 * WebAssembly) against PERF's own schema of the add-in manifest (schemas/manifest/: written from Microsoft's manifest
 * reference, <Runtimes> included; its README says what it covers). `npm run validate` needs Microsoft's web service.
 */

const ROOT = join(__dirname, "..", "..");
const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");

async function productionManifest(origin: string): Promise<string> {
  type Config = { plugins: { patterns?: { from: string; transform?: (c: Buffer) => string | Buffer }[] }[] };
  const factory = createRequire(__filename)(join(ROOT, "webpack.config.js")) as (
    e: object,
    a: object,
  ) => Promise<Config>;
  const saved = process.env.PERF_ORIGIN;
  process.env.PERF_ORIGIN = origin;
  try {
    const config = await factory({}, { mode: "production" });
    const pattern = config.plugins.flatMap((p) => p.patterns ?? []).find((p) => p.from === "manifest.xml")!;
    return String(pattern.transform!(Buffer.from(xml)));
  } finally {
    if (saved === undefined) delete process.env.PERF_ORIGIN;
    else process.env.PERF_ORIGIN = saved;
  }
}

/** The manifest with one edit, which must be there to make. */
function broken(from: string | RegExp, to: string): string {
  const changed = xml.replace(from, to);
  if (changed === xml) throw new Error(`no ${from} in manifest.xml`);
  return changed;
}

describe("the manifest against the schema", () => {
  it("manifest.xml (development, https://localhost:3000/) is valid", async () => {
    expect(await schemaErrors(xml)).toEqual([]);
  });

  it("the production manifest (PERF_ORIGIN) is valid", async () => {
    const prod = await productionManifest("https://perf.czj.example.gov.cn/addin/");
    expect(prod).not.toContain("localhost");
    // Its comment says which manifest it is (a rewritten development sentence would call the origin development's).
    expect(prod).toContain("This is the production manifest for https://perf.czj.example.gov.cn/addin/ (PERF_ORIGIN)");
    expect(prod).not.toContain("development manifest");
    expect(await schemaErrors(prod)).toEqual([]);
  });
});

/** Each a mistake the schema must catch, with a part of the message xmllint gives. */
const MISTAKES: [string, string, string | RegExp, string][] = [
  [
    "an element out of order",
    "Permissions",
    /(<Permissions>ReadWriteDocument<\/Permissions>)/,
    "<Permissions>ReadWriteDocument</Permissions>",
  ],
  ["a required element missing", "Id", /<Id>[^<]*<\/Id>/, ""],
  [
    "an unknown permission",
    "ReadWrite",
    "<Permissions>ReadWriteDocument</Permissions>",
    "<Permissions>ReadWrite</Permissions>",
  ],
  ["a malformed id", "not-a-guid", /<Id>[^<]*<\/Id>/, "<Id>not-a-guid</Id>"],
  ["a five-part version", "Version", "<Version>1.0.0.0</Version>", "<Version>1.0.0.0.0</Version>"],
  ["a runtime that is not long or short", "forever", 'lifetime="long"', 'lifetime="forever"'],
  [
    "two runtimes",
    "Runtime",
    '<Runtime resid="Taskpane.Url" lifetime="long"/>',
    '<Runtime resid="Taskpane.Url" lifetime="long"/><Runtime resid="Taskpane.Url" lifetime="long"/>',
  ],
  ["a runtime without resid", "resid", '<Runtime resid="Taskpane.Url" lifetime="long"/>', '<Runtime lifetime="long"/>'],
  [
    "a label naming no resource",
    "LabelsAreShortStrings",
    '<Label resid="PerfGroup.Label"/>',
    '<Label resid="Nowhere"/>',
  ],
  [
    "a label naming a long string",
    "LabelsAreShortStrings",
    '<Label resid="PerfGroup.Label"/>',
    '<Label resid="TaskpaneButton.Tooltip"/>',
  ],
  [
    "a source location naming a string",
    "LocationsAreUrls",
    '<SourceLocation resid="Functions.Script.Url"/>',
    '<SourceLocation resid="PerfGroup.Label"/>',
  ],
  [
    "an icon naming a URL",
    "IconImagesAreImages",
    '<bt:Image size="16" resid="Icon.16x16"/>',
    '<bt:Image size="16" resid="Taskpane.Url"/>',
  ],
  ["a resource id given twice", "ResourceIdsUnique", '<bt:Url id="Taskpane.Url"', '<bt:Url id="Functions.Script.Url"'],
  [
    "a resource id over 32 characters",
    "maximum length of '32'",
    '<bt:Url id="Functions.Metadata.Url"',
    '<bt:Url id="Functions.Metadata.Url.With.A.Long.Tail"',
  ],
  [
    "an icon of a size Office does not use",
    "size",
    '<bt:Image size="80" resid="Icon.80x80"/>\n                </Icon>\n                <Control',
    '<bt:Image size="90" resid="Icon.80x80"/>\n                </Icon>\n                <Control',
  ],
  [
    "custom functions on the ribbon's form factor",
    "CustomFunctions",
    'ExtensionPoint xsi:type="PrimaryCommandSurface"',
    'ExtensionPoint xsi:type="CustomFunctions"',
  ],
  ["an unknown element in a host", "Foo", "<AllFormFactors>", "<Foo/><AllFormFactors>"],
  [
    "a resource URL over http",
    "is not accepted by the pattern 'https://\\S+'",
    'DefaultValue="https://localhost:3000/functions.js"',
    'DefaultValue="http://localhost:3000/functions.js"',
  ],
  [
    "a display name over 125 characters",
    "maximum length of '125'",
    'DefaultValue="PERF performance scoring"',
    `DefaultValue="${"PERF ".repeat(26)}"`,
  ],
  [
    "a requirement set version that is not n.n",
    "'latest' is not accepted",
    '<Set Name="ExcelApi" MinVersion="1.9"/>',
    '<Set Name="ExcelApi" MinVersion="latest"/>',
  ],
  ["a host name Office does not know", "Name", '<Host Name="Workbook"/>', '<Host Name="Spreadsheet"/>'],
];

describe("the schema catches a broken manifest", () => {
  it.each(MISTAKES)("%s", async (_, expected, from, to) => {
    const edited =
      from instanceof RegExp && from.source.startsWith("(<Permissions>")
        ? broken("<Permissions>ReadWriteDocument</Permissions>", "").replace(
            "<DefaultSettings>",
            `${to}\n  <DefaultSettings>`,
          )
        : broken(from, to);
    const errors = await schemaErrors(edited);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join("\n")).toContain(expected);
  });

  it("a production manifest with a broken URL", async () => {
    const prod = await productionManifest("https://perf.czj.example.gov.cn/");
    const errors = await schemaErrors(
      prod.replace(/https:\/\/perf\.czj\.example\.gov\.cn\/taskpane\.html/g, "taskpane.html"),
    );
    expect(errors.join("\n")).toMatch(/HttpsUrl|AbsoluteUrl|pattern/);
  });

  it("something that is not a manifest at all", async () => {
    expect((await schemaErrors("<OfficeApp/>")).join("\n")).toMatch(/OfficeApp/);
    expect((await schemaErrors("<OfficeApp><Id>")).length).toBeGreaterThan(0);
  });
});
