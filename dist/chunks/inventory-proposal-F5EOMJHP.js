import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import{TODO_WHY,proposeInventory}from"./chunk-AR3BFLUK.js";import"./chunk-BAWE4IPL.js";import"./chunk-GUP5HSRF.js";import"./chunk-D67TVUQZ.js";export{TODO_WHY,proposeInventory};
