/** Core → LSP conversions. Core ranges are LSP-shaped already; only enums and envelopes change. */
import {
  CodeAction,
  CodeActionKind,
  CompletionItem,
  CompletionItemKind,
  Diagnostic as LspDiagnostic,
  DiagnosticSeverity,
  DiagnosticTag,
  DocumentSymbol,
  InsertTextFormat,
  MarkupKind,
  SymbolKind,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { Diagnostic, Severity, TextEdit } from '../core/model';
import type { Action, CompletionEntry, OutlineKind, OutlineSymbol } from '../core/features';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface DiagnosticContext {
  readonly uri: string;
  /** `file:///…/docs/rules/` (ending in a slash), or null for no links. */
  readonly docsBase: string | null;
}

export function toLspDiagnostic(d: Diagnostic, ctx: DiagnosticContext): LspDiagnostic {
  const out: LspDiagnostic = {
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.rule,
    source: 'fengong',
    message: d.message,
  };
  if (ctx.docsBase) out.codeDescription = { href: `${ctx.docsBase}${d.rule}.md` };
  if (d.related?.length) {
    out.relatedInformation = d.related.map((r) => ({ location: { uri: ctx.uri, range: r.range }, message: r.message }));
  }
  if (d.rule === 'duplicate-task') out.tags = [DiagnosticTag.Unnecessary];
  return out;
}

const SYMBOL_KIND: Record<OutlineKind, SymbolKind> = {
  notice: SymbolKind.File,
  plan: SymbolKind.Module,
  part: SymbolKind.Namespace,
  chapter: SymbolKind.Class,
  group: SymbolKind.Struct,
  task: SymbolKind.Function,
  appendix: SymbolKind.Object,
};

export function toDocumentSymbol(s: OutlineSymbol): DocumentSymbol {
  return DocumentSymbol.create(s.name || '—', s.detail, SYMBOL_KIND[s.kind], s.range, s.selectionRange, s.children.map(toDocumentSymbol));
}

export function symbolKind(kind: OutlineKind): SymbolKind {
  return SYMBOL_KIND[kind];
}

const COMPLETION_KIND: Record<CompletionEntry['kind'], CompletionItemKind> = {
  unit: CompletionItemKind.Module,
  leader: CompletionItemKind.Reference,
  label: CompletionItemKind.Property,
  task: CompletionItemKind.Snippet,
  deadline: CompletionItemKind.Value,
};

export function toCompletionItem(e: CompletionEntry): CompletionItem {
  const item: CompletionItem = {
    label: e.label,
    kind: COMPLETION_KIND[e.kind],
    textEdit: { range: e.range, newText: e.insertText },
    insertTextFormat: e.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
  };
  if (e.detail) item.detail = e.detail;
  if (e.documentation) item.documentation = { kind: MarkupKind.Markdown, value: e.documentation };
  if (e.sortText) item.sortText = e.sortText;
  if (e.filterText) item.filterText = e.filterText;
  return item;
}

export function toWorkspaceEdit(uri: string, edits: readonly TextEdit[]): WorkspaceEdit {
  return { changes: { [uri]: edits.map((e): LspTextEdit => ({ range: e.range, newText: e.newText })) } };
}

export function toCodeAction(uri: string, a: Action, lspDiagnostics: readonly LspDiagnostic[]): CodeAction {
  const kind = a.kind === 'quickfix' ? CodeActionKind.QuickFix : a.kind === 'source.fixAll' ? CodeActionKind.SourceFixAll : CodeActionKind.RefactorRewrite;
  const action = CodeAction.create(a.title, toWorkspaceEdit(uri, a.edits), kind);
  if (a.diagnostics.length) {
    const matched = lspDiagnostics.filter((ld) =>
      a.diagnostics.some(
        (d) =>
          ld.code === d.rule &&
          ld.message === d.message &&
          ld.range.start.line === d.range.start.line &&
          ld.range.start.character === d.range.start.character,
      ),
    );
    if (matched.length) action.diagnostics = matched;
  }
  if (a.preferred) action.isPreferred = true;
  return action;
}
