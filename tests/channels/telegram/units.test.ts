import { describe, expect, it } from 'vitest';
import { decodeTap, encodeTap, type TapAction } from '../../../src/channels/telegram/callback-data.ts';
import { parseMessage } from '../../../src/channels/telegram/inbound.ts';
import { buildKeyboard, layout, marksFrom, setMark } from '../../../src/channels/telegram/keyboard.ts';
import { menuFor } from '../../../src/channels/telegram/menu.ts';
import { renderOutbound } from '../../../src/channels/telegram/render.ts';
import { splitText, truncate } from '../../../src/channels/telegram/split.ts';
import { createConfig, type ConfigError } from '../../../src/config.ts';
import { createI18n } from '../../../src/core/i18n.ts';
import type { OutboundMessage } from '../../../src/core/messages.ts';

const promptId = 'q:cm3xk2l9p0000abcdefghijk:q_reception_hours'.slice(0, 40);

describe('callback data', () => {
  it.each<[TapAction, string]>([
    [{ op: 'pick', item: { value: 'yes' } }, `${promptId}|c=yes`],
    [{ op: 'select', item: { value: 'survey' } }, `${promptId}|+=survey`],
    [{ op: 'unselect', item: { index: 12 } }, `${promptId}|-#12`],
    [{ op: 'validate' }, `${promptId}|ok`],
    [{ op: 'page', page: 3 }, `${promptId}|p3`],
    [{ op: 'noop' }, `${promptId}|_`],
  ])('%o round-trips within 64 bytes', (action, data) => {
    expect(encodeTap(promptId, action)).toBe(data);
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    expect(decodeTap(data)).toEqual({ promptId, action });
  });

  it('names a choice by index when its value does not fit', () => {
    const data = encodeTap(promptId, { op: 'pick', item: { value: 'a_value_far_too_long_for_the_payload' } }, 7);
    expect(data).toBe(`${promptId}|c#7`);
  });

  it.each([undefined, '', 'no-bar', '|c=x', 'p|zz', 'p|c#x'])('refuses %s', (data) => {
    expect(decodeTap(data)).toBeNull();
  });
});

describe('splitText', () => {
  it('keeps a short text whole and splits a long one on paragraphs, then lines, then spaces', () => {
    expect(splitText('court')).toEqual(['court']);
    const paragraphs = ['a'.repeat(3000), 'b'.repeat(3000), 'c'.repeat(100)].join('\n\n');
    expect(splitText(paragraphs)).toEqual(['a'.repeat(3000), `${'b'.repeat(3000)}\n\n${'c'.repeat(100)}`]);
    const words = Array.from({ length: 2000 }, (_, i) => `mot${i}`).join(' ');
    const parts = splitText(words, 4096);
    expect(parts.every((p) => p.length <= 4096)).toBe(true);
    expect(parts.join(' ')).toBe(words);
  });

  it('never cuts an emoji in half', () => {
    const parts = splitText('😀'.repeat(3000));
    expect(parts.join('')).toBe('😀'.repeat(3000));
    expect(parts.every((p) => p.length <= 4096 && !/[\uD800-\uDBFF]$/.test(p))).toBe(true);
    expect(truncate('abcdef', 4)).toBe('abc…');
  });
});

describe('keyboards', () => {
  const choices = (n: number, label: (i: number) => string) =>
    Array.from({ length: n }, (_, i) => ({ value: `v${i}`, label: label(i) }));

  it.each([
    [choices(10, (i) => String(i)), 8],
    [choices(3, () => 'Oui'), 6],
    [choices(4, () => 'Français'), 3],
    [choices(4, () => 'Commune numéro 40'), 2],
    // Too long for a button: numbers on the buttons, rows of even length (3 + 3, 5 + 4).
    [choices(4, () => 'Une réponse vraiment très longue qui déborde du bouton'), 4],
    [choices(6, () => 'Une réponse vraiment très longue qui déborde du bouton'), 3],
    [choices(9, () => 'Une réponse vraiment très longue qui déborde du bouton'), 5],
  ])('lays out %#: per row %i', (list, perRow) => {
    expect(layout(list).perRow).toBe(perRow);
    const keyboard = buildKeyboard(
      { promptId: 'p', choices: list, multiple: false },
      { page: 0, selected: new Set(), validateLabel: 'OK' },
    );
    expect(Math.max(...keyboard.inline_keyboard.map((r) => r.length))).toBe(Math.min(perRow, list.length));
  });

  it('shows a list the core pages itself (keyed choices) whole: one page, its own « next » in sight', () => {
    // Ten teams of a broadcast's list, numbered on from the first page, and « - » / « + ».
    const teams = Array.from({ length: 10 }, (_, i) => ({
      value: `t${i}`,
      label: `Sidi Bouzid Ouest (c${11 + i})`,
      key: String(11 + i),
    }));
    const list = [
      ...teams,
      { value: 'page:0', label: 'Équipes précédentes', key: '-' },
      { value: 'page:2', label: 'Équipes suivantes', key: '+' },
    ];
    const keyboard = buildKeyboard(
      { promptId: 'bc:team:1', choices: list, multiple: false },
      { page: 0, selected: new Set(), validateLabel: 'OK' },
    );
    const texts = keyboard.inline_keyboard.flat().map((b) => b.text);
    expect(texts).toEqual(list.map((c) => c.label));
    // Without keys, the same labels are paged by the keyboard (8 a page): a question's choices.
    const unkeyed = buildKeyboard(
      { promptId: 'q', choices: list.map(({ value, label }) => ({ value, label })), multiple: false },
      { page: 0, selected: new Set(), validateLabel: 'OK' },
    );
    expect(unkeyed.inline_keyboard.flat().map((b) => b.text)).toContain('▶️');
  });

  it('reads and sets marks from the buttons alone', () => {
    const prompt = { promptId: 'm', choices: choices(3, (i) => `L${i}`), multiple: true };
    const keyboard = buildKeyboard(prompt, { page: 0, selected: new Set(['v1']), validateLabel: 'Valider' });
    expect(marksFrom(keyboard)).toEqual([{ item: { value: 'v1' }, label: 'L1' }]);
    const marked = setMark(keyboard, 'm|+=v2', true);
    expect(marksFrom(marked).map((m) => m.label)).toEqual(['L1', 'L2']);
  });
});

