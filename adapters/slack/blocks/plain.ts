import type { types } from '@slack/bolt';
import { clip } from '../mrkdwn.js';

/** Block Kit text objects, clipped to Slack's limits so a long comment never makes Slack reject a whole message. */
export function plain(text: string, max = 150): types.PlainTextElement {
  return { type: 'plain_text', text: clip(text, max), emoji: true };
}

export function mrkdwn(text: string, max = 3000): types.MrkdwnElement {
  return { type: 'mrkdwn', text: clip(text, max) };
}

export function section(text: string): types.SectionBlock {
  return { type: 'section', text: mrkdwn(text) };
}

export function context(...texts: string[]): types.ContextBlock {
  return { type: 'context', elements: texts.slice(0, 10).map((t) => mrkdwn(t)) };
}
