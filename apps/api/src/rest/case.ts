// The REST surface speaks snake_case JSON with ISO dates (the original Hotgigs API); the procedures speak
// camelCase with Date objects. These two functions are the whole translation, applied at the edge only.

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const camel = (key: string) => key.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** A procedure's answer as REST sends it: keys in snake_case at every depth, dates as ISO 8601 strings. */
export function toRest(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toRest);
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).flatMap(([key, v]) => (v === undefined ? [] : [[snake(key), toRest(v)]])));
  }
  return value;
}

/** A REST input as the procedures take it: keys in camelCase at every depth (values are left as they are). */
export function fromRest(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromRest);
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([key, v]) => [camel(key), fromRest(v)]));
  return value;
}

/** A field path as REST names it ("filters.salaryMin" -> "salary_min"): the procedure's nesting is not the endpoint's. */
export function restFieldName(path: string): string {
  return snake(path.split('.').at(-1) ?? path);
}
