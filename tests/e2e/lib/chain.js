// Facts of the chain and the repository the end-to-end suites share, defined once.

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** The digits dataset's shards, served to the workers by the development gateway. */
export const SHARDS_DIR = join(ROOT, 'datasets', 'digits', 'shards');
/** One CXT in planck (12 decimals). */
export const CXT = 10n ** 12n;
/** The fixed supply minted at genesis. */
export const TOTAL_SUPPLY = 100_000_000n * CXT;
/** The base fee per compute unit the suites order at. */
export const BASE_FEE = CXT / 1000n;
/** The width of the digits' samples. */
export const FEATURES = 64;
/** Exact agreement, no sampled replays. */
export const EXACT = { mode: 'Exact', replayRate: 0 };
