import Ajv, { type ErrorObject, type ValidateFunction } from "ajv";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expected } from "../../scoring/format/check-shape";
import { error, type Path, type Problem } from "../../scoring/format/problem";
import { entryOf, SHAPES, type Shape } from "../../scoring/format/shape";
import { isRecord } from "../../scoring/types";

/** frameworks/schema.json, the schema shipped with PERF: what a framework file is validated against at load. */
export const SCHEMA_PATH = join(__dirname, "..", "..", "..", "frameworks", "schema.json");

let validator: ValidateFunction | undefined;
function validate(): ValidateFunction {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, discriminator: true, strict: true });
    validator = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, "utf8")));
  }
  return validator;
}

/** The shape the file should have at a path, following the value there (a rule's kind picks its shape). */
function shapeAt(path: Path, root: unknown): Shape | undefined {
  let shape: Shape = SHAPES.framework;
  let value = root;
  for (const key of path) {
    while ("ref" in shape) shape = SHAPES[shape.ref];
    if ("kinds" in shape) {
      const kind = isRecord(value) && typeof value.kind === "string" ? entryOf(shape.kinds, value.kind) : undefined;
      if (!kind) return undefined;
      shape = kind;
    }
    if ("list" in shape) shape = shape.list;
    else if ("map" in shape) shape = shape.map;
    else if ("object" in shape && typeof key === "string" && entryOf(shape.object, key))
      shape = entryOf(shape.object, key) as Shape;
    else return undefined;
    value = isRecord(value) || Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
  }
  return shape;
}

function pathOf(pointer: string): Path {
  return pointer
    .split("/")
    .slice(1)
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** One Chinese problem per place, from ajv's errors (which report every branch of an anyOf). */
function translate(errors: ErrorObject[], root: unknown): Problem[] {
  const anyOf = errors.filter((e) => e.keyword === "anyOf").map((e) => e.schemaPath);
  const kept = errors.filter(
    (e) => !anyOf.some((s) => e.schemaPath !== s && e.schemaPath.startsWith(s.slice(0, s.lastIndexOf("/")) + "/")),
  );
  // Under a rule whose kind is unknown no shape applies: its kind's message says what is expected, and only it.
  const unknownKinds = errors.filter((e) => e.keyword === "discriminator").map((e) => e.instancePath);
  const underUnknownKind = (pointer: string) => unknownKinds.some((p) => pointer === p || pointer.startsWith(`${p}/`));
  const seen = new Set<string>();
  return kept.flatMap((e) => {
    const path = pathOf(e.instancePath);
    let problem: Problem;
    if (e.keyword === "required")
      problem = error(path, `缺少“${(e.params as { missingProperty: string }).missingProperty}”`);
    else if (e.keyword === "additionalProperties") {
      const key = (e.params as { additionalProperty: string }).additionalProperty;
      problem = error([...path, key], `不认识的字段“${key}”`);
    } else if (e.keyword === "discriminator") {
      const shape = shapeAt(path, root);
      const kinds = shape && "ref" in shape ? SHAPES[shape.ref] : shape;
      const names = kinds && "kinds" in kinds ? Object.keys(kinds.kinds) : [];
      problem = error([...path, "kind"], `应为 ${names.map((k) => `“${k}”`).join("、")} 之一`);
    } else if (e.keyword === "minItems") problem = error(path, `至少应有 ${(e.params as { limit: number }).limit} 项`);
    else if (e.keyword === "minProperties") problem = error(path, "至少应有一项");
    else {
      const shape = shapeAt(path, root);
      if (!shape && underUnknownKind(e.instancePath)) return [];
      problem = error(path, shape ? `应为${expected(shape)}` : "格式不对");
    }
    const key = `${problem.path.join("/")}:${problem.message}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [problem];
  });
}

/** Validates a framework file's content against frameworks/schema.json; the problems are Chinese, with paths. */
export function validateSchema(value: unknown): Problem[] {
  const run = validate();
  return run(value) ? [] : translate(run.errors ?? [], value);
}
