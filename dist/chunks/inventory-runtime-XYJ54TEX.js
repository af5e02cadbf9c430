import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import{runtimeScripts}from"./chunk-Y4FNNELD.js";import"./chunk-D67TVUQZ.js";export{runtimeScripts};
