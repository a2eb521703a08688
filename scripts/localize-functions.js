/*
 * Writes the zh-CN custom functions metadata (functions.zh-CN.json) from the generated functions.json: the same
 * functions and parameters, each description taken from src/functions/zh-CN.json. The JSDoc of
 * src/functions/functions.ts is the one source of the functions, their parameters and English help; zh-CN.json is
 * the one source of the Chinese help. A function or parameter without a description in either is a build error.
 */
const fs = require("fs");
const path = require("path");
const { Compilation, sources, WebpackError } = require("webpack");

const NAME = "LocalizeFunctionsPlugin";

/**
 * @param {{functions: {id: string, description?: string, parameters?: {name: string, description?: string}[]}[]}} metadata
 * @param {Record<string, {description?: string, parameters?: Record<string, string>}>} table
 * @returns {{metadata: object, problems: string[]}}
 */
function localize(metadata, table) {
  const problems = [];
  const functions = metadata.functions.map((f) => {
    const entry = table[f.id];
    if (!f.description || !f.description.trim()) problems.push(`${f.id}: no English description (JSDoc)`);
    if (!entry || !entry.description || !entry.description.trim()) {
      problems.push(`${f.id}: no zh-CN description`);
    }
    const parameters = (f.parameters || []).map((p) => {
      if (!p.description || !p.description.trim()) problems.push(`${f.id}(${p.name}): no English description (JSDoc)`);
      const zh = entry && entry.parameters ? entry.parameters[p.name] : undefined;
      if (!zh || !zh.trim()) problems.push(`${f.id}(${p.name}): no zh-CN description`);
      return { ...p, description: zh || p.description };
    });
    if (entry && entry.parameters) {
      for (const name of Object.keys(entry.parameters)) {
        if (!parameters.some((p) => p.name === name)) problems.push(`${f.id}(${name}): zh-CN entry for no parameter`);
      }
    }
    return { ...f, description: (entry && entry.description) || f.description, parameters };
  });
  for (const id of Object.keys(table)) {
    if (!metadata.functions.some((f) => f.id === id)) problems.push(`${id}: zh-CN entry for no function`);
  }
  return { metadata: { ...metadata, functions }, problems };
}

class LocalizeFunctionsPlugin {
  /** @param {{table: string, source?: string, output?: string}} options */
  constructor(options) {
    this.table = path.resolve(options.table);
    this.source = options.source || "functions.json";
    this.output = options.output || "functions.zh-CN.json";
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.fileDependencies.add(this.table);
        const asset = compilation.getAsset(this.source);
        if (!asset) return; // custom-functions-metadata-plugin has reported why
        const generated = JSON.parse(asset.source.source().toString());
        const table = JSON.parse(fs.readFileSync(this.table, "utf8"));
        const { metadata, problems } = localize(generated, table);
        const where = path.relative(compiler.context, this.table);
        for (const p of problems) compilation.errors.push(new WebpackError(`${where}: ${p}`));
        compilation.emitAsset(this.output, new sources.RawSource(JSON.stringify(metadata, null, 2)));
      });
    });
  }
}

module.exports = { localize, LocalizeFunctionsPlugin };
