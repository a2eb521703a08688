import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runInContext, createContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { BUILD_ORIGIN, buildOnce, DIST } from "../../scripts/build-once";
import { checkManifest } from "./helpers/manifest";
import { makeStub, type Fn } from "./helpers/custom-functions";
import { BY_ID, SAMPLES } from "./helpers/functions";

/**
 * The real artifact: the production build (once per test run, into dist-test/), then functions.js loaded in a Node vm whose only global is a
 * recording CustomFunctions stub, as Excel's shared runtime would load it. No DOM, no React, no other file.
 */

const ROOT = join(__dirname, "..", "..");

interface Meta {
  functions: { id: string; description: string; parameters: { name: string; description: string }[] }[];
}

let js: string;
let metadata: Meta;
let zhMetadata: Meta;
let stubbed: ReturnType<typeof makeStub>;

beforeAll(() => {
  buildOnce();
  js = readFileSync(join(DIST, "functions.js"), "utf8");
  metadata = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8"));
  zhMetadata = JSON.parse(readFileSync(join(DIST, "functions.zh-CN.json"), "utf8"));
  stubbed = makeStub();
  runInContext(js, createContext({ CustomFunctions: stubbed.stub }), { filename: "functions.js" });
}, 180_000);

describe("dist/functions.js in a bare vm", () => {
  it("associates exactly the ids of dist/functions.json", () => {
    expect([...stubbed.associated.keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
    expect(stubbed.associated.size).toBe(24);
  });

  it("makes every function callable, with the same results as the source", () => {
    for (const f of metadata.functions) {
      const fn = stubbed.associated.get(f.id) as Fn;
      expect(typeof fn).toBe("function");
      expect([f.id, fn(...SAMPLES[f.id])]).toEqual([f.id, BY_ID[f.id](...SAMPLES[f.id])]);
    }
    expect(stubbed.associated.get("SCORE_EXEC")!(0.3548, 0.5988, 0.6477, 0.7914)).toBe(5.48);
    expect(stubbed.associated.get("HEXIAN_RATE")!(4502.03, 2622.4)).toBe(0.4175);
  });

  it("throws the runtime's own CustomFunctions.Error for a bad argument", () => {
    let thrown: unknown;
    try {
      stubbed.associated.get("SCORE_SATISFACTION")!(96);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(stubbed.stub.Error);
    expect(thrown).toMatchObject({ code: "#VALUE!", message: expect.stringContaining("若指 96%") });
  });

  it("holds no DOM, React or Office host code and loads no other chunk", () => {
    expect(js).not.toMatch(/react|document\.|window\.|Office\.|Excel\.run|importScripts|__webpack_require__\.e\b/);
  });

  it("gzips to at most 60 KB (the issue's goal)", () => {
    expect(gzipSync(js, { level: 9 }).length).toBeLessThanOrEqual(60 * 1024);
  });
});

describe("dist/functions.zh-CN.json", () => {
  it("has the same functions and parameters as functions.json, described in Chinese", () => {
    const shape = (m: Meta) => m.functions.map((f) => [f.id, f.parameters.map((p) => p.name)]);
    expect(shape(zhMetadata)).toEqual(shape(metadata));
    for (const f of zhMetadata.functions) {
      expect(f.description).toMatch(/[\u4e00-\u9fff]/);
      for (const p of f.parameters) expect(p.description).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("differs from functions.json only in descriptions", () => {
    const strip = (m: Meta) => JSON.stringify(m, (k, v) => (k === "description" ? undefined : v));
    expect(strip(zhMetadata)).toBe(strip(metadata));
  });
});

describe("the tests' build", () => {
  it("goes to a folder of its own that git ignores, so tests and benchmarks never replace a production dist/", () => {
    expect(DIST).toBe(join(ROOT, "dist-test"));
    expect(readFileSync(join(ROOT, ".gitignore"), "utf8").split("\n")).toContain("dist-test/");
    expect(readFileSync(join(DIST, "manifest.xml"), "utf8")).toContain(`${BUILD_ORIGIN}taskpane.html`);
  });
});

describe("the rest of dist/", () => {
  it("taskpane.html loads office.js, then one bundle: the pane, which registers the functions (shared runtime)", () => {
    const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)"?/g)].map((m) => m[1]);
    expect(scripts).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", "taskpane.js"]);
    // Both deferred, so the page's static notice shows while Office.js loads (or never does), and in this order.
    const tags = [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]);
    expect(tags.map((t) => /\sdefer[\s>=]/.test(t))).toEqual([true, true]);
    expect(html.search(/<div id="?boot"?[\s>]/)).toBeGreaterThan(html.indexOf("<body"));
  });

  it("has a production manifest on the origin it was built for (PERF_ORIGIN)", () => {
    const xml = readFileSync(join(DIST, "manifest.xml"), "utf8");
    expect(checkManifest(xml, BUILD_ORIGIN)).toEqual([]);
    expect(xml).not.toContain("localhost");
  });

  it("has the Chinese help page the manifest points at, with no script", () => {
    const help = readFileSync(join(DIST, "help.html"), "utf8");
    expect(help).toMatch(/<html lang="?zh-CN/);
    expect(help).not.toMatch(/<script/i);
    expect(readFileSync(join(DIST, "manifest.xml"), "utf8")).toContain(`${BUILD_ORIGIN}help.html`);
  });

  it("has the icons", () => {
    for (const size of [16, 32, 64, 80, 128]) expect(existsSync(join(DIST, "assets", `icon-${size}.png`))).toBe(true);
  });
});
