/**
 * The script the browser runs in every document before the page's own (Page.addScriptToEvaluateOnNewDocument):
 * it reports CSP violations and the public key given to `new MercadoPago(…)` through a DevTools
 * binding. It changes nothing the page can observe except that `window.MercadoPago` is a Proxy.
 */
export function hooksSource(binding: string): string {
  return `(() => {
  const send = (data) => { try { window[${JSON.stringify(binding)}](JSON.stringify(data)); } catch (e) {} };
  let reports = 0;
  document.addEventListener('securitypolicyviolation', (e) => {
    if (reports++ < 100) send({ kind: 'csp', directive: e.effectiveDirective || e.violatedDirective, blockedUrl: e.blockedURI || 'inline', sourceFile: e.sourceFile || undefined, line: e.lineNumber || undefined, disposition: e.disposition });
  }, true);
  let current;
  let constructions = 0;
  const wrap = (value) => typeof value !== 'function' ? value : new Proxy(value, {
    construct(target, args, newTarget) {
      if (constructions++ < 20) send({ kind: 'mp', key: typeof args[0] === 'string' ? args[0].slice(0, 80) : null });
      return Reflect.construct(target, args, newTarget);
    },
  });
  try {
    Object.defineProperty(window, 'MercadoPago', { configurable: true, enumerable: true, get() { return current; }, set(value) { current = wrap(value); } });
  } catch (e) {}
})();`;
}
