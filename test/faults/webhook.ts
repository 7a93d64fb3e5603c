import { signBody } from '../../src/moderation/signatureMatches.js';

export const PAGE_ID = '104729381234567';

/** Comments that call for a person (questions, complaints, insults), so every one of them is alerted. */
const TEXTS = [
  'Bonjour, quand ouvre la piscine municipale cet été?',
  'Mon bac de recyclage n’a pas été ramassé depuis deux semaines, à qui dois-je m’adresser?',
  'Est-ce que la collecte des encombrants passe encore en mai?',
  'Pourquoi la rue Principale est-elle encore fermée?',
];

/** A Meta Page `feed` delivery for one new comment, as the webhook fixtures show it. */
export function feedBody(n: number, createdAt = Math.floor(Date.parse('2026-03-03T15:00:00Z') / 1000) + n): string {
  const post = `${PAGE_ID}_882731009182736`;
  return JSON.stringify({
    object: 'page',
    entry: [
      {
        id: PAGE_ID,
        time: createdAt + 1,
        changes: [
          {
            field: 'feed',
            value: {
              from: { id: `61203948573${String(n).padStart(5, '0')}`, name: `Citoyen ${n}` },
              message: `${TEXTS[n % TEXTS.length]} (n° ${n})`,
              post_id: post,
              comment_id: `882731009182736_${1290384756100000 + n}`,
              created_time: createdAt,
              item: 'comment',
              parent_id: post,
              verb: 'add',
            },
          },
        ],
      },
    ],
  });
}

export const itemIdFor = (n: number) => `facebook:882731009182736_${1290384756100000 + n}`;

/** Posts one signed delivery; resolves with the HTTP status (never throws on a refused connection: 0). */
export async function deliver(baseUrl: string, body: string, secret: string): Promise<number> {
  try {
    const res = await fetch(`${baseUrl}/webhooks/facebook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signBody(body, secret) },
      body,
    });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}
