// A reader for a zip's central directory, so a DOCX can be judged before anything is unpacked: how many entries,
// how many bytes they claim to unpack to, how well they claim to compress. And a check that inflates the entries
// a converter will read with a hard output cap, so a zip whose directory lies is caught too.
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export type ZipDirectory =
  | { ok: true; entries: ZipEntry[]; declaredEntries: number }
  | { ok: false; reason: 'not_zip' | 'unreadable' | 'zip64' | 'too_many_entries' };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Reads the central directory; stops (too_many_entries) once more than `maxEntries` entries are seen. */
export function readZipDirectory(bytes: Uint8Array, maxEntries = Infinity): ZipDirectory {
  if (!isZip(bytes)) return { ok: false, reason: 'not_zip' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, reason: 'unreadable' };
  const declaredEntries = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  // A resume never needs zip64 (over 65,535 entries or 4 GB); its markers are refused rather than followed.
  if (declaredEntries === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) return { ok: false, reason: 'zip64' };
  if (declaredEntries > maxEntries) return { ok: false, reason: 'too_many_entries' };
  if (cdOffset + cdSize > eocd) return { ok: false, reason: 'unreadable' };
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  let p = cdOffset;
  const end = cdOffset + cdSize;
  while (p < end) {
    if (p + 46 > end || view.getUint32(p, true) !== CENTRAL) return { ok: false, reason: 'unreadable' };
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    if (p + 46 + nameLength > end) return { ok: false, reason: 'unreadable' };
    const compressedSize = view.getUint32(p + 20, true);
    const uncompressedSize = view.getUint32(p + 24, true);
    const localHeaderOffset = view.getUint32(p + 42, true);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      return { ok: false, reason: 'zip64' };
    }
    entries.push({
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      method: view.getUint16(p + 10, true),
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
    });
    if (entries.length > maxEntries) return { ok: false, reason: 'too_many_entries' };
    p += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries, declaredEntries };
}

/**
 * Unpacks one entry with its output capped at `maxBytes` (and at what it declared): its bytes, or 'over' when it
 * unpacks to more, or 'unreadable'.
 */
export function readEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Uint8Array | 'over' | 'unreadable' {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) return 'unreadable';
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) return 'unreadable';
  if (entry.method === 0) return data.length > maxBytes ? 'over' : data;
  if (entry.method !== 8) return 'unreadable';
  const cap = Math.min(maxBytes, entry.uncompressedSize) + 1;
  try {
    const out = inflateRawSync(data, { maxOutputLength: cap });
    return out.length >= cap ? 'over' : new Uint8Array(out.buffer, out.byteOffset, out.length);
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return 'over';
    return 'unreadable';
  }
}

/** The number of bytes an entry unpacks to, capped as readEntry is. */
export function inflatedSize(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): number | 'over' | 'unreadable' {
  const out = readEntry(bytes, entry, maxBytes);
  return typeof out === 'string' ? out : out.length;
}
