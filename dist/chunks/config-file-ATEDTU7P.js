import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import{parseConfigFile}from"./chunk-RSSPE5ZJ.js";import"./chunk-OVMF52SB.js";import"./chunk-F5OQANX6.js";import"./chunk-7SZ7477L.js";import"./chunk-D67TVUQZ.js";export{parseConfigFile};
