import type { Framework, IndicatorText } from "../framework";
import { compileFramework } from "../format/compile";
import type { FrameworkDoc } from "../format/doc";
import { parseDoc } from "../format/parse";
import dapeng2024 from "./compiled/dapeng-2024.file.json";

/**
 * The bundled frameworks' files, whole (as JSON): for what needs their words (the template, the reference, the copy a
 * workbook carries). Scoring reads only the compiled data (index.ts), so the task pane's bundle leaves these out.
 */
const FILES = { "dapeng-2024": dapeng2024 } as unknown as Readonly<Record<string, FrameworkDoc>>;

/** The framework's whole file: a bundled one's from FILES, any other's as it was read. */
export function fullDoc(framework: Framework): FrameworkDoc {
  const bundled = FILES[framework.id];
  return bundled && framework.doc.indicators.every((i) => i.criteria === undefined) ? bundled : framework.doc;
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
  if (!found) whole.set(framework, (found = compileFramework(parseDoc(doc), framework.hash, doc)));
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
