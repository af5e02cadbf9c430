import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import{writeReportFile,writeSarifFile}from"./chunk-XBDD4R5L.js";import"./chunk-IEJ73CC2.js";import"./chunk-M2E36WYS.js";import"./chunk-7SZ7477L.js";import"./chunk-66LIZQ47.js";import"./chunk-D5DALB7A.js";import"./chunk-D67TVUQZ.js";export{writeReportFile,writeSarifFile};
