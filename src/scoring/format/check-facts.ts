import type { FrameworkDoc } from "./doc";
import { error, type Problem } from "./problem";

/**
 * An input's `fact`, the sentence a report's 存在问题 states its value in: a sentence with {} for a figure, or one
 * sentence per option for a choice (its `options`) or a yes/no input (是, 否). A sentence that cannot be filled in
 * would print its braces in the report.
 */
export function checkFacts(doc: FrameworkDoc): Problem[] {
  const problems: Problem[] = [];
  doc.inputs.forEach((input, k) => {
    const fact = input.fact;
    if (fact === undefined) return;
    const path = ["inputs", k, "fact"];
    const choices = input.type === "enum" ? (input.options ?? []) : input.type === "flag" ? ["是", "否"] : undefined;
    if (typeof fact === "string") {
      if (choices) problems.push(error(path, `${input.label}是选项，fact 应按选项逐一写出：${choices.join("、")}`));
      else if (!fact.includes("{}")) problems.push(error(path, `fact 中应有 {} 代表${input.label}的值`));
      else if (fact.includes("{满分}") && input.type !== "judgment")
        problems.push(error(path, "{满分} 只用于评分项（judgment）"));
      return;
    }
    if (!choices) {
      problems.push(error(path, `${input.label}不是选项，fact 应为一句含 {} 的话`));
      return;
    }
    for (const key of Object.keys(fact))
      if (!choices.includes(key))
        problems.push(error([...path, key], `“${key}”不是${input.label}的选项：${choices.join("、")}`));
  });
  return problems;
}
