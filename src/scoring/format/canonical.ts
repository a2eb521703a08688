/**
 * JSON with every object's keys in order: the same framework gives the same text, however its file orders keys. The
 * content hash is SHA-256 of this text (perf-score with node:crypto, the task pane with Web Crypto); a module of its
 * own so that the pane's bundle takes it without the framework checks.
 */
export function canonicalText(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === "object" && v !== null && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, (v as Record<string, unknown>)[k]]),
        )
      : v,
  );
}
