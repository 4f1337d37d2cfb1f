/**
 * Builds the task pane into two pages — dist/taskpane.html, the add-in's page, which loads office.js
 * from Microsoft's CDN in its <head>, and dist/index.html, the standalone page, which loads nothing
 * from elsewhere — and the ribbon's function file (dist/commands.html) that manifest.xml points to,
 * and copies assets/ to dist/assets.
 *
 *   npm run build                      production build into dist/
 *   npm run dev-server                 https://localhost:3000 with office-addin-dev-certs
 *   webpack --mode production --env outputPath=/tmp/x    into another folder (the browser tests do)
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';

const root = dirname(fileURLToPath(import.meta.url));
const DEV_SERVER_PORT = 3000;

/**
 * office-addin-dev-certs generates a localhost certificate and then installs its CA with sudo. Where
 * that install fails (a container without sudo), the generated files are still usable once the CA is
 * trusted by hand, so serve with them rather than refuse to start.
 */
async function devServerHttpsOptions() {
  const { default: devCerts } = await import('office-addin-dev-certs');
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const folder = join(homedir(), '.office-addin-dev-certs');
    const files = { ca: 'ca.crt', cert: 'localhost.crt', key: 'localhost.key' };
    if (!Object.values(files).every((file) => existsSync(join(folder, file)))) throw error;
    console.warn(`office-addin-dev-certs could not install its CA (${error.message.split('\n')[0]}); serving with ${folder}. Trust ca.crt there by hand.`);
    return Object.fromEntries(Object.entries(files).map(([option, file]) => [option, readFileSync(join(folder, file))]));
  }
}

export default async (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  const outputPath = env.outputPath ? resolve(env.outputPath) : join(root, 'dist');
  return {
    context: root,
    devtool: production ? false : 'eval-source-map',
    entry: {
      taskpane: './src/ui/index.tsx',
      commands: './src/ui/commands/commands.ts',
    },
    output: {
      path: outputPath,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '',
      // dist/cli.js is the CLI's build (esbuild, npm run build:cli): keep it.
      clean: { keep: (asset) => asset.startsWith('cli.') },
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          // Type checking is `tsc --noEmit`'s job; the root tsconfig says noEmit, which the loader must not inherit.
          options: { transpileOnly: true, compilerOptions: { noEmit: false } },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/ui/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'index.html', template: './src/ui/index.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/ui/commands/commands.html', chunks: ['commands'] }),
      new CopyWebpackPlugin({ patterns: [{ from: 'assets', to: 'assets', noErrorOnMissing: true }] }),
    ],
    optimization: {
      splitChunks: {
        // webpack would move exceljs out of the lazy "exceljs" chunk into a vendors chunk of its own;
        // keeping it in makes opening a file one named request.
        // (and the worker's imports of it with it, rather than in a shared chunk of a numbered name).
        cacheGroups: { defaultVendors: false, default: false },
      },
    },
    // The pane's size is measured and bounded by scripts/measure-bundle.ts, not by webpack's generic 244 KiB hint.
    performance: { hints: false },
    devServer: {
      port: DEV_SERVER_PORT,
      hot: true,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      server: env.WEBPACK_SERVE ? { type: 'https', options: await devServerHttpsOptions() } : 'http',
    },
  };
};
