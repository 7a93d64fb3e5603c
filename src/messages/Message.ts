import type { Lang } from '../policy/types.js';
import { catalogue, type MessageCode } from './catalogue.js';

type ParamsOf<C extends MessageCode> = Parameters<(typeof catalogue)[C]['fr']>[0];

/** A sentence to say, not yet in a language: its catalogue code and parameters. Surfaces render it for their reader. */
export type Message = {
  [C in MessageCode]: ParamsOf<C> extends undefined ? { code: C; params?: undefined } : { code: C; params: ParamsOf<C> };
}[MessageCode];

/** The message `code` with its parameters (none for a sentence without). */
export function message<C extends MessageCode>(code: C, ...params: ParamsOf<C> extends undefined ? [] : [ParamsOf<C>]): Message {
  return { code, params: params[0] } as Message;
}

/** The message in the reader's language. */
export function render(m: Message, lang: Lang): string {
  return (catalogue[m.code][lang] as (p: unknown) => string)(m.params);
}

/** The sentence `code` in `lang`, said at once: `say('fr', 'choice.hide')`, `say(lang, 'alert.number', { n: 5 })`. */
export function say<C extends MessageCode>(lang: Lang, code: C, ...params: ParamsOf<C> extends undefined ? [] : [ParamsOf<C>]): string {
  return (catalogue[code][lang] as (p: unknown) => string)(params[0]);
}

/** Whether a value is a message (e.g. a code arriving from a store written by an earlier version). */
export function isMessage(v: unknown): v is Message {
  return typeof v === 'object' && v !== null && typeof (v as { code?: unknown }).code === 'string' && (v as { code: string }).code in catalogue;
}
