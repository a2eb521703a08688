import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { JsonError, parseJson } from "../../src/cli/json";
import { perfScore } from "../helpers/cli";
import { ROOT, SEED_PATH, seedJson } from "../helpers/seed";

const dir = mkdtempSync(join(tmpdir(), "perf-json-"));
const at = (name: string) => join(dir, name);
const seedText = () => readFileSync(SEED_PATH, "utf8");

/** Writes bytes to a file and scores it; returns the run. */
async function scoreBytes(name: string, data: Buffer | string, json = true) {
  writeFileSync(at(name), data);
  return perfScore(["score", at(name), ...(json ? ["--json"] : [])]);
}

describe("the encoding of a JSON file is named when it is not UTF-8", () => {
  it("UTF-8 with a byte order mark is read", async () => {
    const r = await scoreBytes("bom.json", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seedText())]));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total).toBe(91.75);
  });

  it("GBK (简体中文 Windows 记事本的 ANSI) is named, not read as garbage", async () => {
    const gbk = spawnSync("iconv", ["-f", "UTF-8", "-t", "GBK"], { input: seedText() }).stdout as Buffer;
    expect(gbk.length).toBeGreaterThan(100);
    const r = await scoreBytes("gbk.json", gbk);
    expect(r).toEqual({
      code: 1,
      stdout: "",
      stderr: `perf-score：${at("gbk.json")} 不是 UTF-8 编码，可能是 GBK（GB2312/GB18030，简体中文 Windows 的默认编码）：请用记事本打开，“另存为”时编码选 UTF-8 后再试\n`,
    });
  });

  it.each([
    [
      "UTF-16 LE with a byte order mark",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("{}", "utf16le")]),
      "是 UTF-16 编码（记事本中叫“Unicode”），请另存为 UTF-8 后再试",
    ],
    [
      "UTF-16 BE with a byte order mark",
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from("{}", "utf16le").swap16()]),
      "是 UTF-16 编码（记事本中叫“Unicode”），请另存为 UTF-8 后再试",
    ],
    [
      "UTF-16 without a byte order mark",
      Buffer.from('{"a":1}', "utf16le"),
      "是 UTF-16 编码（没有字节顺序标记），请另存为 UTF-8 后再试",
    ],
    [
      "bytes that are no encoding",
      Buffer.from([0x7b, 0x81, 0x7f, 0x7d]),
      "不是 UTF-8 编码，无法识别其中的文字：请另存为 UTF-8 后再试",
    ],
  ])("%s", async (_, data, message) => {
    const r = await scoreBytes("enc.json", data);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`perf-score：${at("enc.json")} ${message}\n`);
  });

  it("from standard input as well", () => {
    const r = spawnSync(process.execPath, [join(ROOT, "bin", "perf-score.js"), "score", "-"], {
      input: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText(), "utf16le")]),
      encoding: "utf8",
    });
    expect([r.status, r.stderr]).toEqual([
      1,
      "perf-score：标准输入 是 UTF-16 编码（记事本中叫“Unicode”），请另存为 UTF-8 后再试\n",
    ]);
  });
});

describe("what JSON.parse would let pass without a word", () => {
  it("a key given twice: the later value is used, and both lines are named", async () => {
    const text = seedText().replace('"yixia": 2622.4,', '"yixia": 2622.4,\n    "yixia": 3783.36,');
    const r = await scoreBytes("dup.json", text);
    const json = JSON.parse(r.stdout);
    const line = text.split("\n").findIndex((l) => l.includes("3783.36")) + 1;
    expect(json.issues).toContainEqual({
      severity: "warning",
      input: "yixia",
      message: `JSON inputs 中的键“yixia”出现了两次（第 ${line - 1} 行和第 ${line} 行），按后一个计算，请删去多余的一个`,
    });
    expect(json.total).toBe(91.75 + 1.5); // 3783.36 was used: 核减率 15.96%, 1.1.1 worth 1.5 more
  });

  it("a missing year, and a misspelt one", async () => {
    const missing = seedJson();
    delete missing.year;
    const r1 = JSON.parse((await scoreBytes("noyear.json", JSON.stringify(missing))).stdout);
    expect(r1.issues).toContainEqual({
      severity: "warning",
      input: "year",
      message: "缺少 year（评价年度），汇总时无法区分年度",
    });
    const misspelt = { ...missing, yaer: 2024 };
    const r2 = JSON.parse((await scoreBytes("yaer.json", JSON.stringify(misspelt))).stdout);
    expect(r2.issues).toContainEqual({
      severity: "warning",
      input: "yaer",
      message: "未知的字段“yaer”，是否应为 year（评价年度）？，已忽略",
    });
    expect(r2.total).toBe(91.75);
  });

  it("a __proto__ key is an ordinary (unknown) key, never the object's prototype", () => {
    const { value } = parseJson('{"__proto__": {"polluted": 1}, "a": 1}', "x");
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(value as object)).toEqual(["__proto__", "a"]);
  });

  it("parses exactly as JSON.parse does on valid JSON", () => {
    const samples = [seedText(), '[1,-0.5,1e3,"a\\u4e2d\\n",true,false,null,{},[],{"":""}]', '  "x"  ', "0", "[[[]]]"];
    for (const s of samples) expect(parseJson(s, "x").value).toEqual(JSON.parse(s));
  });
});

