import { describe, expect, it } from 'vitest';
import { requestCards } from './explorer-data.js';
import type { RequestRow } from './requests.js';

const row = (over: Partial<RequestRow> & Pick<RequestRow, 'id' | 'role' | 'status'>): RequestRow => ({
  address: '127.0.0.1:1/b/weft:assets:Get:k',
  sourceNetwork: 'b',
  requestingNetwork: 'a',
  requestingOrg: 'Org1MSP',
  nonce: 'n',
  confidential: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  deadline: '2026-01-01T00:01:00.000Z',
  attempts: 0,
  retried: 0,
  history: [],
  ...over,
});

const noTrust = () => undefined;

describe('requests joined across the two relays', () => {
  it("joins a client's request with the source relay's, also a retried attempt's, and keeps strangers apart", async () => {
    const cards = await requestCards(
      [
        [
          row({ id: 'r1', role: 'outbound', status: 'COMPLETED', createdAt: '2026-01-01T00:00:02.000Z' }),
          row({ id: 'r2', role: 'outbound', status: 'COMPLETED', retried: 1 }),
        ],
        [
          row({ id: 'r1', role: 'inbound', status: 'DELIVERED', origin: 'a' }),
          row({ id: 'r2.r1', role: 'inbound', status: 'DELIVERED', origin: 'a' }),
          // Another network's request under the same id: not a's.
          row({ id: 'r1', role: 'inbound', status: 'AT_DRIVER', origin: 'c', requestingNetwork: 'c' }),
        ],
      ],
      noTrust,
    );
    const byKey = new Map(cards.map((c) => [`${c.from}/${c.id}`, c]));
    expect(byKey.get('a/r1')).toMatchObject({
      outbound: { status: 'COMPLETED' },
      inbound: { status: 'DELIVERED' },
    });
    expect(byKey.get('a/r2')).toMatchObject({ inbound: { id: 'r2.r1' } });
    expect(byKey.get('c/r1')).toMatchObject({ inbound: { status: 'AT_DRIVER' } });
    expect(byKey.get('c/r1')?.outbound).toBeUndefined();
    expect(cards).toHaveLength(3);
    // Newest first; the view part of the address shown alone.
    expect(cards[0]!.id).toBe('r1');
    expect(cards[0]!.view).toBe('weft:assets:Get:k');
  });

  it('says a held view cannot be verified when nothing is recorded of its source', async () => {
    const held = row({
      id: 'r1',
      role: 'outbound',
      status: 'COMPLETED',
      certificate: 'pem',
      view: { proofType: 'Notarization', data: 'AAAA' },
    });
    const [card] = await requestCards([[held]], noTrust);
    expect(card!.check).toMatchObject({ verified: false, failure: 'NOT_FOUND' });
    expect(card!.outbound).not.toHaveProperty('view');
    expect(card!.outbound).not.toHaveProperty('certificate');
  });
});
