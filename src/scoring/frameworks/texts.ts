import type { Framework, IndicatorText } from "../framework";
import { compileFramework } from "../format/compile";
import type { FrameworkDoc, IndicatorDoc, PersonalDoc } from "../format/doc";
import { parseDoc } from "../format/parse";
import dapeng2024 from "./compiled/dapeng-2024.texts.json";

/**
 * 指标说明, 参考评分标准, not_scored, source and the rules with their clauses, of the bundled frameworks, by code: for
 * the template, the reference and a workbook's copy of the framework, kept apart from what scoring reads so that the
 * task pane's bundle leaves them out.
 */
interface Texts {
  meta: Pick<FrameworkDoc, "issuer" | "source" | "effective">;
  inputs: Record<string, string>;
  personal?: Omit<PersonalDoc, "levels">;
  indicators: Record<string, Pick<IndicatorDoc, "description" | "criteria" | "not_scored" | "source" | "rule">>;
}
const TEXTS = { "dapeng-2024": dapeng2024 } as unknown as Readonly<Record<string, Texts>>;

function textsOf(framework: Framework): Texts | undefined {
  // A bundled framework's texts only belong to the very version that was bundled.
  const bundled = TEXTS[framework.id];
  return bundled && framework.doc.indicators.every((i) => i.criteria === undefined) ? bundled : undefined;
}

/** The framework's whole file: with its texts, whether it was bundled (texts kept apart) or read whole. */
export function fullDoc(framework: Framework): FrameworkDoc {
  const texts = textsOf(framework);
  if (!texts) return framework.doc;
  return {
    ...framework.doc,
    ...texts.meta,
    inputs: framework.doc.inputs.map((d) => ({ ...d, indicator: texts.inputs[d.id] })),
    groups: framework.doc.groups.map((g) =>
      g.personal ? { ...g, personal: { ...g.personal, ...texts.personal } } : g,
    ),
    indicators: framework.doc.indicators.map((i) => {
      const { rule, ...words } = texts.indicators[i.code];
      return { ...i, ...words, rule };
    }),
  };
}

const whole = new WeakMap<Framework, Framework>();

/**
 * The framework compiled from its whole file, for what needs its words (the template prints which indicator an input
 * feeds and the 效果性 block's clause); scoring gives the same results with either.
 */
export function withTexts(framework: Framework): Framework {
  if (!textsOf(framework)) return framework;
  let found = whole.get(framework);
  if (!found) {
    const doc = fullDoc(framework);
    whole.set(framework, (found = compileFramework(parseDoc(doc), framework.hash, doc)));
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
