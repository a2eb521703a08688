import { createHash } from "node:crypto";
import { canonicalText } from "../../scoring/format/canonical";

/** SHA-256 of the framework's content, however its file orders keys or spaces lines. */
export function frameworkHash(doc: unknown): string {
  return createHash("sha256").update(canonicalText(doc)).digest("hex");
}
