import { describe, expect, it } from 'vitest';
import { renderForConsole } from '../../src/channels/console/render.ts';
import { cleanInbound, cleanName, cleanText } from '../../src/core/hygiene.ts';
import { buildConversation } from '../helpers/conversation.ts';
import { createTestDb } from '../helpers/db.ts';
import { plain, sender, text } from '../helpers/messages.ts';

const escape = 'Eve\u001b[2J\u001b]0;PWNED\u0007';

describe('input hygiene', () => {
  it.each([
    ['terminal escapes and a bell', escape, 'Eve[2J]0;PWNED'],
    ['NUL and DEL', 'a\u0000b\u007Fc', 'abc'],
    ['C1 controls', 'x\u0085y\u009Bz', 'xyz'],
    ['a lone surrogate', 'ok\uD800!', 'ok!'],
    ['CR LF becomes a newline; tabs and newlines stay', 'l1\r\nl2\r\tl3', 'l1\nl2\n\tl3'],
    ['Arabic, emoji and isolates stay', 'مرحبا 👋 \u2068Sfax\u2069', 'مرحبا 👋 \u2068Sfax\u2069'],
  ])('cleanText: %s', (_name, input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });

  it('names are one line, at most 80 characters', () => {
    expect(cleanName('Amel\nBen\tSalah')).toBe('Amel Ben Salah');
    expect(cleanName('x'.repeat(200))).toHaveLength(80);
  });

  it('cleans the text, the caption and the sender of an inbound message', () => {
    const from = sender({ displayName: escape });
    const cleaned = cleanInbound({ ...text(from, `/start${'\u0000'}`), from });
    expect(cleaned.from.displayName).toBe('Eve[2J]0;PWNED');
    expect(cleaned.kind === 'text' && cleaned.text).toBe('/start');
  });

  it('the console never prints control characters, whatever was stored', () => {
    const out = renderForConsole({ kind: 'text', text: `• ${escape} — participant` });
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(out).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/);
    expect(out).toContain('Eve');
  });

  it('stores names and answers without control characters, and refuses a text over 4,096 characters', async () => {
    const t = await createTestDb();
    try {
      const handle = buildConversation(t.db);
      const from = sender({ externalId: 'eve', displayName: escape });
      await handle(text(from, '/start'));
      const person = await t.db.person.findFirstOrThrow({ where: { identities: { some: { externalId: 'eve' } } } });
      expect(person.displayName).toBe('Eve[2J]0;PWNED');
      const long = plain(await handle(text(from, 'x'.repeat(5000))));
      expect(long).toContain('trop long');
      expect(long.replace(/\s/g, '')).toContain('4096');
    } finally {
      await t.cleanup();
    }
  });
});
