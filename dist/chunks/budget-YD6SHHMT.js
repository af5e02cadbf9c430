import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import{createBudget,raceSignal}from"./chunk-FFAAONDV.js";import"./chunk-D67TVUQZ.js";export{createBudget,raceSignal};
