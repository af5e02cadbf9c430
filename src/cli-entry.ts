#!/usr/bin/env node
// The CLI's first module: nothing else is loaded until Node.js is new enough. The engine needs
// Node 24 (the version the action runs on and the tests cover; on Node 20 every ssl.* check
// would error for want of X509Certificate dates), so an older one gets one line and exit 2,
// never a wrong verdict. Kept free of static imports so that even Node 18 gets this far.

/** The oldest Node.js major the CLI runs on; package.json `engines` says the same (tested). */
const MIN_NODE_MAJOR = 24;

const major = Number(process.versions.node.split('.')[0]);
if (!(major >= MIN_NODE_MAJOR)) {
  process.stderr.write(
    `mercadopago-readiness needs Node.js ${MIN_NODE_MAJOR} or newer; this is Node.js ${process.versions.node}. Install Node.js ${MIN_NODE_MAJOR} (https://nodejs.org) and run it again.\n`,
  );
  process.exit(2);
}
const { main } = await import('./cli.js');
process.exit(await main(process.argv.slice(2), process.env));
