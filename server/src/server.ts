/** Entry point: `node dist/server.js --stdio` (or `--node-ipc`, `--socket=N`, as any LSP client starts it). */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/server';
import { keepYoungObjectsYoung } from './node/heap';

keepYoungObjectsYoung();

// A stray rejection or exception is logged, never fatal: the drafter keeps the editor working.
process.on('unhandledRejection', (e) => process.stderr.write(`fengong: unhandled rejection: ${e instanceof Error ? e.stack : String(e)}\n`));
process.on('uncaughtException', (e) => process.stderr.write(`fengong: uncaught exception: ${e.stack ?? e.message}\n`));

startServer(createConnection(ProposedFeatures.all));
