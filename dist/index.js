import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import{maskSecretInputs}from"./chunks/chunk-LDW2CNDC.js";import"./chunks/chunk-DC3TVR6O.js";import"./chunks/chunk-D67TVUQZ.js";var secrets=maskSecretInputs(),{run}=await import("./chunks/main-63SZIMP7.js");await run(secrets).finally(()=>process.exit());
