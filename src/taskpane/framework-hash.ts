import { canonicalText } from "../scoring/format/canonical";

/**
 * SHA-256 (hex) of a framework file's content, as perf-score computes it (src/cli/framework/hash.ts, with node:crypto),
 * here with Web Crypto: crypto.subtle.digest("SHA-256", …), which every browser Office runs add-ins in offers to a page
 * served over HTTPS (a secure context), as an add-in must be. Undefined where it is missing or the content cannot be
 * put as text (nested deeper than the stack): the pane then trusts the workbook's record, as it did before.
 */
export async function contentHash(doc: unknown): Promise<string | undefined> {
  const subtle = (globalThis as { crypto?: { subtle?: SubtleCrypto } }).crypto?.subtle;
  if (!subtle) return undefined;
  let text: string;
  try {
    text = canonicalText(doc);
  } catch {
    return undefined;
  }
  const digest = await subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}
