/**
 * A stand-in for the CustomFunctions global that Excel's runtime provides: the Error class (code + message), the
 * ErrorCode enum and a recording `associate`. Importing this module installs it on globalThis.
 */

export enum ErrorCode {
  invalidValue = "#VALUE!",
  notAvailable = "#N/A",
  divisionByZero = "#DIV/0!",
  invalidNumber = "#NUM!",
  nullReference = "#NULL!",
  invalidName = "#NAME?",
  invalidReference = "#REF!",
}

export class CustomFunctionsError {
  constructor(
    public code: ErrorCode,
    public message?: string,
  ) {}
}

export type Fn = (...args: unknown[]) => unknown;

/** A fresh stub; `associated` records every id → function registered through it. */
export function makeStub() {
  const associated = new Map<string, Fn>();
  return {
    associated,
    stub: {
      Error: CustomFunctionsError,
      ErrorCode,
      associate(idOrMappings: string | Record<string, Fn>, fn?: Fn): void {
        if (typeof idOrMappings === "string") associated.set(idOrMappings, fn as Fn);
        else for (const [id, f] of Object.entries(idOrMappings)) associated.set(id, f);
      },
    },
  };
}

Object.assign(globalThis, { CustomFunctions: makeStub().stub });

/** What a call did: its value, or the error it threw as Excel would show it. */
export type Result = { value: unknown } | { code: string; message: string | undefined } | { thrown: unknown };

export function call(fn: Fn, ...args: unknown[]): Result {
  try {
    return { value: fn(...args) };
  } catch (e) {
    if (e instanceof CustomFunctionsError) return { code: e.code, message: e.message };
    return { thrown: e };
  }
}

/** The #VALUE! message a call fails with; fails the test if it returns or throws anything else. */
export function valueError(fn: Fn, ...args: unknown[]): string {
  const r = call(fn, ...args);
  if (!("code" in r) || r.code !== ErrorCode.invalidValue || !r.message) {
    throw new Error(`expected #VALUE! with a message, got ${JSON.stringify(r)}`);
  }
  return r.message;
}
