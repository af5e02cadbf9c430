import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import{lineOf,parseConfigFile}from"./chunk-57T6JWCP.js";import"./chunk-OVMF52SB.js";import"./chunk-DD3R4NKB.js";import"./chunk-7SZ7477L.js";import"./chunk-D67TVUQZ.js";export{lineOf,parseConfigFile};
