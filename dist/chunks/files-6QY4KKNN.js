import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import{writeReportFile,writeSarifFile}from"./chunk-WWTRLABG.js";import"./chunk-5WR6U2VN.js";import"./chunk-M2E36WYS.js";import"./chunk-7SZ7477L.js";import"./chunk-RQABYJY4.js";import"./chunk-QO2W3O4N.js";import"./chunk-D67TVUQZ.js";export{writeReportFile,writeSarifFile};
