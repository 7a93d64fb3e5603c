import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { alertBlocks } from '../../../adapters/slack/blocks/alertBlocks.js';
import { exceptionModal } from '../../../adapters/slack/blocks/exceptionModal.js';
import { replyModal } from '../../../adapters/slack/blocks/replyModal.js';
import { createSlack, SLACK_EVENTS_PATH, type Slack } from '../../../adapters/slack/createSlack.js';
import { lookFor } from '../../../adapters/slack/lookFor.js';
import { testContext, type TestContext } from '../../helpers/testContext.js';
import { storedItem } from './slackHarness.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const url = z.url({ protocol: /^https$/ });

// The shape Slack's manifest importer accepts, with the limits @slack/web-api's Manifest type documents.
const manifestSchema = z.object({
  _metadata: z.object({ major_version: z.literal(2), minor_version: z.number().int() }),
  display_information: z.object({
    name: z.string().min(1).max(35),
    description: z.string().max(140).optional(),
    long_description: z.string().min(174).max(4000).optional(),
    background_color: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/)
      .optional(),
  }),
  features: z.object({
    bot_user: z.object({ display_name: z.string().regex(/^[a-z0-9._-]{1,80}$/), always_online: z.boolean().optional() }),
    slash_commands: z
      .array(
        z.object({
          command: z.string().regex(/^\/[\w-]{1,31}$/),
          url,
          description: z.string().min(1).max(2000),
          usage_hint: z.string().max(1000).optional(),
          should_escape: z.boolean().optional(),
        }),
      )
      .max(50),
    shortcuts: z
      .array(
        z.object({
          name: z.string().min(1),
          type: z.enum(['global', 'message']),
          callback_id: z.string().max(255),
          description: z.string().max(150),
        }),
      )
      .max(10),
  }),
  oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()).max(255) }) }),
  settings: z.object({
    event_subscriptions: z.object({ request_url: url, bot_events: z.array(z.string()).min(1).max(100) }).optional(),
    interactivity: z.object({ is_enabled: z.boolean(), request_url: url.optional() }),
    org_deploy_enabled: z.boolean(),
    socket_mode_enabled: z.literal(false),
    token_rotation_enabled: z.boolean(),
  }),
});

// Which bot scope each Web API method the code calls needs (api.slack.com/methods); views.* need none.
const METHOD_SCOPES: Record<string, string | null> = {
  'chat.postMessage': 'chat:write',
  'chat.update': 'chat:write',
  'chat.postEphemeral': 'chat:write',
  'users.info': 'users:read',
  'views.open': null,
};
const EVENT_SCOPES: Record<string, string> = { app_mention: 'app_mentions:read' };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

let t: TestContext;
let slack: Slack;
beforeAll(async () => {
  t = await testContext({ surfaces: [] });
  slack = createSlack(t.ctx, { signingSecret: 's', botToken: 'xoxb-x' });
});
afterAll(() => t.close());

const manifest = manifestSchema.parse(parse(readFileSync(join(root, 'manifest.yml'), 'utf8')));

describe('manifest.yml', () => {
  it('is a valid app manifest', () => {
    expect(manifest.display_information.name).toBe('Vigie');
  });

  it('declares exactly the slash commands the code registers', () => {
    expect(manifest.features.slash_commands.map((c) => c.command).sort()).toEqual([...slack.registered.commands].sort());
  });

  it('tells in the usage hint that /checkpost checks a draft post unless --comment, as the code does', () => {
    const hint = manifest.features.slash_commands.find((c) => c.command === '/checkpost')?.usage_hint ?? '';
    expect(hint).toMatch(/^\[--comment\] \[--policy ID\] TEXTE/);
    expect(hint).toContain('un projet de publication, sinon --comment');
    expect(hint).not.toContain('--post');
  });

  it('declares exactly the shortcuts the code registers, as message shortcuts', () => {
    expect(manifest.features.shortcuts.map((s) => s.callback_id).sort()).toEqual([...slack.registered.shortcuts].sort());
    expect(manifest.features.shortcuts.every((s) => s.type === 'message')).toBe(true);
  });

  it('subscribes to exactly the events the code listens to', () => {
    expect([...(manifest.settings.event_subscriptions?.bot_events ?? [])].sort()).toEqual([...slack.registered.events].sort());
  });

  it('sends commands, interactivity and events to the one endpoint the receiver serves', () => {
    const urls = [
      ...manifest.features.slash_commands.map((c) => c.url),
      manifest.settings.interactivity.request_url,
      manifest.settings.event_subscriptions?.request_url,
    ];
    for (const u of urls) expect(new URL(u!).pathname).toBe(SLACK_EVENTS_PATH);
    const interactive = slack.registered.actions.length + slack.registered.shortcuts.length + slack.registered.views.length > 0;
    expect(manifest.settings.interactivity.is_enabled).toBe(interactive);
  });

  it('asks for exactly the scopes the code needs: the Web API methods it calls, commands and events', () => {
    const methods = new Set<string>();
    for (const file of sourceFiles(join(root, 'adapters/slack'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/client\s*\.\s*(\w+)\s*\.\s*(\w+)\s*\(/g)) methods.add(`${m[1]}.${m[2]}`);
    }
    expect([...methods].sort()).toEqual(Object.keys(METHOD_SCOPES).sort());
    const needed = new Set<string>();
    for (const m of methods) if (METHOD_SCOPES[m]) needed.add(METHOD_SCOPES[m]!);
    if (slack.registered.commands.length) needed.add('commands');
    for (const e of slack.registered.events) needed.add(EVENT_SCOPES[e]!);
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...needed].sort());
  });

  it('the registered actions are exactly the buttons the alerts carry, and the views are the reply and exception modals', async () => {
    const item = await storedItem(t, 'Calice, ça fait deux semaines que j’attends mon chèque', { needsReply: true });
    const blocks = alertBlocks(item, lookFor(t.ctx, item.policyId));
    const buttons = blocks.flatMap((b) => (b.type === 'actions' ? b.elements.map((e) => (e as { action_id: string }).action_id) : []));
    expect(buttons.sort()).toEqual([...slack.registered.actions].sort());
    expect(slack.registered.views).toEqual([
      replyModal(item, '', 'fr', { itemId: item.id }).callback_id,
      exceptionModal(item, 'fr', { itemId: item.id }).callback_id,
    ]);
  });
});
