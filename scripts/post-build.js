// ncc names the CLI bundle index.js; give it a shebang so `npx mercadopago-readiness` runs it.
import { readFileSync, writeFileSync, chmodSync } from 'node:fs';
const file = 'dist/cli/index.js';
const source = readFileSync(file, 'utf8');
if (!source.startsWith('#!')) writeFileSync(file, `#!/usr/bin/env node\n${source}`);
chmodSync(file, 0o755);
