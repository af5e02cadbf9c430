import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
var WATCHED_HEADERS=["content-security-policy","content-security-policy-report-only","strict-transport-security","x-frame-options","x-content-type-options","referrer-policy","permissions-policy"];function isTodoWhy(why){return/^\s*TODO/.test(why)}export{WATCHED_HEADERS,isTodoWhy};
