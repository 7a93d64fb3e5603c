import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ChatSurface, DecisionOutcome } from '../../src/moderation/ChatSurface.js';
import type { AlertRef, Item } from '../../src/moderation/Item.js';
import type { Digest, Reminder } from '../../src/sla/types.js';

/** What the stand-in chat service saw, shared by every replica as one Slack workspace would be. */
export interface ChatRecord {
  /** `at`: when the alert arrived (Date.now() of the test process). */
  alerts: { itemId: string; replica: string; messageId: string; at: number }[];
  updates: { messageId: string; decision: string; replica: string; ok: boolean; duplicate?: boolean }[];
  reminders: { itemId: string; kind: string; replica: string }[];
  digests: { replica: string }[];
}

export interface ChatStandIn {
  url: string;
  record: ChatRecord;
  /** While set, every call answers this HTTP status (a chat service that is down). */
  failWith: number | undefined;
  /** Every alert for one item id, to count how many times it was alerted. */
  alertsFor(itemId: string): number;
  close(): Promise<void>;
}

/**
 * A local HTTP service standing in for the chat platform (as Slack's Web API would be): replicas, in this process
 * or in child processes, post their alerts to it, and the test counts what arrived.
 */
export async function chatStandIn(): Promise<ChatStandIn> {
  const record: ChatRecord = { alerts: [], updates: [], reminders: [], digests: [] };
  let seq = 0;
  const standIn: ChatStandIn = {
    url: '',
    record,
    failWith: undefined,
    alertsFor: (itemId) => record.alerts.filter((a) => a.itemId === itemId).length,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const answer = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      };
      if (standIn.failWith) return answer(standIn.failWith, { ok: false, error: 'service_unavailable' });
      let body: { itemId: string; replica: string; messageId: string; decision: string; ok: boolean; duplicate?: boolean; kind: string };
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return answer(400, { ok: false, error: 'invalid_json' });
      }
      switch (req.url) {
        case '/notify': {
          const messageId = `m-${++seq}`;
          record.alerts.push({ itemId: body.itemId, replica: body.replica, messageId, at: Date.now() });
          return answer(200, { ok: true, messageId });
        }
        case '/update':
          record.updates.push({
            messageId: body.messageId,
            decision: body.decision,
            replica: body.replica,
            ok: body.ok,
            ...(body.duplicate ? { duplicate: true } : {}),
          });
          return answer(200, { ok: true });
        case '/remind':
          record.reminders.push({ itemId: body.itemId, kind: body.kind, replica: body.replica });
          return answer(200, { ok: true });
        case '/digest':
          record.digests.push({ replica: body.replica });
          return answer(200, { ok: true });
        default:
          return answer(404, { ok: false, error: 'unknown_method' });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  standIn.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return standIn;
}

/** The replica's side: a ChatSurface that posts to the stand-in over HTTP, as the Slack surface posts to Slack. */
export function httpChatSurface(chatUrl: string, replica: string, name = 'slack'): ChatSurface {
  const post = async (method: string, body: Record<string, unknown>) => {
    const res = await fetch(`${chatUrl}/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...body, replica }),
    });
    const json = (await res.json().catch(() => ({}))) as { ok?: boolean; messageId?: string; error?: string };
    if (!res.ok || !json.ok) throw new Error(`chat ${method} failed: ${res.status} ${json.error ?? ''}`.trim());
    return json;
  };
  return {
    name,
    async notify(item: Item): Promise<AlertRef> {
      const { messageId } = await post('notify', { itemId: item.id, verdict: item.verdict });
      return { surface: name, channel: 'C-standin', messageId: messageId! };
    },
    async update(ref: AlertRef, outcome: DecisionOutcome) {
      await post('update', { messageId: ref.messageId, decision: outcome.decision, ok: outcome.ok, duplicate: outcome.duplicate });
    },
    async remind(reminder: Reminder) {
      await post('remind', { itemId: reminder.item.id, kind: reminder.kind });
    },
    async digest(_digest: Digest) {
      await post('digest', {});
    },
  };
}
