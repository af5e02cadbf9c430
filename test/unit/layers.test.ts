import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';

/**
 * The layer rule (DESIGN §7), lowest first. A file may import files of its own layer or of a
 * lower one, never of a higher one, and no chain of imports may come back to where it started:
 *
 *   i18n, secrets,  texts, masking, the runner's workflow commands and the version:
 *   runner, version depend on nothing of ours
 *   probes          all I/O; return evidence (may use i18n/secrets)
 *   checks          pure evidence → outcome; read probes' evidence types
 *   config          inputs + config file → Settings; validates against the check catalog
 *   report          the Report model, result policy and renderers
 *   engine          wires settings → probes → checks → report
 *   outputs         main.ts and action.ts (the action), cli.ts and cli-entry.ts (the CLI), index.ts,
 *                   fleet/ (the CLI's fleet and merge)
 *
 * Settings are read once by config and handed down as plain options: probes and checks declare
 * the few fields they need and never import config.
 */
const LAYERS: ReadonlyArray<readonly string[]> = [
  ['i18n', 'secrets', 'runner', 'version'],
  ['probes'],
  ['checks'],
  ['config'],
  ['report'],
  ['engine'],
  ['main', 'action', 'cli', 'cli-args', 'cli-entry', 'inventory-command', 'index', 'fleet'],
];

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const SRC = path.join(ROOT, 'src');

function layerOf(file: string): number {
  const first = path.relative(SRC, file).split(path.sep)[0]!.replace(/\.ts$/, '');
  const index = LAYERS.findIndex((names) => names.includes(first));
  if (index < 0) throw new Error(`src/${path.relative(SRC, file)} is in no layer of the rule: add its folder to LAYERS`);
  return index;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

/** Relative imports and re-exports (type-only ones included: they tie layers as much), parsed by the compiler. */
function importsOf(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const specifiers: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      specifiers.push(node.arguments[0].text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      specifiers.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers.filter((s) => s.startsWith('.')).map((s) => path.resolve(path.dirname(file), s.replace(/\.js$/, '.ts')));
}

function graph(): Map<string, string[]> {
  return new Map(sourceFiles(SRC).map((file) => [file, importsOf(file)]));
}

/** Every cycle's path (first found per strongly connected start), as src-relative names. */
function cycles(edges: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of edges.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next].map((f) => path.relative(SRC, f)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of edges.keys()) if (!state.has(file)) visit(file);
  return found;
}

describe('layers (DESIGN §7)', () => {
  it('every relative import resolves to a file in src/', () => {
    for (const [file, imports] of graph()) {
      for (const target of imports) assert.ok(fs.existsSync(target), `src/${path.relative(SRC, file)} imports missing ${path.relative(SRC, target)}`);
    }
  });

  it('has no import cycle in src/', () => {
    assert.deepEqual(
      cycles(graph()).map((c) => c.join(' → ')),
      [],
    );
  });

  it('imports only downward', () => {
    const upward: string[] = [];
    for (const [file, imports] of graph()) {
      for (const target of imports) {
        if (layerOf(target) > layerOf(file)) upward.push(`${path.relative(SRC, file)} → ${path.relative(SRC, target)}`);
      }
    }
    assert.deepEqual(upward, []);
  });

  it('the cycle finder finds a cycle and the layer rule sees an upward import (the test can fail)', () => {
    const a = path.join(SRC, 'checks', 'a.ts');
    const b = path.join(SRC, 'checks', 'b.ts');
    assert.deepEqual(
      cycles(
        new Map([
          [a, [b]],
          [b, [a]],
        ]),
      ),
      [['checks/a.ts', 'checks/b.ts', 'checks/a.ts']],
    );
    assert.ok(layerOf(path.join(SRC, 'config', 'settings.ts')) > layerOf(path.join(SRC, 'checks', 'types.ts')));
    assert.ok(layerOf(path.join(SRC, 'report', 'model.ts')) > layerOf(path.join(SRC, 'i18n', 'ui.ts')));
    assert.throws(() => layerOf(path.join(SRC, 'nowhere', 'x.ts')), /no layer/);
  });
});
