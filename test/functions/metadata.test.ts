import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as F from "../../src/functions/functions";
import zh from "../../src/functions/zh-CN.json";
import { localize, type Metadata, type ZhTable } from "../../scripts/localize-functions";
import { BY_ID } from "./helpers/functions";

/**
 * The metadata Excel reads (functions.json) comes from the JSDoc of src/functions/functions.ts; its zh-CN twin takes
 * every description from src/functions/zh-CN.json. A function or parameter without help in either language fails.
 */

const SOURCE = join(__dirname, "..", "..", "src", "functions", "functions.ts");

/** The catalogue: ids in order, and each function's arguments ("?" marks an optional one). */
const CATALOGUE: [string, string[]][] = [
  ["HEXIAN_RATE", ["yishang", "yixia"]],
  ["EXEC_RATE", ["progress", "quarter"]],
  ["CONTROL_RATE", ["actual", "budget", "remitted?"]],
  ["SCORE_HEXIAN", ["rate"]],
  ["SCORE_EXEC", ["q1", "q2", "q3", "q4"]],
  ["SCORE_PROCUREMENT", ["budget", "actual", "late_tenders?", "interim_renewals?"]],
  ["SCORE_ADJUSTMENT", ["adjusted_funds", "budget_scale"]],
  ["SCORE_CONTROL", ["actual", "budget", "remitted?"]],
  ["SCORE_ASSET_MATCH", ["physical", "book"]],
  ["SCORE_ASSET_USE", ["in_use", "total"]],
  ["SCORE_PAYROLL", ["on_payroll", "quota"]],
  ["SCORE_OUTSIDE_STAFF", ["outside", "total"]],
  ["SCORE_QUALITATIVE_SHARE", ["qualitative", "total"]],
  ["SCORE_COMPLETION", ["completed", "planned"]],
  ["SCORE_KEY_TASKS", ["tasks", "unfinished"]],
  ["SCORE_SATISFACTION", ["rate"]],
  ["SCORE_ACHIEVEMENT", ["points", "achievement"]],
  ["ACHIEVEMENT_LEVEL", ["achievement"]],
  ["DEDUCT", ["start", "each", "count"]],
  ["GRADE", ["total", "framework?"]],
  ["INDICATOR", ["code", "inputs", "framework?"]],
  ["EXPLAIN", ["code", "inputs", "framework?"]],
  ["PROGRESS_STATUS", ["actual", "checkpoint", "framework?"]],
  ["SPEND_NEEDED", ["budget", "spent", "checkpoint", "framework?"]],
];

const CJK = /[\u4e00-\u9fff]/;
let metadata: Metadata;
let associate: { id: string; functionName: string }[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata([SOURCE], true);
  expect(result.errors).toEqual([]);
  metadata = JSON.parse(result.metadataJson);
  associate = result.associate;
});

describe("functions.json from the JSDoc", () => {
  it("lists the issue's catalogue, in order, with its arguments", () => {
    const listed = metadata.functions.map((f) => [
      f.id,
      (f.parameters ?? []).map((p) => `${p.name}${p.optional ? "?" : ""}`),
    ]);
    expect(listed).toEqual(CATALOGUE);
  });

  it("names each function as its id (PERF.ID in a cell)", () => {
    for (const f of metadata.functions) expect(f.name).toBe(f.id);
  });

  it("takes any value for a scalar argument (so the core, not Excel, names a bad one) and a matrix for inputs", () => {
    for (const f of metadata.functions) {
      for (const p of f.parameters ?? []) {
        expect(p.type).toBe("any");
        expect(p.dimensionality).toBe(p.name === "inputs" ? "matrix" : undefined);
      }
    }
  });

  it("returns numbers, or strings for the grade, tier, explanation and monitoring status", () => {
    const strings = ["ACHIEVEMENT_LEVEL", "GRADE", "EXPLAIN", "PROGRESS_STATUS"];
    for (const f of metadata.functions)
      expect(f.result).toEqual({ type: strings.includes(f.id) ? "string" : "number" });
  });

  it.each(CATALOGUE.map(([id]) => id))("%s has an English description for itself and every parameter", (id) => {
    const f = metadata.functions.find((x) => x.id === id)!;
    expect(f.description?.trim()).toBeTruthy();
    expect(f.description!.length).toBeLessThanOrEqual(128);
    for (const p of f.parameters ?? []) {
      expect(p.description?.trim()).toBeTruthy();
      expect(p.description!.length).toBeLessThanOrEqual(128);
    }
  });

  it("associates each id with the exported function the tests call", () => {
    expect(associate.map((a) => a.id)).toEqual(CATALOGUE.map(([id]) => id));
    const exported = F as unknown as Record<string, unknown>;
    for (const a of associate) expect(BY_ID[a.id]).toBe(exported[a.functionName]);
  });
});

describe("functions.zh-CN.json from zh-CN.json", () => {
  it("has a Chinese description for every function and parameter, and nothing else", () => {
    const { problems } = localize(metadata, zh as ZhTable);
    expect(problems).toEqual([]);
  });

  it.each(CATALOGUE.map(([id]) => id))("%s: Chinese descriptions of at most 128 characters", (id) => {
    const { metadata: localized } = localize(metadata, zh as ZhTable);
    const f = localized.functions.find((x) => x.id === id)!;
    for (const text of [f.description, ...(f.parameters ?? []).map((p) => p.description)]) {
      expect(text).toMatch(CJK);
      expect(text!.length).toBeLessThanOrEqual(128);
    }
  });

  it("keeps everything but the descriptions: ids, names, types, optional flags", () => {
    const { metadata: localized } = localize(metadata, zh as ZhTable);
    const strip = (m: Metadata) =>
      JSON.parse(JSON.stringify(m, (key, value) => (key === "description" ? undefined : value))) as Metadata;
    expect(strip(localized)).toEqual(strip(metadata));
    expect(localized.allowCustomDataForDataTypeAny).toBe(metadata.allowCustomDataForDataTypeAny);
  });

  describe("a missing description is a problem (a build error)", () => {
    const table = () => JSON.parse(JSON.stringify(zh)) as ZhTable;
    it("a function without a zh-CN entry", () => {
      const t = table();
      delete t.GRADE;
      expect(localize(metadata, t).problems).toEqual([
        "GRADE: no zh-CN description",
        "GRADE(total): no zh-CN description",
        "GRADE(framework): no zh-CN description",
      ]);
    });
    it("a parameter without a zh-CN description", () => {
      const t = table();
      delete t.DEDUCT.parameters!.each;
      expect(localize(metadata, t).problems).toEqual(["DEDUCT(each): no zh-CN description"]);
    });
    it("a zh-CN entry for a function or parameter that does not exist", () => {
      const t = table();
      t.NOPE = { description: "无" };
      t.GRADE.parameters!.extra = "多余";
      expect(localize(metadata, t).problems).toEqual([
        "GRADE(extra): zh-CN entry for no parameter",
        "NOPE: zh-CN entry for no function",
      ]);
    });
    it("a function or parameter without English JSDoc", () => {
      const m = JSON.parse(JSON.stringify(metadata)) as Metadata;
      const grade = m.functions.find((f) => f.id === "GRADE")!;
      grade.description = "";
      grade.parameters![0].description = " ";
      expect(localize(m, zh as ZhTable).problems).toEqual([
        "GRADE: no English description (JSDoc)",
        "GRADE(total): no English description (JSDoc)",
      ]);
    });
  });
});
