import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import{writeReportFile,writeSarifFile}from"./chunk-3OV5SFJ7.js";import"./chunk-IEJ73CC2.js";import"./chunk-66LIZQ47.js";import"./chunk-D5DALB7A.js";import"./chunk-D67TVUQZ.js";export{writeReportFile,writeSarifFile};
