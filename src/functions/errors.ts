import type { Dec, Issue, Outcome } from "../scoring";

/* global CustomFunctions */

/**
 * #VALUE! with a short Chinese message that names the argument: how every bad argument is reported. Only #VALUE! and
 * #N/A show their message in Excel (docs/excel/custom-functions-errors.md); PERF uses #VALUE! for all of its errors.
 */
export function invalid(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

/** The issues' messages as one cell error message. */
export function messageOf(errors: readonly Issue[]): string {
  return errors.map((e) => e.message).join("；");
}

/** The value of an outcome of the scoring core, or #VALUE! with its errors. */
export function valueOf<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw invalid(messageOf(outcome.errors));
  return outcome.value;
}

/**
 * A decimal result as the JS number Excel shows. A rate beyond a double's range (a 核减率 of 1e-300 万元 requested
 * and 1 approved) is never Infinity or NaN in a cell: it is #VALUE! with a message saying what to check. Not #NUM!:
 * "You can only return a custom error message with the #VALUE! and #N/A errors" (OfficeDev/office-js-docs-pr
 * docs/excel/custom-functions-errors.md), so a #NUM! would reach the user without its message.
 */
export function toNumber(value: Dec): number {
  const n = value.toNumber();
  if (!Number.isFinite(n)) {
    throw invalid(
      `计算结果 ${value.toSignificantDigits(3).toString()} 超出 Excel 可表示的数值范围，请检查参数的数量级`,
    );
  }
  return n;
}

/**
 * Runs a function's body so that it either returns or throws a CustomFunctions.Error: an unexpected exception (a bug)
 * becomes #VALUE! saying so, rather than an error Excel cannot explain.
 */
export function guard<T>(body: () => T): T {
  try {
    return body();
  } catch (e) {
    if (e instanceof CustomFunctions.Error) throw e;
    throw invalid(`PERF 内部错误：${e instanceof Error ? e.message : String(e)}`);
  }
}
