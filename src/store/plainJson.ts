/**
 * keyv's default serializer walks every value in JavaScript and parses with a reviver (to carry Buffers and
 * escape strings that start with ':'); Vigie stores plain JSON only, and listing 100,000 items spent most of its
 * time there. Plain JSON.stringify / JSON.parse, for every namespace of both backends.
 */
export const plainJson = {
  serialize: (data: unknown): string => JSON.stringify(data),
  deserialize: (text: string) => JSON.parse(text) as { value?: never; expires?: number },
};

/** A raw keyv row's value, or undefined once expired. */
export function liveValue<T>(raw: string, now = Date.now()): T | undefined {
  const data = JSON.parse(raw) as { value?: T; expires?: number | null };
  if (typeof data.expires === 'number' && data.expires <= now) return undefined;
  return data.value;
}
