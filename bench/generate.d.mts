// Types for bench/generate.mjs, so the robustness suite (TypeScript) can use the same synthetic plans.
export type Layout = 'own-line' | 'paren-line' | 'inline';
export const ROOT: string;
export const SEEDS_DIR: string;
export const FIXTURES_DIR: string;
export const LAYOUTS: Layout[];
export const SIZES: number[];
export const BOX: 'box';
export const BOX_SIZES: number[];
export function vocabulary(): {
  tasks: string[];
  clauses: string[];
  unitLists: string[];
  leadUnits: string[];
  chapters: string[];
  groups: string[];
  leaders: string[];
  deadlines: string[];
};
export function rng(seed: number): () => number;
export function chineseNumeral(n: number): string;
export function generatePlan(o: { layout: Layout; tasks: number; seed?: number; eol?: string }): string;
export function fixturePath(layout: Layout | 'box', tasks: number, seed?: number): string;
export function writeFixtures(o?: { sizes?: number[]; extra?: number[] }): string[];
export function generateBoxTable(o: { tasks: number; seed?: number; eol?: string }): string;
