/**
 * What Excel shows in a cell for a custom function's outcome. "The #VALUE! and #N/A errors also support custom error
 * messages. ... You can only return a custom error message with the #VALUE! and #N/A errors" (OfficeDev/office-js-docs-pr
 * docs/excel/custom-functions-errors.md): any other error code reaches the user without its message. "By default,
 * Excel returns #VALUE! for unhandled errors or exceptions" (same page), also without a message.
 */
export type Shown = { value: unknown } | { error: string; message?: string };

const KEEP_MESSAGE = new Set(["#VALUE!", "#N/A"]);

/** A call's outcome (a value, a CustomFunctions.Error's code and message, or anything else thrown) as Excel shows it. */
export function shownInCell(
  outcome: { value: unknown } | { code: string; message?: string } | { thrown: unknown },
): Shown {
  if ("value" in outcome) return { value: outcome.value };
  if ("thrown" in outcome) return { error: "#VALUE!" };
  return KEEP_MESSAGE.has(outcome.code) && outcome.message
    ? { error: outcome.code, message: outcome.message }
    : { error: outcome.code };
}
