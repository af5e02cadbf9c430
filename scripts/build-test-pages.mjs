#!/usr/bin/env node
// Rebuilds the realistic checkout pages under test/pages/built/ with the real tools (Next.js 16 static export, Vite + React +
// @mercadopago/sdk-react, Vite + @mercadopago/sdk-js). The tools are installed in a temporary folder,
// never in this project: they are not dependencies of the action, only of these fixtures.
// Usage: npx node scripts/build-test-pages.mjs   (needs the npm registry; takes ~1 min)
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const fixtures = JSON.parse(fs.readFileSync(path.join(root, 'test/pages/fixtures.json'), 'utf8'));
const work = process.env.PAGES_BUILD_DIR ?? path.join(os.tmpdir(), 'mp-readiness-test-pages');
const TOOLS = {
  vite: '8.3.8',
  '@vitejs/plugin-react': '6.3.0',
  react: '19.3.1',
  'react-dom': '19.3.1',
  '@mercadopago/sdk-react': '1.0.7',
  '@mercadopago/sdk-js': '0.0.3',
};

fs.mkdirSync(work, { recursive: true });
const pkg = { name: 'mp-readiness-test-pages', private: true, type: 'module', devDependencies: TOOLS };
const pkgPath = path.join(work, 'package.json');
if (!fs.existsSync(pkgPath) || fs.readFileSync(pkgPath, 'utf8') !== JSON.stringify(pkg)) {
  fs.writeFileSync(pkgPath, JSON.stringify(pkg));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: work, stdio: 'inherit' });
}

/** One Vite build of `app` with `env`, `notes` as src/notes.js, into test/pages/built/<out>. */
function viteBuild(app, out, env, notes) {
  const dir = path.join(work, out);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.join(root, 'test/pages/src', app), dir, { recursive: true });
  if (notes !== undefined) fs.writeFileSync(path.join(dir, 'src/notes.js'), notes);
  fs.symlinkSync(path.join(work, 'node_modules'), path.join(dir, 'node_modules'));
  const outDir = path.join(root, 'test/pages/built', out);
  execFileSync(process.execPath, [path.join(work, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: dir, stdio: 'inherit', env: { ...process.env, ...env, OUT_DIR: outDir } });
  // The vendor chunk's map (React's sources, ~1 MB) is not kept: the chunk still names it, and the
  // server answers 404 for it, as on shops that ship maps for their own code only.
  for (const file of fs.readdirSync(path.join(outDir, 'assets'))) if (/^index-.*\.js\.map$/.test(file)) fs.rmSync(path.join(outDir, 'assets', file));
}

viteBuild('vite-react', 'vite-react-healthy', { VITE_MP_PUBLIC_KEY: fixtures.productionPublicKey }, '// nothing to note\nexport const release = "2026.11";\n');
// Broken: a TEST- key and a leaked access token, both only in the lazy chunk; a second token that
// the minifier drops (a comment) survives in the public source map's sourcesContent.
viteBuild(
  'vite-react',
  'vite-react-broken',
  { VITE_MP_PUBLIC_KEY: fixtures.testPublicKey, VITE_MP_DEBUG_TOKEN: fixtures.leakedToken },
  `// old server token, do not use: ${fixtures.mapOnlyToken}\nexport const release = "2026.11";\n`,
);
viteBuild('vite-sdk-js', 'vite-sdk-js', { VITE_CARD_FORM: '1' });
viteBuild('vite-sdk-js', 'vite-checkout-pro-script', { VITE_CARD_FORM: '0' });
console.log('built into test/pages/built/');

// Next.js static export: inline bootstrap scripts, webpack chunk map, a lazy chunk with the SDK and a TEST- key.
const NEXT = { next: '16.4.6', react: '19.3.1', 'react-dom': '19.3.1', '@mercadopago/sdk-react': '1.0.7' };
const nextWork = path.join(work, 'next');
fs.mkdirSync(nextWork, { recursive: true });
const nextPkg = { name: 'mp-readiness-test-next', private: true, dependencies: NEXT };
if (!fs.existsSync(path.join(nextWork, 'package.json')) || fs.readFileSync(path.join(nextWork, 'package.json'), 'utf8') !== JSON.stringify(nextPkg)) {
  fs.writeFileSync(path.join(nextWork, 'package.json'), JSON.stringify(nextPkg));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: nextWork, stdio: 'inherit' });
}
const nextApp = path.join(nextWork, 'app-src');
fs.rmSync(nextApp, { recursive: true, force: true });
fs.cpSync(path.join(root, 'test/pages/src/next-export'), nextApp, { recursive: true });
fs.symlinkSync(path.join(nextWork, 'node_modules'), path.join(nextApp, 'node_modules'));
execFileSync(process.execPath, [path.join(nextWork, 'node_modules/next/dist/bin/next'), 'build', '--webpack'], {
  cwd: nextApp,
  stdio: 'inherit',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_PUBLIC_MP_PUBLIC_KEY: fixtures.testPublicKey },
});
const nextOut = path.join(root, 'test/pages/built/next-export');
fs.rmSync(nextOut, { recursive: true, force: true });
fs.cpSync(path.join(nextApp, 'out'), nextOut, { recursive: true });
console.log('built test/pages/built/next-export');
