import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import{findBrowser}from"./chunk-56PRL6AI.js";import"./chunk-D67TVUQZ.js";export{findBrowser};
