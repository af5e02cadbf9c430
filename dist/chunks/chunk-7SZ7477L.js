import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
var InputError=class extends Error{name="InputError"};function errorLine(error){return error instanceof Error?error.message.split(`
`)[0]:String(error)}export{InputError,errorLine};
