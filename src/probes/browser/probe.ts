import { randomBytes } from 'node:crypto';
import type { Budget } from '../budget.js';
import { failed, ok, toProbeError, type ProbeOutcome } from '../outcome.js';
import { redactTokens } from '../http/scan.js';
import { connectPipe, type CdpConnection, type CdpEvent } from './cdp.js';
import type { BrowserEvidence, BrowserRequest, CspViolation, MixedContentSeen } from './evidence.js';
import { hooksSource } from './hooks.js';
import { launchBrowser } from './launch.js';
import type { NetworkRule } from './rules.js';

/** Bounds of the browser pass. */
export interface BrowserOptions {
  /** The Chrome/Chromium executable (see findBrowser). */
  readonly executable: string;
  /** Longest the pass may take, start-up included; the run budget may end it sooner. */
  readonly maxMs: number;
  /** The network is quiet after this long with no request in flight. */
  readonly quietMs: number;
  readonly maxRequests: number;
  /** Refuses requests the network rules forbid (DESIGN §1). */
  readonly rule: NetworkRule;
  readonly env?: NodeJS.ProcessEnv;
  /**
   * More `--host-resolver-rules` (launch.ts). Tests that run outside a test world on loopback IP
   * literals pass `MAP * ~NOTFOUND, EXCLUDE <their address>`, so the browser resolves no name at all.
   */
  readonly resolverRules?: string;
}

export const DEFAULT_BROWSER_BOUNDS = { maxMs: 20_000, quietMs: 500, maxRequests: 500 } as const;

