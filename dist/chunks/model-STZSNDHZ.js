import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import{buildReport,isCounted,isWaived,reachesFailOn,resultOf,tally,waiverFor}from"./chunk-QO2W3O4N.js";import"./chunk-D67TVUQZ.js";export{buildReport,isCounted,isWaived,reachesFailOn,resultOf,tally,waiverFor};
