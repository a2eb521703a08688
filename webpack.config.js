/*
 * Builds the add-in as Microsoft's Excel-Custom-Functions-Shared template does: one shared runtime page
 * (taskpane.html) that loads office.js, the task pane and the custom functions. dist/functions.js is self-contained
 * (no DOM, no React, no other chunk): with nothing but a CustomFunctions global it registers every PERF.* function.
 *
 *   npm run build       production: manifest URLs rewritten to PERF_ORIGIN, which it requires; no dev certificates
 *   npm run build:dev   development: manifest on https://localhost:3000/
 *   npm run dev-server  https://localhost:3000/ with office-addin-dev-certs' certificate
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { LocalizeFunctionsPlugin } = require("./scripts/localize-functions");

const urlDev = "https://localhost:3000/";
/**
 * PERF_ORIGIN as the base URL of the production manifest: required (a production manifest pointing anywhere else
 * would install an add-in that never loads), https only, ending in "/".
 */
function productionUrl() {
  const raw = (process.env.PERF_ORIGIN || "").trim();
  if (!raw) {
    throw new Error(
      "未设置 PERF_ORIGIN：生产构建需要 dist/ 将要发布到的 https 地址，例如 " +
        "PERF_ORIGIN=https://perf.czj.example.gov.cn/ npm run build（见 docs/deploy.md）；本机调试请用 npm run build:dev。\n" +
        "PERF_ORIGIN is not set: a production build needs the https address dist/ will be served from, e.g. " +
        "PERF_ORIGIN=https://perf.czj.example.gov.cn/ npm run build (see docs/deploy.md); use npm run build:dev locally.",
    );
  }
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`PERF_ORIGIN 不是网址 / is not a URL: ${raw}`);
  }
  if (url.protocol !== "https:")
    throw new Error(`PERF_ORIGIN 必须是 https 地址 / must be https (Office loads add-ins only over https): ${raw}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** The production manifest: every development URL on PERF_ORIGIN, and its comment saying which manifest it is. */
function productionManifest(xml, urlProd) {
  const says =
    /This is the development manifest, its URLs on https:\/\/localhost:3000\/; `npm run build` writes dist\/manifest\.xml\s+with them on PERF_ORIGIN\./;
  if (!says.test(xml)) throw new Error("manifest.xml's comment no longer says it is the development manifest");
  const comment = `This is the production manifest for ${urlProd} (PERF_ORIGIN), written by \`npm run build\` from manifest.xml.`;
  return xml
    .replace(says, () => comment)
    .split(urlDev)
    .join(urlProd);
}

async function getHttpsOptions() {
  // Loaded only for the dev server, so a production build never needs (or creates) the development certificates.
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const urlProd = dev ? urlDev : productionUrl();
  const config = {
    mode: dev ? "development" : "production",
    context: __dirname,
    devtool: "source-map",
    // Custom functions need a current Office, whose web views all run ES2020: no legacy output or polyfills.
    target: ["web", "es2020"],
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
      // The framework checks, loaded by the pane only for a workbook carrying a framework PERF does not ship.
      "framework-checks": "./src/taskpane/framework-checks-entry.ts",
      // The 运行监控 tab, loaded on its first opening (monitor-load.ts); its layer takes React and Fluent from the pane.
      monitor: { import: "./src/taskpane/monitor-entry.ts", layer: "monitor" },
    },
    experiments: { layers: true },
    // monitor.js uses the pane's React, JSX runtime and Fluent (the kit monitor-load.ts sets), not copies of its own.
    externals: ({ contextInfo, request }, callback) => {
      const kit = {
        react: "react",
        "react/jsx-runtime": "react",
        "@fluentui/react-components": "fluent",
        "@griffel/react": "fluent",
        "@fluentui/react-icons": "fluent",
      }[request];
      if (contextInfo.issuerLayer === "monitor" && kit) return callback(null, ["PERF_KIT", kit], "global");
      return callback();
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // The pane runs on Preact's React-compatible core: the same components in a fifth of React DOM's size.
      alias: {
        "react-dom/client": "preact/compat/client",
        "react-dom/test-utils": "preact/test-utils",
        "react-dom": "preact/compat",
        "react/jsx-runtime": "preact/jsx-runtime",
        react: "preact/compat",
        "rtl-css-js/core": path.resolve(__dirname, "src/taskpane/ltr-only.js"),
        keyborg$: path.resolve(__dirname, "src/taskpane/no-keyborg.js"),
      },
    },
    module: {
      rules: [
        {
          // decimal.js without the methods PERF never calls (its trigonometry, logarithms and their constants).
          test: /[\\/]node_modules[\\/]decimal\.js[\\/]decimal\.mjs$/,
          use: [
            {
              loader: path.resolve(__dirname, "scripts/trim-decimal.js"),
              options: { api: path.resolve(__dirname, "src/scoring/decimal.ts") },
            },
          ],
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            { loader: "@griffel/webpack-loader" },
            {
              loader: "ts-loader",
              // Type checking is `npm run typecheck`'s job; the build only transpiles (tsconfig.json has noEmit).
              options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } },
            },
          ],
        },
      ],
    },
    // No shared chunks: each entry carries its own runtime, so functions.js depends on no other file.
    optimization: { runtimeChunk: false, splitChunks: false },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new LocalizeFunctionsPlugin({ table: path.resolve(__dirname, "src/functions/zh-CN.json") }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // One bundle: the pane imports the functions, so the scoring core is loaded once.
        chunks: ["taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // Fetched from the add-in's own origin by 插入模板.
          { from: "assets/template.xlsx", to: "assets/[name][ext]" },
          // The Chinese help page: the manifest's SupportUrl and LearnMoreUrl, linked from the pane.
          { from: "assets/help.html", to: "[name][ext]" },
          {
            from: "manifest.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : productionManifest(content.toString(), urlProd);
            },
          },
        ],
      }),
    ],
  };
  if (env.WEBPACK_SERVE) {
    config.devServer = {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: options.https !== undefined ? options.https : await getHttpsOptions() },
      port: process.env.npm_package_config_dev_server_port || 3000,
    };
  }
  return config;
};

module.exports.urlDev = urlDev;
