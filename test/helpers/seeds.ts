import * as fs from 'fs';
import * as path from 'path';

/** The real documents, read from the repo's own copy (kept byte-for-byte with ../shared/seeds). */
export const SEEDS_DIR = path.resolve(__dirname, '../../seeds');

export const SEED = {
  daxing2023: '000_bb9545a5710306fa.txt',
  caidian2023: '001_f25d7ef47833415f.txt',
  daxingReport: '002_21ef4edaad49e63b.txt',
  jiangxia2023: '003_e6966e7ac26a54e2.txt',
  yanqingReport: '004_c4f1182ef43108cd.txt',
} as const;

export function readSeed(name: string): string {
  return fs.readFileSync(path.join(SEEDS_DIR, name), 'utf8');
}

/** ASCII punctuation → full-width, as most drafts write it. `.` after a task number becomes `．`. */
export function toFullWidth(text: string): string {
  return text
    .replace(/:/g, '：')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/,/g, '，')
    .replace(/;/g, '；')
    .replace(/^(\s*\d+)\./gm, '$1．');
}

export function toCRLF(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}
