import * as fs from 'fs';
import * as path from 'path';
import { describe, expect, it } from 'vitest';
import { SEED, SEEDS_DIR } from '../helpers/seeds';

// The one documented read outside the repo: ../shared/seeds, the originals the copies come from.
const SHARED = path.resolve(__dirname, '../../../shared/seeds');

describe('seeds/ holds the shared seeds byte-for-byte', () => {
  for (const name of Object.values(SEED)) {
    it(name, () => {
      const ours = fs.readFileSync(path.join(SEEDS_DIR, name));
      expect(ours.length).toBeGreaterThan(1000);
      if (!fs.existsSync(SHARED)) {
        // CI always has ../shared; a developer's checkout without it still checks the copies exist.
        console.warn(`../shared/seeds not present; compared ${name} only for presence`);
        return;
      }
      expect(ours.equals(fs.readFileSync(path.join(SHARED, name)))).toBe(true);
    });
  }
});
