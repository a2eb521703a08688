/*
 * decimal.js for the browser bundles, without what PERF never calls: a webpack loader for decimal.mjs.
 *
 * decimal.js defines every method on one prototype (`P.sine = P.sin = function …`) and every static on the
 * constructor (`Decimal.sin = sin;`), so no bundler can leave any of it out; its trigonometry, logarithms and their
 * 1,025-digit constants are a third of the pane's scoring weight. This loader keeps the methods and statics PERF
 * calls (src/scoring/decimal.ts types them, so TypeScript refuses any other), and everything those reach: a
 * statement survives if kept code names it (a function or variable by identifier, a method or static by `.name`).
 * Kept code is not rewritten, only unreached statements removed, so every result is decimal.js's own.
 */
const fs = require("fs");
const ts = require("typescript");

/** Globals whose properties decimal.js reads: `Math.pow` names no method of its own. */
const GLOBALS = new Set(["Math", "Symbol", "Object", "String", "Number", "Array", "Error", "crypto"]);

/** Methods and statics are reached by `.name`; functions, variables and their assignments by identifier. */
const BY_MEMBER = new Set(["method", "static"]);

/** A statement of decimal.mjs, what it defines and what it names. */
function node(kind, names, range, refs) {
  return { kind, names, range, refs };
}

/** Identifiers and member names a piece of code mentions (over-approximated: local names count too). */
function references(root, skip = new Set()) {
  const ids = new Set();
  const members = new Set();
  const visit = (n) => {
    if (skip.has(n)) return;
    if (ts.isPropertyAccessExpression(n)) {
      // Math.pow is not Decimal's pow: a property of a global is no method of decimal.js.
      if (!(ts.isIdentifier(n.expression) && GLOBALS.has(n.expression.text))) members.add(n.name.text);
      visit(n.expression);
      return;
    }
    if (ts.isElementAccessExpression(n) && ts.isStringLiteral(n.argumentExpression))
      members.add(n.argumentExpression.text);
    if (ts.isIdentifier(n)) ids.add(n.text);
    ts.forEachChild(n, visit);
  };
  visit(root);
  return { ids, members };
}

/** `A.x = A.y = value` → { object: "A", names: ["x", "y"], value }, else undefined. */
function memberChain(expression) {
  const names = [];
  let object;
  let e = expression;
  while (
    ts.isBinaryExpression(e) &&
    e.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
    ts.isPropertyAccessExpression(e.left) &&
    ts.isIdentifier(e.left.expression) &&
    (object === undefined || object === e.left.expression.text)
  ) {
    object = e.left.expression.text;
    names.push(e.left.name.text);
    e = e.right;
  }
  return object ? { object, names, value: e } : undefined;
}

/**
 * decimal.mjs with only what `keep` reaches. keep.methods: prototype methods PERF calls (any alias keeps its
 * statement); keep.statics: constructor properties PERF calls. Returns the source and what was removed.
 */
