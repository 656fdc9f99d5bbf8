/** The pure feature providers the server (and commands) call. No LSP or VS Code imports. */
export * from './outline';
export * from './folding';
export * from './workspaceSymbols';
export * from './hover';
export * from './completion';
export * from './codeActions';
export * from './renumber';
export * from './references';
export * from './codeLens';
export * from './format';
export * from './statistics';
export * from './units';
export * from './detect';
export { taskAt, taskId, firstWords, toChineseNumeral, allSections, tasksIn } from './util';
