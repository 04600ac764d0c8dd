// Files on local disk under one folder (DATA_DIR/uploads): for a single machine, development and tests.
// Writes go to a temporary name first and are renamed into place, so a reader never sees half a file.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { STORAGE_KEY, type FileStorage } from './file-storage.ts';

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

export function createLocalDiskStorage(root: string, options: { webRoot?: string | undefined } = {}): FileStorage {
  const folder = resolve(root);
  // Uploads must never be reachable as static files, whatever the configuration says.
  if (options.webRoot) {
    const webRoot = resolve(options.webRoot);
    if (isInside(webRoot, folder) || isInside(folder, webRoot)) {
      throw new Error(`The upload folder ${folder} must not be inside, or contain, the web root ${webRoot}.`);
    }
  }
  const pathOf = (key: string) => {
    if (!STORAGE_KEY.test(key)) throw new Error('Not a valid storage key.');
    return join(folder, ...key.split('/'));
  };
  return {
    async put(key, bytes) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true, mode: 0o700 });
      const temporary = `${path}.${randomBytes(6).toString('hex')}.part`;
      try {
        await writeFile(temporary, bytes, { mode: 0o600, flag: 'wx' });
        await rename(temporary, path);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
    async get(key) {
      try {
        return new Uint8Array(await readFile(pathOf(key)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
