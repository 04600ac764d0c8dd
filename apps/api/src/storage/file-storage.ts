// Where uploaded files live. Callers see keys and bytes only, so local disk (the default) and an S3-compatible
// store (production with several API instances) are interchangeable. Keys are made by the server, never taken
// from a request, and files are only served through a route that checks who may see them.
import { randomUUID } from 'node:crypto';

export interface FileStorage {
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The file's bytes, or undefined when there is no such file. */
  get(key: string): Promise<Uint8Array | undefined>;
  /** Removes the file; removing one that is not there is not an error. */
  delete(key: string): Promise<void>;
}

/** Lower-case path segments and one extension: nothing that could climb out of the store or name a device. */
export const STORAGE_KEY = /^[a-z0-9][a-z0-9-]{0,63}(\/[a-z0-9][a-z0-9-]{0,63}){0,4}\.[a-z0-9]{1,8}$/;

/** A fresh, unguessable key under a folder, e.g. `company-logos/<company id>/<uuid>.png`. */
export function newStorageKey(folder: string, extension: string): string {
  const key = `${folder}/${randomUUID()}.${extension}`;
  if (!STORAGE_KEY.test(key)) throw new Error(`Not a valid storage key: ${key}`);
  return key;
}
