/** Loads syntaxes/fengong.tmLanguage.json into vscode-textmate (the engine VS Code uses) for direct tokenization. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as tm from 'vscode-textmate';
import { ROOT } from './cases';

export const GRAMMAR_PATH = path.join(ROOT, 'syntaxes/fengong.tmLanguage.json');

let loaded: Promise<tm.IGrammar> | undefined;

export function loadGrammar(): Promise<tm.IGrammar> {
  loaded ??= (async () => {
    const wasm = fs.readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new tm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName: string) =>
        scopeName === 'text.fengong' ? tm.parseRawGrammar(fs.readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null,
    });
    const g = await registry.loadGrammar('text.fengong');
    if (!g) throw new Error('grammar text.fengong did not load');
    return g;
  })();
  return loaded;
}

export type Tok = [start: number, end: number, scopes: string];

/** Tokenize consecutive lines, carrying the rule stack from line to line. */
export function tokenize(grammar: tm.IGrammar, lines: string[]): Tok[][] {
  let stack = tm.INITIAL;
  return lines.map((line) => {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    return r.tokens.map((t) => [t.startIndex, Math.min(t.endIndex, line.length), t.scopes.join(' ')] as Tok);
  });
}

/** The rule-stack depth after the last line (1 = nothing left open). */
export function finalDepth(grammar: tm.IGrammar, lines: string[]): number {
  let stack = tm.INITIAL;
  for (const line of lines) stack = grammar.tokenizeLine(line, stack).ruleStack;
  return stack.depth;
}

export { oniguruma };
