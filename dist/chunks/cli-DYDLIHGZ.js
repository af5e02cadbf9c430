import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import{parseArgs}from"./chunk-IVBR3WGJ.js";import{loadSettings}from"./chunk-DDKNPZKM.js";import{VERSION}from"./chunk-S23KCW3G.js";import"./chunk-FMEQYWFT.js";import{readBoundedRegularFile}from"./chunk-GGOJKHIK.js";import"./chunk-RQABYJY4.js";import{createRedactor,redactDeep}from"./chunk-DC3TVR6O.js";import"./chunk-56PRL6AI.js";import{InputError,errorLine}from"./chunk-7SZ7477L.js";import"./chunk-D67TVUQZ.js";var EXIT={ready:0,notReady:1,usage:2},USAGE=`Usage: mercadopago-readiness --site-url URL [options]

Checks a Mercado Pago integration against the go-live requirements and prints the report.
The access token comes from --access-token or, better (it stays out of the shell history and
the process list), the MP_ACCESS_TOKEN environment variable.

Options (the action's input names):
  --site-url URL            page that shows the payment form (required)
  --access-token TOKEN      production access token (default: $MP_ACCESS_TOKEN)
  --public-key KEY          the production public key the page must use
  --webhook-url URL         notification endpoint to probe
                            (default: notification_url of recent payments/preferences)
  --webhook-secret SECRET   webhook secret signature; enables notifications.signature
                            (default: $MP_WEBHOOK_SECRET)
  --payment-id ID           production payment to audit (default: the latest live one)
  --fail-on LEVEL           blocker | warning | never            (default: blocker)
  --language LANG           auto | pt-BR | es | en               (default: auto)
  --config FILE             config file       (default: .github/mercadopago-readiness.yml)
  --report-file FILE        also write the JSON report there     (default: none)
  --sarif-file FILE         also write SARIF 2.1.0 there         (default: none)
  --timeout-seconds N       budget for the whole run, 1-3600     (default: 60)
  --api-base-url URL        Mercado Pago API base    (default: https://api.mercadopago.com)
  --browser MODE            off | auto | on: also open the page in headless Chrome/Chromium
                            ($CHROME_PATH or the usual install paths)   (default: off)
  --script-inventory FILE   approved payment-page script inventory (PCI DSS 6.4.3 / 11.6.1)
                            (default: .github/mercadopago-readiness-scripts.yml)
  -h, --help                this help
  -V, --version             the version

Examples:
  MP_ACCESS_TOKEN=APP_USR-… mercadopago-readiness --site-url https://shop.example/checkout
  mercadopago-readiness --site-url https://loja.example.com.br/checkout --language pt-BR \\
    --fail-on warning --report-file readiness.json

Exit status:
  0  the result does not reach --fail-on (ready, or only what --fail-on tolerates)
  1  the result reaches --fail-on: not ready (or a report file could not be written)
  2  bad input (a flag, the token, the config file), an internal error, or Node.js < 24

Colour: on a terminal; NO_COLOR=1 turns it off, FORCE_COLOR=1 turns it on (FORCE_COLOR=0 off).

A first script inventory: mercadopago-readiness inventory --site-url URL [--browser …] [--script-inventory FILE]
Many storefronts: mercadopago-readiness fleet --targets FILE [--shard K/N] [--concurrency C] [--out-dir DIR]
Combine their reports: mercadopago-readiness merge REPORT.json|fleet.json|FOLDER… [--summary FILE]
(each with --help for more).`,FLAGS=new Set(["site-url","access-token","public-key","webhook-url","webhook-secret","payment-id","fail-on","config","language","report-file","sarif-file","timeout-seconds","api-base-url","browser","script-inventory"]);function wantsColor(env,isTTY){let force=env.FORCE_COLOR;return force!==void 0?force!=="0"&&force.toLowerCase()!=="false":env.NO_COLOR!==void 0&&env.NO_COLOR!==""?!1:isTTY&&env.TERM!=="dumb"}async function main(argv,env){let[subcommand,...rest]=argv;if(subcommand==="fleet")return(await import("./command-C7CVF6BY.js")).runFleetCommand(rest);if(subcommand==="merge")return(await import("./merge-command-W26STIPZ.js")).runMergeCommand(rest);if(subcommand==="inventory"){let{runInventoryCommand}=await import("./inventory-command-YEPXA4P4.js"),run=await runInventoryCommand(rest,process.cwd());return process.stdout.write(run.stdout),process.stderr.write(run.stderr),run.code}let redact=createRedactor([env.MP_ACCESS_TOKEN?.trim(),env.MP_WEBHOOK_SECRET?.trim()]),args;try{args=parseArgs(argv,FLAGS,arg=>`Unknown argument '${arg}'. Run with --help for the options.`,!0)}catch(error){return process.stderr.write(`${redact(error.message)}
`),EXIT.usage}if(args.has("help"))return process.stdout.write(`${USAGE}
`),EXIT.ready;if(args.has("version"))return process.stdout.write(`${VERSION}
`),EXIT.ready;let secretRedact=createRedactor([args.get("access-token")?.trim(),args.get("webhook-secret")?.trim(),env.MP_ACCESS_TOKEN?.trim(),env.MP_WEBHOOK_SECRET?.trim()]),redactAll=value=>secretRedact(redact(value));if(!(args.get("access-token")??env.MP_ACCESS_TOKEN??"").trim())return process.stderr.write(`Missing access token: pass --access-token TOKEN or set the MP_ACCESS_TOKEN environment variable (your Mercado Pago production access token).
`),EXIT.usage;try{let fromEnv={"access-token":env.MP_ACCESS_TOKEN,"webhook-secret":env.MP_WEBHOOK_SECRET},settings=await loadSettings(name=>args.get(name)??fromEnv[name]??"",{workspace:process.cwd(),env,readFile:(file,inside)=>readBoundedRegularFile("config",file,void 0,inside)}),[{runReadiness},{renderTerminal},{writeReportFile,writeSarifFile},{reachesFailOn}]=await Promise.all([import("./engine-DWRWQ4WQ.js"),import("./terminal-TWIK7QBP.js"),import("./files-H2OYQNBW.js"),import("./model-STZSNDHZ.js")]),report=redactDeep((await runReadiness(settings)).report,redactAll);process.stdout.write(redactAll(renderTerminal(report,{color:wantsColor(env,process.stdout.isTTY===!0)})));let reportError=args.has("report-file")?writeReportFile(settings.reportFile,report,redactAll):void 0,sarifError=settings.sarifFile?writeSarifFile(settings.sarifFile,report,redactAll,env,process.cwd()):void 0;for(let problem of[reportError,sarifError])problem!==void 0&&process.stderr.write(`${problem}
`);return reportError!==void 0||sarifError!==void 0||reachesFailOn(report.result,settings.failOn)?EXIT.notReady:EXIT.ready}catch(error){return error instanceof InputError?(process.stderr.write(`${redactAll(error.message.replace(/\bInput '([a-z-]+)'|'([a-z-]+)'/g,(m,a,b)=>FLAGS.has(a??b)?`'--${a??b}'`:m))}
`),EXIT.usage):(process.stderr.write(`${redactAll(`Internal error: ${errorLine(error)}`)}
`),EXIT.usage)}}export{EXIT,main,wantsColor};
