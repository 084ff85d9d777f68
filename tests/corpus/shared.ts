// Corpus tests read ../shared (labelled and real-world pages). Outside this workplace that folder
// is absent: the tests then skip, visibly, with this reason.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SHARED = resolve(__dirname, '..', '..', '..', 'shared');
export const LABELED = join(SHARED, 'corpus', 'labeled');
export const REAL = join(SHARED, 'corpus', 'real');
export const EVAL_TOOL = join(SHARED, 'tools', 'eval-labeled.mjs');
export const HAS_SHARED = existsSync(LABELED) && existsSync(REAL);
export const SKIP_REASON = `../shared is absent (${SHARED}): corpus tests skipped`;
if (!HAS_SHARED) console.warn(SKIP_REASON);
