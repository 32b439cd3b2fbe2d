// Bundles each face into one file under dist/, so start-up loads one module instead of hundreds.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const entries = [
  { in: 'server/src/cli/main.ts', out: 'dist/cli.js' },
  { in: 'server/src/lsp/main.ts', out: 'dist/server.js' },
  // The VS Code extension: `vscode` is the editor's own module, there at run time only. Minified,
  // as the editor loads it on activation; the server keeps readable stack frames for bug reports.
  { in: 'client/src/extension.ts', out: 'dist/extension.js', external: ['vscode'], minify: true },
];

for (const entry of entries.filter((candidate) => existsSync(candidate.in))) {
  await build({
    entryPoints: [entry.in],
    outfile: entry.out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // jsonc-parser's UMD build breaks when bundled; its ESM build does not (tooling.md).
    mainFields: ['module', 'main'],
    sourcemap: true,
    external: entry.external ?? [],
    minify: entry.minify ?? false,
    logLevel: 'warning',
  });
}
