import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import {
  checkManifest,
  find,
  OFFICE_APP_ORDER,
  parseManifest,
  PERF_OFFICE_APP,
  urls,
  type Element,
} from "./helpers/manifest";

/** manifest.xml, checked offline: the official validator (`npm run validate`) is a web service. */

const ROOT = join(__dirname, "..", "..");
const MANIFEST = join(ROOT, "manifest.xml");
const xml = readFileSync(MANIFEST, "utf8");
const root = parseManifest(xml);
const DEV = "https://localhost:3000/";

const resource = (id: string): Element => {
  const found = [...find(root, "bt:Image"), ...find(root, "bt:Url"), ...find(root, "bt:String")].find(
    (e) => e.attrs.id === id,
  );
  if (!found) throw new Error(`no resource ${id}`);
  return found;
};
const override = (e: Element, locale: string) =>
  e.children.find((c) => (c.tag === "Override" || c.tag === "bt:Override") && c.attrs.Locale === locale)?.attrs.Value;

/** The width and height in a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe("manifest.xml", () => {
  it("is well-formed, in the documented order, with every resid defined, https on one origin, PERF, shared runtime", () => {
    expect(checkManifest(xml, DEV)).toEqual([]);
  });

  it("has OfficeApp's elements in the documented order, without AppDomains (it may not be empty)", () => {
    const tags = root.children.map((c) => c.tag);
    expect(tags).toEqual(OFFICE_APP_ORDER.filter((t) => tags.includes(t)));
    expect(tags).toEqual(PERF_OFFICE_APP);
  });

  it("is read by Microsoft's own manifest reader (office-addin-manifest)", () => {
    // In a child process: the package loads ES modules that jest's CommonJS runtime cannot.
    const script = `require("office-addin-manifest").OfficeAddinManifest.readManifestFile(process.argv[1])
      .then((info) => process.stdout.write(JSON.stringify(info)))`;
    const info = JSON.parse(execFileSync(process.execPath, ["-e", script, MANIFEST], { cwd: ROOT, encoding: "utf8" }));
    expect(info).toMatchObject({
      officeAppType: "TaskPaneApp",
      hosts: ["Workbook"],
      permissions: "ReadWriteDocument",
      defaultSettings: { sourceLocation: `${DEV}taskpane.html` },
    });
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it("hosts the custom functions (namespace PERF) in the long-lived task pane runtime", () => {
    const ext = find(root, "ExtensionPoint").find((e) => e.attrs["xsi:type"] === "CustomFunctions")!;
    const location = (tag: string) => find(ext, tag)[0].children[0].attrs.resid;
    expect(resource(location("Script")).attrs.DefaultValue).toBe(`${DEV}functions.js`);
    expect(location("Page")).toBe("Taskpane.Url");
    expect(resource(location("Metadata")).attrs.DefaultValue).toBe(`${DEV}functions.json`);
    expect(resource(find(ext, "Namespace")[0].attrs.resid).attrs.DefaultValue).toBe("PERF");
    expect(find(root, "Runtime")[0].attrs).toEqual({ resid: "Taskpane.Url", lifetime: "long" });
    expect(find(root, "FunctionFile")[0].attrs.resid).toBe("Taskpane.Url");
    expect(resource("Taskpane.Url").attrs.DefaultValue).toBe(`${DEV}taskpane.html`);
  });

  it("points zh-CN Excel at the Chinese function help", () => {
    expect(override(resource("Functions.Metadata.Url"), "zh-CN")).toBe(`${DEV}functions.zh-CN.json`);
  });

  it("has a ribbon button that opens the task pane", () => {
    const button = find(root, "Control").find((c) => c.attrs["xsi:type"] === "Button")!;
    const action = find(button, "Action")[0];
    expect(action.attrs["xsi:type"]).toBe("ShowTaskpane");
    expect(find(action, "SourceLocation")[0].attrs.resid).toBe("Taskpane.Url");
    expect(override(resource(find(button, "Label")[0].attrs.resid), "zh-CN")).toBe("绩效评分");
  });

  it("names and describes the add-in in Chinese for zh-CN", () => {
    for (const tag of ["DisplayName", "Description"]) {
      const e = find(root, tag)[0];
      expect(e.attrs.DefaultValue).toBeTruthy();
      expect(override(e, "zh-CN")).toMatch(/[\u4e00-\u9fff]/);
    }
    for (const s of find(root, "bt:String").filter((e) => e.attrs.id !== "Functions.Namespace")) {
      expect(override(s, "zh-CN")).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("uses icons that exist in assets/ at the sizes it declares", () => {
    const icons = urls(root).filter((u) => u.endsWith(".png"));
    expect(icons.length).toBeGreaterThan(0);
    for (const url of icons) {
      const file = join(ROOT, url.slice(DEV.length));
      const size = Number(/icon-(\d+)\.png$/.exec(url)![1]);
      expect(pngSize(file)).toEqual([size, size]);
    }
    for (const size of [16, 32, 64, 80, 128])
      expect(pngSize(join(ROOT, "assets", `icon-${size}.png`))).toEqual([size, size]);
  });

  it("catches what it checks for (a manifest with the usual mistakes)", () => {
    const broken = xml
      .replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadDocument</Permissions>")
      .replace('resid="Functions.Namespace"', 'resid="Functions.Nowhere"')
      .replace(`${DEV}functions.js`, "http://cdn.example.com/functions.js")
      .replace(/<SupportUrl[^>]*\/>/, "<AppDomains><AppDomain>https://other.example.com</AppDomain></AppDomains>")
      .replace('<Set Name="SharedRuntime" MinVersion="1.1"/>', "");
    expect(checkManifest(broken, DEV)).toEqual([
      "OfficeApp children Id, Version, ProviderName, DefaultLocale, DisplayName, Description, IconUrl, HighResolutionIconUrl, AppDomains, Hosts, Requirements, DefaultSettings, Permissions, VersionOverrides are not " +
        PERF_OFFICE_APP.join(", "),
      "resid Functions.Nowhere is not defined in Resources",
      "resource Functions.Namespace is never used",
      `https://other.example.com is not on ${DEV}`,
      "http://cdn.example.com/functions.js is not https",
      `http://cdn.example.com/functions.js is not on ${DEV}`,
      "custom functions namespace is undefined, not PERF",
      "requirements ExcelApi 1.9 lack SharedRuntime 1.1",
      "permissions are ReadDocument",
      "AppDomains is present (PERF uses no other domain)",
    ]);
    expect(checkManifest("<OfficeApp><Id>", DEV)[0]).toMatch(/^not well-formed XML/);
  });
});

describe("the production manifest (npm run build)", () => {
  const load = createRequire(__filename);
  type Config = { plugins: { patterns?: { from: string; transform?: (c: Buffer) => string | Buffer }[] }[] };
  const factory = load(join(ROOT, "webpack.config.js")) as (env: object, argv: object) => Promise<Config>;

  async function productionManifest(origin: string | undefined): Promise<string> {
    const saved = process.env.PERF_ORIGIN;
    if (origin === undefined) delete process.env.PERF_ORIGIN;
    else process.env.PERF_ORIGIN = origin;
    try {
      const config = await factory({}, { mode: "production" });
      const pattern = config.plugins.flatMap((p) => p.patterns ?? []).find((p) => p.from === "manifest.xml")!;
      return String(pattern.transform!(Buffer.from(xml)));
    } finally {
      if (saved === undefined) delete process.env.PERF_ORIGIN;
      else process.env.PERF_ORIGIN = saved;
    }
  }

  it("moves every URL to PERF_ORIGIN", async () => {
    const prod = await productionManifest("https://perf.czj.example.gov.cn/addin");
    expect(checkManifest(prod, "https://perf.czj.example.gov.cn/addin/")).toEqual([]);
    expect(prod).not.toContain("localhost");
  });

  it("refuses to build without PERF_ORIGIN, saying what to set (a manifest for nowhere would never load)", async () => {
    await expect(productionManifest(undefined)).rejects.toThrow(
      /^未设置 PERF_ORIGIN：生产构建需要 dist\/ 将要发布到的 https 地址.*docs\/deploy\.md.*npm run build:dev/s,
    );
    await expect(productionManifest("  ")).rejects.toThrow(/PERF_ORIGIN is not set/);
  });

  it("points SupportUrl and LearnMoreUrl at the Chinese help page shipped beside the pane", async () => {
    const prod = parseManifest(await productionManifest("https://perf.czj.example.gov.cn/addin"));
    expect(find(prod, "SupportUrl")[0].attrs.DefaultValue).toBe("https://perf.czj.example.gov.cn/addin/help.html");
    const learnMore = find(prod, "LearnMoreUrl")[0].attrs.resid;
    const url = find(prod, "bt:Url").find((u) => u.attrs.id === learnMore)!;
    expect(url.attrs.DefaultValue).toBe("https://perf.czj.example.gov.cn/addin/help.html");
  });

  it("refuses an origin that is not https", async () => {
    await expect(productionManifest("http://perf.example.com/")).rejects.toThrow(/must be https/);
    await expect(productionManifest("http://perf.example.com/")).rejects.toThrow(/^PERF_ORIGIN 必须是 https 地址/);
    await expect(productionManifest("perf.example.com")).rejects.toThrow(/not a URL/);
  });

  it("leaves the development manifest as it is", async () => {
    const config = await factory({}, { mode: "development" });
    const pattern = config.plugins.flatMap((p) => p.patterns ?? []).find((p) => p.from === "manifest.xml")!;
    expect(String(pattern.transform!(Buffer.from(xml)))).toBe(xml);
  });
});
