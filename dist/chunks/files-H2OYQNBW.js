import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import{writeReportFile,writeSarifFile}from"./chunk-WVKEKNBA.js";import"./chunk-L5H32F4G.js";import"./chunk-GGOJKHIK.js";import"./chunk-RQABYJY4.js";import"./chunk-QO2W3O4N.js";import"./chunk-7SZ7477L.js";import"./chunk-D67TVUQZ.js";export{writeReportFile,writeSarifFile};
