import type { CheckContext, CheckDefinition, CheckOutcome } from '../../src/checks/types.js';
import { declaredEvidence } from '../../src/engine.js';
import type { Evidence } from '../../src/probes/evidence.js';

/**
 * Evaluates a check as the engine does (only the evidence it declares in `reads`), and throws
 * when it reads any other field, even one that is undefined: so every unit test of a check also
 * proves its declaration is complete.
 */
export function evaluateDeclared(check: CheckDefinition, evidence: Evidence, context: CheckContext): CheckOutcome {
  const allowed = new Set<string>(check.reads);
  const view = new Proxy(declaredEvidence(check, evidence), {
    get(target, key, receiver) {
      if (typeof key === 'string' && !allowed.has(key)) throw new Error(`${check.id} reads evidence.${key}, which its reads [${check.reads.join(', ')}] does not declare`);
      return Reflect.get(target, key, receiver);
    },
  });
  return check.evaluate(view, context);
}
