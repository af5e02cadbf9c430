import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import{maskForms}from"./chunk-DC3TVR6O.js";function escapeData(value){return value.replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A")}function getInput(name,env=process.env){return(env[`INPUT_${name.replace(/ /g,"_").toUpperCase()}`]??"").trim()}function setFailed(message,write=l=>process.stdout.write(l)){process.exitCode=1,write(`::error::${escapeData(message)}
`)}var SECRET_INPUTS=["access-token","webhook-secret","github-token"];function maskSecretInputs(env=process.env,write=l=>process.stdout.write(l)){let values=[];for(let name of SECRET_INPUTS){let raw=env[`INPUT_${name.toUpperCase()}`]??"";for(let v of[raw.trim(),...raw.split(/\r?\n/).map(l=>l.trim())])v!==""&&!values.includes(v)&&(write(`::add-mask::${escapeData(v)}
`),values.push(v))}for(let form of values.flatMap(maskForms))write(`::add-mask::${escapeData(form)}
`);return values}export{getInput,setFailed,maskSecretInputs};