function trimDecimal(source, keep) {
  const file = ts.createSourceFile("decimal.mjs", source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const nodes = [];
  const roots = [];
  const topVars = new Set();
  const topFunctions = new Set();
  for (const s of file.statements) {
    if (ts.isVariableStatement(s) && !s.modifiers)
      s.declarationList.declarations.forEach((d) => topVars.add(d.name.text));
    if (ts.isFunctionDeclaration(s) && s.name) topFunctions.add(s.name.text);
  }
  const add = (n, root) => {
    nodes.push(n);
    if (root) roots.push(n);
  };
  for (const s of file.statements) {
    const range = [s.getStart(file), s.getEnd()];
    if (ts.isFunctionDeclaration(s) && s.name && s.name.text === "clone") {
      // The constructor's statics, one statement each, removable; the rest of clone() is kept with it.
      const statics = [];
      for (const inner of s.body.statements) {
        const chain = ts.isExpressionStatement(inner) && memberChain(inner.expression);
        if (chain && chain.object === "Decimal" && ts.isIdentifier(chain.value) && topFunctions.has(chain.value.text)) {
          statics.push(inner);
          add(node("static", chain.names, [inner.getStart(file), inner.getEnd()], references(chain.value)));
        }
      }
      add(node("function", ["clone"], range, references(s, new Set(statics))), false);
      continue;
    }
    if (ts.isFunctionDeclaration(s) && s.name) {
      add(node("function", [s.name.text], range, references(s)), false);
      continue;
    }
    const chain = ts.isExpressionStatement(s) && memberChain(s.expression);
    if (chain && chain.object === "P") {
      add(node("method", chain.names, range, references(chain.value)), false);
      continue;
    }
    // `LN10 = new Decimal(LN10)`: belongs to its variable, needed only if something reaches the variable.
    if (
      ts.isExpressionStatement(s) &&
      ts.isBinaryExpression(s.expression) &&
      s.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isIdentifier(s.expression.left) &&
      topVars.has(s.expression.left.text)
    ) {
      add(node("assignment", [s.expression.left.text], range, references(s.expression.right)), false);
      continue;
    }
    if (ts.isVariableStatement(s) && !s.modifiers) {
      // Declarations stay (the minifier drops unused ones); each initialiser is reached with its variable.
      for (const d of s.declarationList.declarations)
        add(node("variable", [d.name.text], null, d.initializer ? references(d.initializer) : references(d)), false);
      continue;
    }
    add(node("other", [], range, references(s)), true);
  }

  const defined = (kind) => new Set(nodes.filter((n) => n.kind === kind).flatMap((n) => n.names));
  const unknown = [
    ...keep.methods.filter((m) => !defined("method").has(m)),
    ...keep.statics.filter((m) => !defined("static").has(m)),
  ];
  // A name decimal.js does not define (a typo, or a method renamed by an upgrade) must not pass unnoticed.
  if (unknown.length > 0) throw new Error(`trim-decimal: decimal.js defines no ${unknown.join(", ")}`);

  const reached = new Set(roots);
  const queue = [...roots];
  for (const n of nodes) {
    const kept =
      (n.kind === "method" && n.names.some((m) => keep.methods.includes(m))) ||
      (n.kind === "static" && n.names.some((m) => keep.statics.includes(m)));
    if (kept) {
      reached.add(n);
      queue.push(n);
    }
  }
  // The static statements sit inside clone(): reaching clone does not reach them (they are nodes of their own).
  while (queue.length > 0) {
    const n = queue.shift();
    for (const m of nodes) {
      if (reached.has(m)) continue;
      const named = BY_MEMBER.has(m.kind) ? n.refs.members : n.refs.ids;
      if (m.names.some((x) => named.has(x))) {
        reached.add(m);
        queue.push(m);
      }
    }
  }
  const removed = nodes.filter((n) => !reached.has(n) && n.range);
  let out = source;
  for (const n of [...removed].sort((a, b) => b.range[0] - a.range[0]))
    out = out.slice(0, n.range[0]) + out.slice(n.range[1]);
  const names = (kind) => removed.filter((n) => n.kind === kind).map((n) => n.names[0]);
  return { source: out, removed: { methods: names("method"), statics: names("static"), functions: names("function") } };
}

/** DECIMAL_METHODS and DECIMAL_STATICS of src/scoring/decimal.ts: the one list of what PERF calls. */
function keptIn(decimalTs) {
  const file = ts.createSourceFile("decimal.ts", decimalTs, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const lists = {};
  const visit = (n) => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer) {
      let init = n.initializer;
      if (ts.isAsExpression(init)) init = init.expression;
      if (ts.isArrayLiteralExpression(init)) lists[n.name.text] = init.elements.map((e) => e.text);
    }
    ts.forEachChild(n, visit);
  };
  visit(file);
  const { DECIMAL_METHODS: methods, DECIMAL_STATICS: statics } = lists;
  if (!methods || !statics) throw new Error("trim-decimal: DECIMAL_METHODS or DECIMAL_STATICS not found in decimal.ts");
  return { methods, statics };
}

/** The loader: options.api is src/scoring/decimal.ts (webpack.config.js). */
module.exports = function trimDecimalLoader(source) {
  const { api } = this.getOptions();
  this.addDependency(api);
  return trimDecimal(source, keptIn(fs.readFileSync(api, "utf8"))).source;
};
module.exports.trimDecimal = trimDecimal;
module.exports.keptIn = keptIn;