const PUBLIC_KEY = /^(?:TEST|APP_USR)-[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/**
 * Opens `url` cold in headless Chrome/Chromium and records what a buyer's browser loads. No
 * token is given to the browser or the page. The whole process group is killed when the pass
 * ends, whatever happens, and at the deadline at the latest.
 */
export async function probeBrowser(url: URL, budget: Budget, options: BrowserOptions): Promise<ProbeOutcome<BrowserEvidence>> {
  const started = Date.now();
  const deadline = started + Math.min(options.maxMs, Math.max(0, budget.remainingMs() - 200));
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  let cdp: CdpConnection | undefined;
  const timer = setTimeout(
    () => {
      cdp?.close('the browser pass reached its deadline');
      browser?.kill();
    },
    Math.max(1, deadline - Date.now()),
  );
  try {
    browser = await launchBrowser(options.executable, options.env, options.resolverRules);
    const launched = browser;
    launched.child.once('exit', () => cdp?.close('the browser exited'));
    cdp = connectPipe(launched.toBrowser, launched.fromBrowser);
    const run = record(cdp, url, deadline, options);
    const outcome = await run;
    return ok({ ...outcome, trust: launched.trust, durationMs: Date.now() - started });
  } catch (error) {
    if (Date.now() >= deadline) return failed('timeout', `browser pass: not finished within ${Math.round((deadline - started) / 1000)} s`);
    return { ok: false, error: toProbeError(error, 'browser pass') };
  } finally {
    clearTimeout(timer);
    cdp?.close('the browser pass ended');
    browser?.kill();
  }
}

async function record(cdp: CdpConnection, url: URL, deadline: number, options: BrowserOptions): Promise<Omit<BrowserEvidence, 'durationMs' | 'trust'>> {
  const requests = new Map<string, BrowserRequest & { blocked?: string; status?: number }>();
  let dropped = 0;
  const inflight = new Set<string>();
  let lastActivity = Date.now();
  const refused = new Map<string, string>();
  const cspViolations: CspViolation[] = [];
  const mixedContent: MixedContentSeen[] = [];
  const consoleErrors: string[] = [];
  const publicKeys = new Set<string>();
  let constructed = false;
  let loaded = false;
  let finalUrl = url.href;
  let mainSession = '';
  let mainFrame = '';
  const binding = `__mpReadiness${randomBytes(6).toString('hex')}`;
  const sessions = new Set<string>();

  const product = ((await cdp.send<{ product?: string }>('Browser.getVersion')).product ?? 'unknown').replace(/^HeadlessChrome/, 'Chrome');

  const prepare = async (sessionId: string, main: boolean): Promise<void> => {
    sessions.add(sessionId);
    await Promise.all([
      cdp.send('Fetch.enable', { patterns: [{ urlPattern: '*', requestStage: 'Request' }] }, sessionId),
      cdp.send('Network.enable', { maxTotalBufferSize: 0, maxResourceBufferSize: 0 }, sessionId),
      cdp.send('Runtime.enable', {}, sessionId),
      cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true }, sessionId),
      ...(main
        ? [
            cdp.send('Page.enable', {}, sessionId),
            cdp.send('Runtime.addBinding', { name: binding }, sessionId),
            cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: hooksSource(binding) }, sessionId),
          ]
        : []),
    ]);
  };

  const onEvent = (event: CdpEvent): void => {
    // biome-ignore lint/suspicious/noExplicitAny: CDP params are untyped JSON, read defensively field by field.
    const p = event.params as Record<string, any>;
    const sessionId = event.sessionId ?? '';
    switch (event.method) {
      case 'Fetch.requestPaused': {
        const requestUrl = String(p.request?.url ?? '');
        let parsed: URL | undefined;
        try {
          parsed = new URL(requestUrl);
        } catch {
          parsed = undefined;
        }
        void (parsed ? options.rule(parsed) : Promise.resolve(undefined))
          .then((reason) => {
            if (reason === undefined) return cdp.send('Fetch.continueRequest', { requestId: p.requestId }, sessionId);
            refused.set(requestUrl, reason);
            return cdp.send('Fetch.failRequest', { requestId: p.requestId, errorReason: 'AddressUnreachable' }, sessionId);
          })
          .catch(() => undefined);
        break;
      }
      case 'Target.attachedToTarget': {
        const child = String(p.sessionId);
        void prepare(child, false)
          .catch(() => undefined)
          .then(() => cdp.send('Runtime.runIfWaitingForDebugger', {}, child))
          .catch(() => undefined);
        break;
      }
      case 'Network.requestWillBeSent': {
        lastActivity = Date.now();
        const key = `${sessionId}/${p.requestId}`;
        if (p.redirectResponse) {
          const previous = requests.get(key);
          if (previous) requests.set(`${key}#${p.redirectResponse.status}-${requests.size}`, { ...previous, status: p.redirectResponse.status });
        }
        if (requests.size >= options.maxRequests && !requests.has(key)) {
          dropped++;
          return;
        }
        inflight.add(key);
        const requestUrl = String(p.request?.url ?? '');
        const initiatorUrl = p.initiator?.url ?? p.initiator?.stack?.callFrames?.[0]?.url;
        const frame: BrowserRequest['frame'] = sessionId === mainSession && (mainFrame === '' || p.frameId === mainFrame) ? 'main' : 'sub';
        requests.set(key, {
          url: requestUrl,
          type: String(p.type ?? 'Other'),
          frame,
          initiator: { type: String(p.initiator?.type ?? 'other'), ...(initiatorUrl ? { url: String(initiatorUrl) } : {}) },
        });
        const mixed = p.request?.mixedContentType;
        if (mixed === 'blockable' || mixed === 'optionally-blockable') mixedContent.push({ url: requestUrl, type: String(p.type ?? 'Other'), blocked: mixed === 'blockable' });
        if (p.type === 'Document' && frame === 'main' && sessionId === mainSession) finalUrl = requestUrl;
        break;
      }
      case 'Network.responseReceived': {
        const r = requests.get(`${sessionId}/${p.requestId}`);
        if (r) r.status = Number(p.response?.status);
        break;
      }
      case 'Network.loadingFinished':
        inflight.delete(`${sessionId}/${p.requestId}`);
        lastActivity = Date.now();
        break;
      case 'Network.loadingFailed': {
        const key = `${sessionId}/${p.requestId}`;
        inflight.delete(key);
        lastActivity = Date.now();
        const r = requests.get(key);
        if (r) {
          const reason = refused.get(r.url);
          r.blocked = reason
            ? `network-rule: ${reason}`
            : p.blockedReason === 'csp'
              ? 'csp'
              : p.blockedReason === 'mixed-content'
                ? 'mixed-content'
                : p.blockedReason
                  ? String(p.blockedReason)
                  : String(p.errorText ?? 'failed');
        }
        break;
      }
      case 'Page.frameNavigated':
        if (sessionId === mainSession && !p.frame?.parentId) {
          mainFrame = String(p.frame?.id ?? mainFrame);
          finalUrl = String(p.frame?.url ?? finalUrl);
        }
        break;
      case 'Page.javascriptDialogOpening':
        // alert()/confirm() would stop the page's scripts until someone answers: dismiss at once.
        void cdp.send('Page.handleJavaScriptDialog', { accept: false }, sessionId).catch(() => undefined);
        break;
      case 'Page.loadEventFired':
        if (sessionId === mainSession) loaded = true;
        break;
      case 'Runtime.bindingCalled': {
        if (p.name !== binding) return;
        let data: Record<string, unknown>;
        try {
          data = JSON.parse(String(p.payload)) as Record<string, unknown>;
        } catch {
          return;
        }
        if (data['kind'] === 'csp' && cspViolations.length < 100) {
          cspViolations.push({
            directive: String(data['directive'] ?? ''),
            blockedUrl: String(data['blockedUrl'] ?? '').slice(0, 500),
            ...(typeof data['sourceFile'] === 'string' ? { sourceFile: data['sourceFile'].slice(0, 500) } : {}),
            ...(typeof data['line'] === 'number' ? { line: data['line'] } : {}),
            disposition: String(data['disposition'] ?? 'enforce'),
          });
        } else if (data['kind'] === 'mp') {
          constructed = true;
          // Only public-key shapes are kept: anything else given to the SDK stays out of the report.
          if (typeof data['key'] === 'string' && PUBLIC_KEY.test(data['key'])) publicKeys.add(data['key']);
        }
        break;
      }
      case 'Runtime.consoleAPICalled':
        if (p.type === 'error' && consoleErrors.length < 20) consoleErrors.push(cut((p.args ?? []).map((a: { value?: unknown; description?: string }) => a.value ?? a.description ?? '').join(' ')));
        break;
      case 'Runtime.exceptionThrown':
        if (consoleErrors.length < 20) consoleErrors.push(cut(String(p.exceptionDetails?.exception?.description ?? p.exceptionDetails?.text ?? 'exception')));
        break;
    }
  };
  cdp.on(onEvent);

  // The about:blank tab the browser opened with is the page to use (no second target to create).
  const { targetInfos = [] } = await cdp.send<{ targetInfos?: Array<{ targetId: string; type: string }> }>('Target.getTargets');
  const targetId = targetInfos.find((t) => t.type === 'page')?.targetId ?? (await cdp.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' })).targetId;
  mainSession = (await cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true })).sessionId;
  // A tab's main frame has the tab's target id.
  mainFrame = targetId;
  await prepare(mainSession, true);
  const navigation = await cdp.send<{ errorText?: string }>('Page.navigate', { url: url.href }, mainSession);
  if (navigation.errorText) throw Object.assign(new Error(`the browser could not open ${url.href}: ${navigation.errorText}`), { name: 'BrowserNavigationError' });

  // Wait for load, then for the network to be quiet, within the deadline.
  let settled = false;
  const waitUntil = deadline - 400;
  while (Date.now() < waitUntil) {
    await new Promise((r) => setTimeout(r, 50));
    if (loaded && inflight.size === 0 && Date.now() - lastActivity >= options.quietMs) {
      // A quiet network is not an idle page: on a busy runner a bundle may still be running and
      // about to ask for its lazy chunk. Wait for the page's main thread to be idle, then look again.
      const checkedAt = lastActivity;
      const idleMs = Math.max(50, Math.min(2_000, waitUntil - Date.now()));
      await cdp
        .send('Runtime.evaluate', { expression: `new Promise((r) => requestIdleCallback(() => setTimeout(r, 0), { timeout: ${idleMs} }))`, awaitPromise: true, timeout: idleMs + 100 }, mainSession)
        .catch(() => undefined);
      if (lastActivity === checkedAt && inflight.size === 0) {
        settled = true;
        break;
      }
    }
  }
  const state = await cdp
    .send<{ result?: { value?: { sdk?: boolean; device?: boolean } } }>(
      'Runtime.evaluate',
      {
        expression: "({ sdk: typeof window.MercadoPago === 'function', device: typeof window.MP_DEVICE_SESSION_ID === 'string' && window.MP_DEVICE_SESSION_ID.length > 0 })",
        returnByValue: true,
        timeout: 1000,
      },
      mainSession,
    )
    .catch(() => ({ result: { value: { sdk: false, device: false } } }));
  const value = state.result?.value ?? {};
  return {
    product,
    url: url.href,
    finalUrl,
    requests: [...requests.values()],
    requestsDropped: dropped,
    cspViolations,
    mixedContent,
    consoleErrors,
    mercadoPago: { sdkLoaded: value.sdk === true, constructed, publicKeys: [...publicKeys], deviceSessionId: value.device === true },
    settled,
  };
}

function cut(text: string): string {
  const redacted = redactTokens(text.slice(0, 2000));
  return redacted.length > 300 ? `${redacted.slice(0, 300)}…` : redacted;
}
