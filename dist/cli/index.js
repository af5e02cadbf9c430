#!/usr/bin/env node
import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
var major=Number(process.versions.node.split(".")[0]);major>=24||(process.stderr.write(`mercadopago-readiness needs Node.js 24 or newer; this is Node.js ${process.versions.node}. Install Node.js 24 (https://nodejs.org) and run it again.
`),process.exit(2));var{main}=await import("../chunks/cli-DYDLIHGZ.js");process.exit(await main(process.argv.slice(2),process.env));
