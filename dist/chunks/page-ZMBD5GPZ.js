import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import{DEFAULT_PAGE_LIMITS,probePage}from"./chunk-MXB5YCFK.js";import"./chunk-PJ5F7QFY.js";import"./chunk-ATGLNQDX.js";import"./chunk-FMEQYWFT.js";import"./chunk-OHP72IBS.js";import"./chunk-D67TVUQZ.js";export{DEFAULT_PAGE_LIMITS,probePage};
