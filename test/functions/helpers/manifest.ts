import { XMLParser, XMLValidator } from "fast-xml-parser";
import { REQUIRED } from "../../../src/taskpane/support";

/**
 * Offline checks of an add-in manifest (the official validator is a web service): what Office requires of its
 * structure and what PERF requires of its content. Returns the problems, in English, so a failing test says all.
 */

/** The children of OfficeApp in the order the schema fixes (learn.microsoft.com, "OfficeApp element"). */
export const OFFICE_APP_ORDER = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
];

/**
 * PERF's: all of them but AppDomains, which lists other domains and must not be empty ("此元素不能为空"): PERF
 * loads nothing from another domain.
 */
export const PERF_OFFICE_APP = OFFICE_APP_ORDER.filter((tag) => tag !== "AppDomains");

type Node = Record<string, unknown>;

export interface Element {
  tag: string;
  attrs: Record<string, string>;
  children: Element[];
  text: string;
}

function toElement(node: Node): Element | undefined {
  const tag = Object.keys(node).find((k) => k !== ":@");
  if (!tag || tag === "#text" || tag === "?xml" || tag === "#comment") return undefined;
  const raw = (node[tag] as Node[]) ?? [];
  const attrs = (node[":@"] as Record<string, string>) ?? {};
  const children = raw.map(toElement).filter((e): e is Element => e !== undefined);
  const text = raw
    .filter((n) => "#text" in n)
    .map((n) => String(n["#text"]))
    .join("")
    .trim();
  return { tag, attrs, children, text };
}

/** The document's root element, parsed with element order preserved. */
export function parseManifest(xml: string): Element {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid.err)}`);
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseAttributeValue: false,
    parseTagValue: false,
    commentPropName: "#comment",
  });
  const roots = (parser.parse(xml) as Node[]).map(toElement).filter((e): e is Element => e !== undefined);
  if (roots.length !== 1) throw new Error(`expected one root element, found ${roots.length}`);
  return roots[0];
}

export function all(e: Element): Element[] {
  return [e, ...e.children.flatMap(all)];
}

export function find(e: Element, tag: string): Element[] {
  return all(e).filter((x) => x.tag === tag);
}

/** Every URL in the manifest: URL-like attribute values (XML namespaces aside) and element texts. */
export function urls(root: Element): string[] {
  return all(root).flatMap((e) =>
    [...Object.entries(e.attrs).flatMap(([k, v]) => (k.startsWith("xmlns") ? [] : [v])), e.text].filter((v) =>
      /^[a-z][a-z0-9+.-]*:\/\//i.test(v),
    ),
  );
}

export function checkManifest(xml: string, origin: string): string[] {
  const problems: string[] = [];
  let root: Element;
  try {
    root = parseManifest(xml);
  } catch (e) {
    return [(e as Error).message];
  }
  if (root.tag !== "OfficeApp") problems.push(`root is ${root.tag}, not OfficeApp`);
  const order = root.children.map((c) => c.tag);
  if (JSON.stringify(order) !== JSON.stringify(PERF_OFFICE_APP))
    problems.push(`OfficeApp children ${order.join(", ")} are not ${PERF_OFFICE_APP.join(", ")}`);

  const defined = new Map<string, Element>();
  for (const group of ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"]) {
    for (const holder of find(root, group)) {
      for (const item of holder.children) {
        if (defined.has(item.attrs.id)) problems.push(`resource ${item.attrs.id} is defined twice`);
        defined.set(item.attrs.id, item);
      }
    }
  }
  const used = new Set(all(root).flatMap((e) => (e.attrs.resid ? [e.attrs.resid] : [])));
  for (const id of used) if (!defined.has(id)) problems.push(`resid ${id} is not defined in Resources`);
  for (const id of defined.keys()) if (!used.has(id)) problems.push(`resource ${id} is never used`);

  for (const url of urls(root)) {
    if (!url.startsWith("https://")) problems.push(`${url} is not https`);
    if (!url.startsWith(origin)) problems.push(`${url} is not on ${origin}`);
  }

  const namespace = find(root, "Namespace")[0];
  const nsValue = namespace && defined.get(namespace.attrs.resid)?.attrs.DefaultValue;
  if (nsValue !== "PERF") problems.push(`custom functions namespace is ${nsValue}, not PERF`);
  const sets = find(root, "Set").map((s) => `${s.attrs.Name} ${s.attrs.MinVersion}`);
  if (!sets.includes("SharedRuntime 1.1")) problems.push(`requirements ${sets.join(", ")} lack SharedRuntime 1.1`);
  // The pane's own minimum (src/taskpane/support.ts): the manifest and the start-up check ask for the same.
  const minimum = `${REQUIRED.score.set} ${REQUIRED.score.version}`;
  if (!sets.includes(minimum)) problems.push(`requirements ${sets.join(", ")} lack ${minimum}`);
  const runtimes = find(root, "Runtime").map((r) => `${r.attrs.resid} ${r.attrs.lifetime}`);
  if (JSON.stringify(runtimes) !== JSON.stringify(["Taskpane.Url long"]))
    problems.push(`runtimes are ${runtimes.join(", ")}, not one long-lived Taskpane.Url`);
  const permissions = find(root, "Permissions")[0]?.text;
  if (permissions !== "ReadWriteDocument") problems.push(`permissions are ${permissions}`);
  if (find(root, "AppDomains").length > 0) problems.push("AppDomains is present (PERF uses no other domain)");
  return problems;
}
