// The portal's query strings, in a form people can read and paste: `/jobs?q="data engineer" -senior&remote=remote`.
// The web app's router parses and writes every page's search with these (apps/web/src/router.tsx), and the API
// builds the links it emails (the alert digests' "See all") with them, so both write the same URLs.
//
// The rule, for writing:
// - Text is written as it is, percent-encoded only where a URL needs it (space as `+`; `&`, `#`, `+`, `%`, `=`, `"`
//   and non-ASCII escaped; `/`, `:`, `@` and `,` left readable).
// - An array is the key repeated, one value each, in order: `remote=remote&remote=hybrid`; an empty one is left out.
// - A number or boolean is written as text (`page=2`, `includeRemote=true`); undefined and null are left out.
// - Text that would read back as something else (see below: `[1]`, or `"123"` with its quotes) is written as a JSON
//   string, `q=%22%5B1%5D%22`. Nothing else is ever JSON-quoted.
//
// And for reading (which also reads every URL TanStack Router's default JSON encoding wrote before, the same way):
// - A key given more than once is an array of its values; given once, a single value (the page's schema takes a
//   lone value for an array filter, see lenientArray in apps/web/src/features/search/search-params.ts).
// - `true`, `false` and numbers written the way JavaScript writes them (`2`, `-1.5`, not `02`) are booleans and
//   numbers. Text fields read them back as the text they were (`urlText` in apps/web/src/lib/url-params.ts).
// - A value that is a JSON array or object (`remote=["remote"]`, the old encoding) is that array or object.
// - A JSON string whose contents are themselves JSON (`"123"`, `"true"`, `"\"data engineer\""`) is those
//   contents: the old encoding JSON-quoted exactly those strings, and only those, so its links read as they did.
// - Anything else is the text itself, quotes included: `q="data engineer"` is the phrase search
//   `"data engineer"`. The old encoding never wrote that URL for the words `data engineer` (it wrote
//   `q=data+engineer`), so a quoted value that is not JSON inside is a phrase someone typed.

/** Whether `text` is valid JSON: what the old encoding JSON-quoted when it was the value of a string. */
function readsAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** `2`, `-1.5`, `1e+21`: the numbers JavaScript writes, and only them (`02`, `1.0` or `0x1` stay text). */
function isCanonicalNumber(text: string): boolean {
  if (text === '') return false;
  const number = Number(text);
  return Number.isFinite(number) && String(number) === text;
}

/** One value of a query string, decoded, as the page's schema receives it. */
export function readSearchValue(raw: string): unknown {
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  if (isCanonicalNumber(raw)) return Number(raw);
  const first = raw[0];
  if (first === '[' || first === '{') {
    try {
      const value: unknown = JSON.parse(raw);
      if (value !== null && typeof value === 'object') return value;
    } catch {
      // Text that starts with a bracket: "[remote] jobs".
    }
    return raw;
  }
  if (first === '"') {
    try {
      const inner: unknown = JSON.parse(raw);
      if (typeof inner === 'string' && readsAsJson(inner)) return inner;
    } catch {
      // A quoted phrase with more after it: `"data engineer" -senior`.
    }
  }
  return raw;
}

/** One value as the text of a query string (not yet percent-encoded); see the rule at the top. */
function writeSearchValue(value: unknown): string {
  if (typeof value === 'string') {
    const read = readSearchValue(value);
    // Text that reads as a number or boolean stays readable: the schemas of text fields take those back as text.
    return read === value || typeof read === 'number' || typeof read === 'boolean' ? value : JSON.stringify(value);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}

/** Percent-encoding for one key or value: form encoding (space as `+`), with `/ : @ ,` left as they are. */
function encodeComponent(text: string): string {
  return encodeURIComponent(text)
    .replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+')
    .replace(/%2F|%3A|%40|%2C/g, decodeURIComponent);
}

/** A search object as a query string: `?q=rust&remote=remote&remote=hybrid&page=2`, or '' for no values. */
export function stringifyUrlSearch(search: Record<string, unknown>): string {
  const pairs: string[] = [];
  for (const [key, value] of Object.entries(search)) {
    if (value === undefined || value === null) continue;
    const values: unknown[] = Array.isArray(value) ? value : [value];
    for (const item of values) {
      if (item === undefined || item === null) continue;
      pairs.push(`${encodeComponent(key)}=${encodeComponent(writeSearchValue(item))}`);
    }
  }
  return pairs.length ? `?${pairs.join('&')}` : '';
}

/** A query string (with or without its `?`) as a search object; see the rule at the top. */
export function parseUrlSearch(searchStr: string): Record<string, unknown> {
  const raws = new Map<string, string[]>();
  for (const [key, raw] of new URLSearchParams(searchStr)) {
    const values = raws.get(key);
    if (values) values.push(raw);
    else raws.set(key, [raw]);
  }
  // Object.fromEntries: a key named `__proto__` is a key like any other, never the object's prototype.
  return Object.fromEntries(
    [...raws].map(([key, values]) => [key, values.length === 1 ? readSearchValue(values[0]!) : values.map(readSearchValue)]),
  );
}