describe('rendering and parsing', () => {
  it('a notice is the toast of a tap, plain text otherwise', () => {
    const notice = [{ kind: 'notice' as const, text: 'Liste périmée' }];
    const options = { locale: 'fr' as const, validateLabel: () => 'Valider' };
    expect(renderOutbound(notice, { ...options, tap: true })).toEqual({ operations: [], toast: 'Liste périmée' });
    expect(renderOutbound(notice, options).operations).toEqual([{ kind: 'text', text: 'ℹ️ Liste périmée' }]);
  });

  it('a page turned by the core may replace the page tapped only when it fits one message', () => {
    const options = { locale: 'fr' as const, validateLabel: () => 'Valider' };
    const page = (text: string, replaces?: string): OutboundMessage[] => [
      {
        kind: 'choices',
        text,
        promptId: 'bc:coh:1',
        choices: [{ value: 'c1', label: 'Vague 1' }],
        ...(replaces ? { replaces } : {}),
      },
    ];
    const replacing = (text: string) => page(text, 'bc:coh:0');
    const [short] = renderOutbound(replacing('Quelle cohorte ? (page 2 sur 2)'), options).operations;
    expect(short).toMatchObject({ kind: 'text', replaces: 'bc:coh:0', prompt: { promptId: 'bc:coh:1' } });
    expect(renderOutbound(page('Quelle cohorte ?'), options).operations[0]).not.toHaveProperty('replaces');
    // Too long for one message: sent as new messages, the tapped one is left as it is.
    const long = renderOutbound(replacing(`${'Une ligne de texte.\n'.repeat(300)}Quelle cohorte ?`), options);
    expect(long.operations.length).toBeGreaterThan(1);
    expect(long.operations.some((op) => 'replaces' in op)).toBe(false);
  });

  it('keeps the largest photo and the document name', () => {
    const from = { id: 5, is_bot: false, first_name: 'Amel', language_code: 'ar' };
    const chat = { id: 5, type: 'private' as const, first_name: 'Amel' };
    const photo = parseMessage(9, {
      message_id: 1,
      date: 1,
      chat,
      from,
      photo: [
        { file_id: 's', file_unique_id: 's', width: 1, height: 1 },
        { file_id: 'L', file_unique_id: 'l', width: 9, height: 9 },
      ],
    });
    expect(photo).toMatchObject({
      id: '9',
      kind: 'photo',
      fileRef: 'L',
      from: { channel: 'telegram', externalId: '5', displayName: 'Amel', languageCode: 'ar' },
    });
  });

  it('builds the command menu from the /help lines in both languages', () => {
    const i18n = createI18n();
    const commands = [
      { name: 'lang', help: 'cmd-lang' },
      { name: 'hidden' },
      { name: 'مساعدة', help: 'cmd-help' },
      { name: 'reopen', help: 'cmd-help', access: 'coordinator' },
    ];
    expect(menuFor(i18n, 'fr', commands)).toEqual([{ command: 'lang', description: 'choisir la langue' }]);
    expect(menuFor(i18n, 'ar', commands)).toEqual([{ command: 'lang', description: 'اختيار اللغة' }]);
  });
});

describe('Telegram configuration', () => {
  it('polling by default; webhook needs its URL and secret; the token is never echoed', () => {
    const polling = createConfig({ TELEGRAM_BOT_TOKEN: '123:abc' });
    expect(polling.TELEGRAM_MODE).toBe('polling');
    expect(polling.TELEGRAM_API_ROOT).toBe('https://api.telegram.org');
    const webhook = createConfig({
      TELEGRAM_BOT_TOKEN: '123:abc',
      TELEGRAM_MODE: 'webhook',
      WEBHOOK_URL: 'https://x.tn/tg',
      WEBHOOK_SECRET: 'abcdefghij0123456789',
      PORT: '3000',
    });
    expect(webhook.PORT).toBe(3000);
    let caught: unknown;
    try {
      createConfig({
        TELEGRAM_BOT_TOKEN: 'not a token',
        TELEGRAM_MODE: 'webhook',
        WEBHOOK_URL: 'https://x.tn/tg',
        WEBHOOK_SECRET: 'short',
      });
    } catch (error) {
      caught = error;
    }
    const problems = (caught as ConfigError).problems.join('\n');
    expect(problems).toContain('TELEGRAM_BOT_TOKEN');
    expect(problems).toContain('WEBHOOK_SECRET');
    expect(problems).not.toContain('not a token');
    expect(problems).not.toContain('short');
  });
});
