// Files on local disk: what is put comes back, keys cannot climb out of the folder, uploads stay out of the web root.
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalDiskStorage, newStorageKey } from './index.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'hotgigs-storage-'));

describe('local disk storage', () => {
  it('puts, gets and deletes a file; a missing file is undefined and deleting it again is fine', async () => {
    const root = folder();
    const storage = createLocalDiskStorage(root);
    const key = newStorageKey('company-logos/abc', 'png');
    await storage.put(key, new Uint8Array([1, 2, 3]));
    expect(await storage.get(key)).toEqual(new Uint8Array([1, 2, 3]));
    // Written through a temporary name, nothing else is left behind.
    expect(readdirSync(join(root, 'company-logos', 'abc'))).toEqual([key.split('/').at(-1)]);
    await storage.delete(key);
    expect(await storage.get(key)).toBeUndefined();
    await storage.delete(key);
  });

  it.each(['../secret.png', 'a/../../b.png', '/etc/passwd', 'a\\b.png', 'UPPER.png', 'no-extension', 'a//b.png', ''])(
    'refuses the key %j',
    async (key) => {
      const storage = createLocalDiskStorage(folder());
      await expect(storage.put(key, new Uint8Array([1]))).rejects.toThrow('Not a valid storage key.');
      await expect(storage.get(key)).rejects.toThrow('Not a valid storage key.');
    },
  );

  it('refuses an upload folder inside the web root, or around it', () => {
    const root = folder();
    expect(() => createLocalDiskStorage(join(root, 'dist', 'uploads'), { webRoot: join(root, 'dist') })).toThrow(/must not be inside/);
    expect(() => createLocalDiskStorage(root, { webRoot: join(root, 'dist') })).toThrow(/must not be inside/);
    expect(() => createLocalDiskStorage(join(root, 'uploads'), { webRoot: join(root, 'dist') })).not.toThrow();
    expect(existsSync(join(root, 'uploads'))).toBe(false);
  });

  it('makes fresh, unguessable keys under a folder', () => {
    const a = newStorageKey('company-logos/x', 'webp');
    expect(a).toMatch(/^company-logos\/x\/[0-9a-f-]{36}\.webp$/);
    expect(newStorageKey('company-logos/x', 'webp')).not.toBe(a);
  });
});
