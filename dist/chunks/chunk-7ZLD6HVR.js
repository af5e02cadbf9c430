import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
function escapeData(value){return value.replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A")}function getInput(name,env=process.env){return(env[`INPUT_${name.replace(/ /g,"_").toUpperCase()}`]??"").trim()}function setFailed(message,write=l=>process.stdout.write(l)){process.exitCode=1,write(`::error::${escapeData(message)}
`)}export{escapeData,getInput,setFailed};
