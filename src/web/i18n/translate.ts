import type { en } from './en';

/** Dotted paths to every string in a dictionary, e.g. `'home.title'`. */
type KeyPaths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : KeyPaths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

type ValueAt<T, Path extends string> = Path extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? ValueAt<T[Head], Rest>
    : never
  : Path extends keyof T
    ? T[Path]
    : never;

type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** The shape every locale must satisfy: same keys as English, any wording. */
export type Messages = { readonly [K in keyof typeof en]: Widen<(typeof en)[K]> };
type Widen<T> = T extends string ? string : { readonly [K in keyof T]: Widen<T[K]> };

export type MessageKey = KeyPaths<typeof en>;
type ParamsFor<K extends MessageKey> = Record<Placeholders<ValueAt<typeof en, K>>, string | number>;

/** Only keys whose English text has `{placeholders}` take (and require) a params object. */
export type Translate = <K extends MessageKey>(
  key: K,
  ...params: [Placeholders<ValueAt<typeof en, K>>] extends [never] ? [] : [ParamsFor<K>]
) => string;

function lookup(messages: Messages, key: string): string {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  return typeof node === 'string' ? node : key;
}

export function createTranslate(messages: Messages): Translate {
  return (key, ...params) => {
    const values: Record<string, string | number> = params[0] ?? {};
    return lookup(messages, key).replace(/\{(\w+)\}/g, (match, name: string) =>
      name in values ? String(values[name]) : match,
    );
  };
}
