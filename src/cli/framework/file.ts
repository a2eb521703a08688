import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from "yaml";
import { checkFramework } from "../../scoring/format/load";
import { pathText, type Path, type Problem } from "../../scoring/format/problem";
import type { Framework } from "../../scoring";
import { frameworkHash } from "./hash";
import { validateSchema } from "./validate";

export { frameworkHash };

/** A problem of a framework file, with the line it is on (0 when the file gives none, as JSON in a workbook). */
export interface FileProblem extends Problem {
  line: number;
}

export interface LoadedFile {
  framework?: Framework;
  /** The file's content as an object (undefined when it is not even YAML). */
  doc?: unknown;
  problems: FileProblem[];
}

/**
 * The line of the deepest node of the YAML document on the path: the line of its key where it has one (`bands:`, not
 * the first band below it), the line of its item in a list.
 */
function lineOf(yaml: Document, counter: LineCounter, path: Path): number {
  for (let n = path.length; n >= 0; n--) {
    const parent = yaml.getIn(path.slice(0, n - 1), true);
    const key = path[n - 1];
    if (n > 0 && isMap(parent)) {
      const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
      if (pair && isNode(pair.key) && pair.key.range) return counter.linePos(pair.key.range[0]).line;
      continue;
    }
    const node = n > 0 && isSeq(parent) ? parent.items[Number(key)] : yaml.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return 1;
}

/**
 * Reads a framework file's text (YAML, of which JSON is a part): YAML syntax, then the shipped JSON Schema, then the
 * core's checks (references, points, bands, clauses). Every problem has its line and its path in the file.
 */
export function loadFrameworkText(text: string): LoadedFile {
  const counter = new LineCounter();
  const yaml = parseDocument(text.replace(/^\uFEFF/, ""), { lineCounter: counter });
  if (yaml.errors.length > 0) {
    const problems = new Map<string, FileProblem>(); // the reader repeats one error once per level it unwinds
    // Past its nesting limit the reader's other errors are only what the limit cut short: the limit alone is said.
    const exhausted = yaml.errors.filter((e) => e.code === "RESOURCE_EXHAUSTION");
    for (const e of exhausted.length > 0 ? exhausted : yaml.errors) {
      const line = e.linePos?.[0].line ?? 1;
      const message = `不是有效的 YAML：${yamlReason(e.code, e.message)}`;
      problems.set(`${line}:${message}`, { severity: "error", path: [], line, message });
    }
    return { problems: [...problems.values()] };
  }
  let doc: unknown;
  try {
    doc = yaml.toJS({ maxAliasCount: 100 });
  } catch {
    // An alias (*名称) that expands to millions of nodes: a "billion laughs" file, not a framework.
    return {
      problems: [
        {
          severity: "error",
          path: [],
          line: 1,
          message:
            "不是有效的框架文件：别名（*名称）引用过多，展开后过于庞大，已拒绝读取。框架文件不需要别名，请直接写出各项",
        },
      ],
    };
  }
  const locate = (p: Problem): FileProblem => ({ ...p, line: lineOf(yaml, counter, p.path) });
  const schema = validateSchema(doc);
  if (schema.length > 0) return { doc, problems: schema.map(locate) };
  const checked = checkFramework(doc, frameworkHash(doc));
  return { framework: checked.framework, doc, problems: checked.problems.map(locate) };
}

function yamlReason(code: string, detail: string): string {
  // The YAML reader says BAD_INDENT for a bracket left open at the end of the file: name the bracket.
  if (/^Flow sequence .* end with a \]/.test(detail)) return "方括号“[”没有闭合：缺少对应的“]”";
  if (/^Flow map .* end with a \}/.test(detail)) return "花括号“{”没有闭合：缺少对应的“}”";
  const reasons: Record<string, string> = {
    BAD_INDENT: "缩进不对",
    DUPLICATE_KEY: "同一层有重复的名称",
    MISSING_CHAR: "缺少字符（如引号或括号未闭合）",
    BLOCK_AS_IMPLICIT_KEY: "冒号前的名称跨了多行",
    MULTILINE_IMPLICIT_KEY: "冒号前的名称跨了多行",
    UNEXPECTED_TOKEN: "有多余的字符",
    TAB_AS_INDENT: "不能用制表符缩进，请用空格",
    RESOURCE_EXHAUSTION: "嵌套层数过多（或内容过于庞大），不像是指标框架，已拒绝读取",
    BAD_ALIAS: "别名（*名称）写法不对",
    MISSING_ANCHOR: "别名（*名称）引用了不存在的锚点（&名称）",
  };
  return reasons[code] ?? `格式错误（${code}）`;
}

/** `文件:第 12 行 indicators[3].rule.bands[2].max：应为……` */
export function problemLine(file: string, p: FileProblem): string {
  const where = [file && `${file}`, p.line > 0 ? `第 ${p.line} 行` : "", pathText(p.path)].filter(Boolean).join(" ");
  return `${p.severity === "error" ? "错误" : "提示"}：${where}：${p.message}`;
}
