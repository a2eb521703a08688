import type { Framework, IndicatorText } from "../framework";
import { compileFramework } from "../format/compile";
import { FURTHER_KINDS } from "../format/compile-further";
import type { FrameworkDoc } from "../format/doc";
import { parseDoc } from "../format/parse";
import { prepareFramework } from "../format/prepare";
import dapeng2024 from "./compiled/dapeng-2024.file.json";

/**
 * The bundled frameworks' files, whole (as JSON): for what needs their words (the template, the reference, the copy a
 * workbook carries). Scoring reads only the compiled data (index.ts), so the task pane's bundle leaves these out.
 */
const FILES = { "dapeng-2024": dapeng2024 } as unknown as Readonly<Record<string, FrameworkDoc>>;

/** The framework's whole file: as it was read, or for a framework PERF ships (compiled without it), from FILES. */
export function fullDoc(framework: Framework): FrameworkDoc {
  const doc = framework.doc ?? FILES[framework.id];
  if (!doc) throw new Error(`internal: framework ${framework.id} has no file`);
  return doc;
}

const whole = new WeakMap<Framework, Framework>();

/**
 * The framework compiled from its whole file, for what needs its words (the template prints which indicator an input
 * feeds and the 效果性 block's clause); scoring gives the same results with either.
 */
export function withTexts(framework: Framework): Framework {
  const doc = fullDoc(framework);
  if (doc === framework.doc) return framework;
  let found = whole.get(framework);
  if (!found) {
    found = compileFramework(prepareFramework(parseDoc(doc)), framework.hash, doc, FURTHER_KINDS);
    whole.set(framework, found);
  }
  return found;
}

/** 指标说明 and 参考评分标准 of the framework's common indicators, by code. */
export function frameworkTexts(framework: Framework): Readonly<Record<string, IndicatorText>> {
  return Object.fromEntries(
    fullDoc(framework).indicators.map((i) => [
      i.code,
      { description: i.description ?? "", criteria: i.criteria ?? "" },
    ]),
  );
}
