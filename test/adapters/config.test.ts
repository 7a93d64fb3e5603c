import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, wantsConsole } from '../../adapters/config.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('gives sensible defaults with nothing set', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.store).toBe('./data/vigie.sqlite');
    expect(c.slack).toBeUndefined();
    expect(c.teams.appType).toBe('MultiTenant');
    expect(c.moderators).toEqual([]);
    expect(c.dryRun).toBe(false);
    expect(c.metricsToken).toBeUndefined();
    expect(c.logFormat).toBe('text');
    expect(wantsConsole(c, true)).toBe(true);
  });

  it('reads every documented variable', () => {
    const c = loadConfig({
      PORT: '0',
      SLACK_SIGNING_SECRET: 'sig',
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_CHANNEL: 'C0123',
      SLACK_API_URL: 'http://127.0.0.1:9/api/',
      MicrosoftAppId: 'app',
      MicrosoftAppPassword: 'pw',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: 'tenant',
      FACEBOOK_APP_SECRET: 'fbsecret',
      FACEBOOK_VERIFY_TOKEN: 'verify',
      FACEBOOK_PAGE_TOKEN: 'page',
      FACEBOOK_GRAPH_URL: 'https://graph.facebook.com/v21.0',
      VIGIE_POLICY: 'senneterre',
      VIGIE_STORE: 'redis://127.0.0.1:6379',
      VIGIE_MODERATORS: 'slack:U1, teams:aad-2,,console',
      VIGIE_DRY_RUN: 'true',
      VIGIE_CONSOLE: '1',
      VIGIE_ROUTING: 'routing.yml',
      VIGIE_WEBHOOK_SECRET: 'hook',
    });
    expect(c.port).toBe(0);
    expect(c.slack).toEqual({ signingSecret: 'sig', botToken: 'xoxb-1', channel: 'C0123', apiUrl: 'http://127.0.0.1:9/api/' });
    expect(c.teams).toEqual({ appId: 'app', appPassword: 'pw', appType: 'SingleTenant', tenantId: 'tenant', local: false });
    expect(c.facebook.pageToken).toBe('page');
    expect(c.policy).toBe('senneterre');
    expect(c.store).toBe('redis://127.0.0.1:6379');
    expect(c.moderators).toEqual(['slack:U1', 'teams:aad-2', 'console']);
    expect(c.dryRun).toBe(true);
    expect(c.routing).toBe('routing.yml');
    expect(c.webhookSecret).toBe('hook');
    expect(wantsConsole(c, false)).toBe(true);
  });

  it('refuses a moderator id that names no surface, saying the new form', () => {
    expect(problemsOf({ VIGIE_MODERATORS: 'U0JULIE, teams:aad-1, aad-2, mail:x' })).toEqual([
      "VIGIE_MODERATORS: 'U0JULIE' names no surface (a Slack id? write slack:U0JULIE): write slack:<Slack user id>, teams:<Microsoft Entra object id> or console",
      "VIGIE_MODERATORS: 'aad-2' names no surface: write slack:<Slack user id>, teams:<Microsoft Entra object id> or console",
      "VIGIE_MODERATORS: 'mail:x' names no surface: write slack:<Slack user id>, teams:<Microsoft Entra object id> or console",
    ]);
  });

  it('reads VIGIE_TEAMS_LOCAL, and refuses it beside an app id', () => {
    expect(loadConfig({}).teams.local).toBe(false);
    expect(loadConfig({ VIGIE_TEAMS_LOCAL: '1' }).teams.local).toBe(true);
    expect(problemsOf({ VIGIE_TEAMS_LOCAL: '1', MicrosoftAppId: 'a', MicrosoftAppPassword: 'p' })).toEqual([
      'VIGIE_TEAMS_LOCAL: only without MicrosoftAppId (with an app id every Teams request is authenticated)',
    ]);
  });

  it('turns the console off when chat credentials are present, unless forced', () => {
    expect(wantsConsole(loadConfig({ SLACK_SIGNING_SECRET: 's', SLACK_BOT_TOKEN: 'xoxb-1' }), true)).toBe(false);
    expect(wantsConsole(loadConfig({ MicrosoftAppId: 'a', MicrosoftAppPassword: 'p' }), true)).toBe(false);
    expect(wantsConsole(loadConfig({ MicrosoftAppId: 'a', MicrosoftAppPassword: 'p', VIGIE_CONSOLE: 'yes' }), false)).toBe(true);
    expect(wantsConsole(loadConfig({ VIGIE_CONSOLE: '0' }), true)).toBe(false);
  });

  it('runs headless when standard input is not a terminal (a process manager, a container), unless forced', () => {
    expect(wantsConsole(loadConfig({}), false)).toBe(false);
    expect(wantsConsole(loadConfig({ VIGIE_CONSOLE: '1' }), false)).toBe(true);
  });

  it('reads VIGIE_METRICS_TOKEN and VIGIE_LOG_FORMAT, and says what is wrong with them', () => {
    const c = loadConfig({ VIGIE_METRICS_TOKEN: 'a-long-enough-scrape-token', VIGIE_LOG_FORMAT: 'JSON' });
    expect(c.metricsToken).toBe('a-long-enough-scrape-token');
    expect(c.logFormat).toBe('json');
    expect(problemsOf({ VIGIE_METRICS_TOKEN: 'short', VIGIE_LOG_FORMAT: 'xml' })).toEqual([
      'VIGIE_METRICS_TOKEN: at least 16 characters (e.g. openssl rand -hex 24)',
      'VIGIE_LOG_FORMAT: must be text or json',
    ]);
  });

  it('treats blank values as unset', () => {
    const c = loadConfig({ PORT: '', SLACK_BOT_TOKEN: '  ', FACEBOOK_GRAPH_URL: '', VIGIE_DRY_RUN: '' });
    expect(c.port).toBe(3000);
    expect(c.slack).toBeUndefined();
    expect(c.dryRun).toBe(false);
  });

  it('lists every problem at once, naming the variable', () => {
    const problems = problemsOf({
      PORT: '70000',
      SLACK_BOT_TOKEN: 'not-a-token',
      FACEBOOK_GRAPH_URL: 'ftp://example.org',
      VIGIE_DRY_RUN: 'maybe',
      MicrosoftAppType: 'Whatever',
    });
    expect(problems.map((p) => p.split(':')[0])).toEqual(
      expect.arrayContaining(['PORT', 'SLACK_BOT_TOKEN', 'FACEBOOK_GRAPH_URL', 'VIGIE_DRY_RUN', 'MicrosoftAppType', 'SLACK_SIGNING_SECRET']),
    );
    expect(problems).toHaveLength(6);
  });

  it('refuses half configurations with advice', () => {
    const problems = problemsOf({
      SLACK_SIGNING_SECRET: 's',
      MicrosoftAppId: 'a',
      MicrosoftAppType: 'SingleTenant',
      FACEBOOK_PAGE_TOKEN: 't',
      VIGIE_STORE: 'postgres://db/vigie',
    });
    expect(problems).toEqual([
      expect.stringMatching(/^SLACK_BOT_TOKEN: missing/),
      expect.stringMatching(/^MicrosoftAppPassword: missing/),
      expect.stringMatching(/^MicrosoftAppTenantId: missing/),
      expect.stringMatching(/^FACEBOOK_APP_SECRET: missing/),
      expect.stringMatching(/^VIGIE_STORE: must be a SQLite file path \(or sqlite:\/\/path\) or a redis:\/\/ URL/),
    ]);
  });

  it('accepts the store forms openStore knows', () => {
    for (const store of ['data/x.sqlite', '/tmp/v.sqlite', 'sqlite://data/x.sqlite', 'redis://127.0.0.1:6379/0', 'rediss://cache:6380']) {
      expect(loadConfig({ VIGIE_STORE: store }).store).toBe(store);
    }
  });

  it('formats one message with a line per problem', () => {
    try {
      loadConfig({ PORT: 'x', VIGIE_CONSOLE: 'perhaps' });
      expect.unreachable();
    } catch (e) {
      const lines = (e as Error).message.split('\n');
      expect(lines[0]).toBe('Configuration invalide :');
      expect(lines.slice(1)).toEqual([expect.stringMatching(/^ {2}- PORT: /), expect.stringMatching(/^ {2}- VIGIE_CONSOLE: /)]);
    }
  });
});
