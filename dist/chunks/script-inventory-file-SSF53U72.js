import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import{MAX_ENTRIES,parseScriptInventory}from"./chunk-VV2B7TPI.js";import"./chunk-57T6JWCP.js";import"./chunk-OVMF52SB.js";import"./chunk-DD3R4NKB.js";import"./chunk-7SZ7477L.js";import"./chunk-GUP5HSRF.js";import"./chunk-D67TVUQZ.js";export{MAX_ENTRIES,parseScriptInventory};
