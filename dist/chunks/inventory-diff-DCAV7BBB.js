import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import{diffInventory,entryName,hasFindings,seenScripts}from"./chunk-KOE3IQFW.js";import"./chunk-BAWE4IPL.js";import"./chunk-GUP5HSRF.js";import"./chunk-D67TVUQZ.js";export{diffInventory,entryName,hasFindings,seenScripts};