describe("JSON errors are Chinese, with line and column", () => {
  it.each([
    ['{"a": 1,}', "第 1 行第 9 列：对象的键应是带双引号的文本"],
    ['{"a": 1\n "b": 2}', "第 2 行第 2 列：缺少逗号或“}”"],
    ['{"a": "one', "第 1 行第 7 列：文本缺少结尾的双引号"],
    ['{"a": tru}', "第 1 行第 7 列：这里应是一个值（数字、文本、true、false、null、{…} 或 […]），却是“t”"],
    ['{"a": 1} x', "第 1 行第 10 列：JSON 之后还有多余的内容"],
    ['{"a": [1, 2', "第 1 行第 12 列：内容不完整，在文件末尾中断"],
    ['{"a": "\\x"}', "第 1 行第 8 列：无效的转义“\\x”"],
  ])("%s", (text, message) => {
    expect(() => parseJson(text, "a.json")).toThrow(new JsonError(`a.json 不是有效的 JSON：${message}`));
  });

  it("an empty file", async () => {
    expect((await scoreBytes("empty.json", "")).stderr).toBe(
      `perf-score：${at("empty.json")} 是空的，不是有效的 JSON\n`,
    );
  });
});

describe("hostile JSON is refused in bounded time and memory", () => {
  it("nested 100,000 deep: refused at 64 levels, no stack overflow", async () => {
    for (const [name, text] of [
      ["deep-array.json", `${"[".repeat(100_000)}${"]".repeat(100_000)}`],
      ["deep-object.json", `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`],
    ]) {
      const r = await scoreBytes(name, text);
      expect(r.stderr).toBe(`perf-score：${at(name)} 的嵌套超过 64 层，不像是评分数据，已拒绝读取\n`);
    }
  });

  it("over 16 MB: refused before it is read, from a file and from standard input", async () => {
    const big = Buffer.alloc(17 * 1024 * 1024, 0x20);
    const r = await scoreBytes("big.json", big);
    expect(r.stderr).toBe(
      `perf-score：${at("big.json")} 超过 16 MB，不像是评分数据（一个部门的 JSON 只有几 KB），已拒绝读取\n`,
    );
    const stdin = spawnSync(process.execPath, [join(ROOT, "bin", "perf-score.js"), "score", "-"], {
      input: big,
      encoding: "utf8",
    });
    expect(stdin.stderr).toBe(
      "perf-score：标准输入 超过 16 MB，不像是评分数据（一个部门的 JSON 只有几 KB），已拒绝读取\n",
    );
  });

  it("more than 100,000 keys: refused", async () => {
    const keys = Array.from({ length: 100_001 }, (_, k) => `"k${k}":1`).join(",");
    const r = await scoreBytes("keys.json", `{"framework":"dapeng-2024","inputs":{${keys}}}`);
    expect(r.stderr).toBe(`perf-score：${at("keys.json")} 的键超过 100000 个，不像是评分数据，已拒绝读取\n`);
  });

  it("thousands of unknown input keys: the first 20 named with a suggestion, the rest counted", async () => {
    const json = seedJson();
    for (let k = 0; k < 50_000; k++) json.inputs[`yishang${k}`] = k;
    const issues = JSON.parse((await scoreBytes("unknown.json", JSON.stringify(json))).stdout).issues as {
      input: string;
      message: string;
    }[];
    const unknown = issues.filter((i) => i.message.startsWith("未知的输入项"));
    expect(unknown).toHaveLength(20);
    expect(unknown[0].message).toBe("未知的输入项“yishang0”，已忽略；是否应为“一上”申报数？");
    expect(issues).toContainEqual({
      severity: "warning",
      input: "inputs",
      message: "另有 49980 个未知的输入项，已忽略",
    });
  });
});
