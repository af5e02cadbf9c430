import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import{parseConfigFile}from"./chunk-UF4QLFIZ.js";import"./chunk-OVMF52SB.js";import"./chunk-RLFEH56H.js";import"./chunk-7SZ7477L.js";import"./chunk-D67TVUQZ.js";export{parseConfigFile};
