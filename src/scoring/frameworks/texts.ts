import type { Framework, IndicatorText } from "../framework";
import type { FrameworkDoc, IndicatorDoc } from "../format/doc";
import dapeng2024 from "./compiled/dapeng-2024.texts.json";

/**
 * 指标说明, 参考评分标准 and not_scored of the bundled frameworks, by code: for the template, the reference and a
 * workbook's copy of the framework, kept apart from what scoring reads so that the task pane's bundle leaves them out.
 */
type Texts = Record<string, Pick<IndicatorDoc, "description" | "criteria" | "not_scored">>;
const TEXTS: Readonly<Record<string, Texts>> = { "dapeng-2024": dapeng2024 };

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
    indicators: framework.doc.indicators.map(({ rule, ...rest }) => ({ ...rest, ...texts[rest.code], rule })),
  };
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
