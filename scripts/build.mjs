// One build, two faces: the action (dist/index.js, action.yml runs.main) and the CLI
// (dist/cli/index.js, package.json bin) are bundled together by esbuild with code splitting, so
// the code both use (engine, probes, checks, reports) is one set of chunks in dist/chunks/.
// Deterministic: no timestamps, content-hashed chunk names, licences sorted by package name.
//
//   node scripts/build.mjs [outdir]     (default: dist; check-dist.mjs builds into a temp folder)
import { build } from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.resolve(root, process.argv[2] ?? 'dist');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

fs.rmSync(outdir, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: [
    { in: 'src/index.ts', out: 'index' },
    { in: 'src/cli-entry.ts', out: 'cli/index' },
  ],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  chunkNames: 'chunks/[name]-[hash]',
  // Whitespace and syntax only: identifiers keep their names, so a stack trace still reads.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  charset: 'utf8',
  metafile: true,
  logLevel: 'warning',
  // The package's own version, baked in: engine.ts reports it.
  define: { __PACKAGE_VERSION__: JSON.stringify(pkg.version) },
  // CommonJS dependencies (undici, @actions/*) call require() for Node's built-ins.
  banner: { js: 'import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);' },
});

// The CLI is run as a program (`npx mercadopago-readiness`): a shebang and the x bit.
const cli = path.join(outdir, 'cli/index.js');
fs.writeFileSync(cli, `#!/usr/bin/env node\n${fs.readFileSync(cli, 'utf8').replace(/^#!.*\n/, '')}`);
fs.chmodSync(cli, 0o755);
fs.writeFileSync(path.join(outdir, 'package.json'), '{"type":"module"}\n');
fs.writeFileSync(path.join(outdir, 'licenses.txt'), licenses(Object.keys(result.metafile.inputs)));

/** The licence of every package that has code in the bundle, as ncc's --license wrote it. */
function licenses(inputs) {
  const roots = new Set();
  for (const input of inputs) {
    const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) roots.add(m[1]);
  }
  const entries = [...roots].map((dir) => {
    const meta = JSON.parse(fs.readFileSync(path.join(root, dir, 'package.json'), 'utf8'));
    const file = fs
      .readdirSync(path.join(root, dir))
      .sort()
      .find((f) => /^(licen[sc]e|copying)/i.test(f));
    const text = file ? fs.readFileSync(path.join(root, dir, file), 'utf8').trim() : '';
    return { name: meta.name, text: `${meta.name}\n${meta.license ?? 'UNKNOWN'}\n${text}` };
  });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return `${[...new Map(entries.map((e) => [e.name, e.text])).values()].join('\n\n')}\n`;
}
