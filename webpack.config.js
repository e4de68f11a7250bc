/* Two bundles: the task pane (browser, React + Fluent UI) and the budget-check CLI (Node). */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const webpack = require('webpack');

const devCertDir = path.join(require('os').homedir(), '.office-addin-dev-certs');

function devServerHttps() {
  const fs = require('fs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  const missing = Object.values(files).filter((f) => !fs.existsSync(path.join(devCertDir, f)));
  if (missing.length > 0) {
    console.error(
      `\n[dev-server] HTTPS certificates not found in ${devCertDir} (${missing.join(', ')}).\n` +
        '  Office only loads add-ins over https. Run:  npx office-addin-dev-certs install\n' +
        '  then start the dev server again.\n',
    );
    process.exit(1);
  }
  return {
    type: 'https',
    options: Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(devCertDir, f))])),
  };
}

/** Emits help.html (the manifest's SupportUrl) from the README's users' section (scripts/help-page.js); marked minimized so that it is byte for byte what that module makes. */
class HelpPagePlugin {
  apply(compiler) {
    const readme = path.resolve(__dirname, 'README.md');
    compiler.hooks.thisCompilation.tap('HelpPage', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'HelpPage', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const { helpHtml } = require('./scripts/help-page.js');
        compilation.fileDependencies.add(readme);
        compilation.emitAsset('help.html', new webpack.sources.RawSource(helpHtml(require('fs').readFileSync(readme, 'utf8'))), { minimized: true });
      });
    });
  }
}

/**
 * Fails the build when a bundled policy pack is not usable or packs/ready.json (what the bundles
 * load) is not what the pack files give: scripts/build-packs.ts --check, once per webpack run.
 */
let packsChecked = null;
class ReadyPacksPlugin {
  apply(compiler) {
    const check = () => {
      packsChecked ??= new Promise((resolve, reject) => {
        const { execFile } = require('child_process');
        execFile(process.execPath, ['--import', 'tsx', 'scripts/build-packs.ts', '--check'], { cwd: __dirname }, (error, _stdout, stderr) =>
          error ? reject(new Error(`policy packs: ${stderr.trim() || error.message}`)) : resolve(),
        );
      });
      return packsChecked;
    };
    compiler.hooks.beforeRun.tapPromise('ReadyPacks', check);
    compiler.hooks.watchRun.tapPromise('ReadyPacks', check);
  }
}

const tsRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: 'tsconfig.json' } },
};


module.exports = (env, argv) => {
  const production = argv.mode !== 'development';
  const serving = process.env.WEBPACK_SERVE === 'true';

  const taskpane = {
    name: 'taskpane',
    target: 'web',
    entry: { boot: './src/taskpane/boot/boot.ts', taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '',
      clean: { keep: /^cli\// },
    },
    devtool: production ? false : 'source-map',
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // ExcelJS (demo only) expects a few Node built-ins; the browser build does without them.
      fallback: { fs: false, path: false, os: false, crypto: false, stream: false, zlib: false, buffer: false, util: false },
    },
    module: { rules: [tsRule, { test: /\.xlsx$/, type: 'asset/resource', generator: { filename: 'samples/[name][ext]' } }] },
    plugins: [
      // The templates place the scripts themselves: boot.js must run before office.js, in <head>.
      new HtmlWebpackPlugin({ template: './src/taskpane/taskpane.html', filename: 'taskpane.html', chunks: ['boot', 'taskpane'], inject: false, templateParameters: { office: true } }),
      new HtmlWebpackPlugin({ template: './src/taskpane/taskpane.html', filename: 'outside-excel.html', chunks: ['taskpane'], inject: false, templateParameters: { office: false } }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml' },
          // The help page's picture.
          { from: 'docs/taskpane.png', to: 'docs/taskpane.png' },
        ],
      }),
      new HelpPagePlugin(),
      new ReadyPacksPlugin(),
    ],
    performance: { hints: false },
    devServer: serving
      ? {
          port: 3000,
          server: devServerHttps(),
          headers: { 'Access-Control-Allow-Origin': '*' },
          static: false,
          client: false,
          hot: false,
          liveReload: false,
        }
      : undefined,
  };

  const cli = {
    name: 'cli',
    target: 'node20',
    entry: { 'budget-check': './src/cli/main.ts' },
    // main.ts answers --version and --help itself; the commands are a chunk of their own (commands.js), loaded for anything else.
    output: { path: path.resolve(__dirname, 'dist/cli'), filename: '[name].js', chunkFilename: '[name].js', clean: true },
    devtool: false,
    resolve: { extensions: ['.ts', '.js'] },
    // Dependencies stay in node_modules: the CLI runs where the package was installed.
    externals: [({ request }, callback) => (/^[a-z@][^:]*$/i.test(request) && !request.startsWith('.') ? callback(null, `commonjs ${request}`) : callback())],
    module: { rules: [tsRule] },
    plugins: [
      new ReadyPacksPlugin(),
      new webpack.BannerPlugin({ banner: '#!/usr/bin/env node', raw: true }),
      // npm links `bin` to this file; it must be executable.
      { apply: (compiler) => compiler.hooks.afterEmit.tap('chmod-cli', () => require('fs').chmodSync(path.resolve(__dirname, 'dist/cli/budget-check.js'), 0o755)) },
    ],
    // One file per lazy part (commands, pack, pack-validator), named, without shared chunks split off.
    optimization: { minimize: false, splitChunks: false },
  };

  return [taskpane, cli];
};
