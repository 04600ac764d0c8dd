// The file store this process uses (see file-storage.ts for the interface every store implements).
import { resolve } from 'node:path';
import type { Env } from '../env.ts';
import type { FileStorage } from './file-storage.ts';
import { createLocalDiskStorage } from './local-disk.ts';

export { newStorageKey, STORAGE_KEY, type FileStorage } from './file-storage.ts';
export { createLocalDiskStorage } from './local-disk.ts';

/** Local disk under DATA_DIR/uploads: outside the web app's folder, served only through permission-checked routes. */
export function storageFor(env: Env): FileStorage {
  return createLocalDiskStorage(resolve(env.DATA_DIR, 'uploads'), { webRoot: env.WEB_DIST_DIR || undefined });
}
