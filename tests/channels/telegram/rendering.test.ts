import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainText, startHarness, type Harness } from './harness.ts';
import { pdfBytes, pngBytes, testFeature } from './test-feature.ts';

const buttonsOf = (
  m: { reply_markup?: { inline_keyboard?: { text: string; callback_data?: string }[][] } } | undefined,
) => m?.reply_markup?.inline_keyboard ?? [];

describe('Telegram rendering: multiple choice, long lists, long texts, files (stand-in over HTTP)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ features: [testFeature] });
  });
  afterAll(() => h.stop());

  it('multiple choice: numbered buttons (the hint says to send their numbers), ✅ toggled in place, one choice with every mark on "Valider"', async () => {
    const user = h.api.user(2001);
    await user.send('/tools');
    const [prompt] = await user.replies(1);
    const id = prompt?.message_id ?? 0;
    expect(
      buttonsOf(prompt)
        .flat()
        .map((b) => b.text),
    ).toEqual(['✅ 1. Enquête', '2. Registre', '3. Indicateurs', '4. Autre', '✔️ Valider']);

    await user.tapLabel('Registre');
    await h.api.waitFor(() => h.api.message(2001, id)?.edits === 1);
    await user.tapLabel('Autre');
    await h.api.waitFor(() => h.api.message(2001, id)?.edits === 2);
    await user.tapLabel('Enquête');
    await h.api.waitFor(() => h.api.message(2001, id)?.edits === 3);
    expect(
      buttonsOf(h.api.message(2001, id))
        .flat()
        .map((b) => b.text),
    ).toEqual(['1. Enquête', '✅ 2. Registre', '3. Indicateurs', '✅ 4. Autre', '✔️ Valider']);
    // Toggles alone send nothing to the person and nothing to the core.
    expect(h.api.sentMessages(2001)).toHaveLength(1);

    await user.tapLabel('Valider');
    const [reply] = await user.replies(1);
    expect(reply?.text).toBe('outils=register,a_very_long_choice_value_that_does_not_fit_in_callback_data');
    const answered = h.api.message(2001, id);
    expect(answered?.reply_markup).toBeUndefined();
    expect(answered?.text).toBe('Quels outils utilisez-vous ?\n\n✅ Registre, Autre');
  });

  it('a replayed toggle changes nothing', async () => {
    const user = h.api.user(2002);
    await user.send('/tools');
    const [prompt] = await user.replies(1);
    const id = prompt?.message_id ?? 0;
    const toggle = await user.tapLabel('Indicateurs');
    await h.api.waitFor(() => h.api.message(2002, id)?.edits === 1);
    await user.tapLabel('Indicateurs');
    await h.api.waitFor(() => h.api.message(2002, id)?.edits === 2);
    await h.api.pushUpdate(toggle);
    await user.callbackAnswer(toggle);
    await h.api.waitFor(
      () =>
        h.api
          .calls('answerCallbackQuery')
          .filter((c) => c.params.callback_query_id === (toggle.callback_query as { id: string }).id).length === 2,
    );
    expect(h.api.message(2002, id)?.edits).toBe(2);
    expect(
      buttonsOf(h.api.message(2002, id))
        .flat()
        .map((b) => b.text),
    ).toContain('3. Indicateurs');
  });

  it('a tap on an earlier question is refused with a toast; nothing is recorded', async () => {
    const user = h.api.user(2003);
    await user.send('/tools');
    const [old] = await user.replies(1);
    await user.send('/tools');
    await user.replies(1);
    const tap = await user.tap(old?.message_id ?? 0, buttonsOf(old).at(-1)?.[0]?.callback_data ?? '');
    const answer = await user.callbackAnswer(tap);
    expect(String(answer.params.text)).toContain("n'est plus d'actualité");
    expect(h.api.sentMessages(2003)).toHaveLength(2);
    expect(h.api.message(2003, old?.message_id ?? 0)?.reply_markup).toBeDefined();
  });

  it('a long list is paged: ▶️ edits the keyboard in place and a tap on page 2 answers', async () => {
    const user = h.api.user(2004);
    await user.send('/many');
    const [prompt] = await user.replies(1);
    const rows = buttonsOf(prompt);
    for (const row of rows) expect(row.length).toBeLessThanOrEqual(8);
    const first = rows.flat().filter((b) => b.text.startsWith('Commune'));
    expect(first.length).toBeLessThan(40);
    expect(rows.at(-1)?.map((b) => b.text)).toEqual(['1/3', '▶️']);
    await user.tapLabel('▶️');
    await h.api.waitFor(() => h.api.message(2004, prompt?.message_id ?? 0)?.edits === 1);
    expect(
      buttonsOf(h.api.message(2004, prompt?.message_id ?? 0))
        .at(-1)
        ?.map((b) => b.text),
    ).toEqual(['◀️', '2/3', '▶️']);
    await user.tapLabel('▶️');
    await h.api.waitFor(() => h.api.message(2004, prompt?.message_id ?? 0)?.edits === 2);
    await user.tapLabel('Commune numéro 40');
    const [reply] = await user.replies(1);
    expect(reply?.text).toBe('commune=c40');
    expect(h.api.message(2004, prompt?.message_id ?? 0)?.text).toContain('✅ Commune numéro 40');
  });

  it('in Arabic a long list turns the reading way: the next page is the arrow on the left, pointing left', async () => {
    const user = h.api.user(2014, { firstName: 'Ali', languageCode: 'ar' });
    await user.send('/many');
    const [prompt] = await user.replies(1);
    const id = prompt?.message_id ?? 0;
    const nav = () =>
      buttonsOf(h.api.message(2014, id))
        .at(-1)
        ?.map((b) => b.text);
    expect(nav()).toEqual(['◀️', '1/3']);
    await user.tapLabel('◀️');
    await h.api.waitFor(() => h.api.message(2014, id)?.edits === 1);
    expect(nav()).toEqual(['◀️', '2/3', '▶️']);
    await user.tapLabel('◀️');
    await h.api.waitFor(() => h.api.message(2014, id)?.edits === 2);
    expect(nav()).toEqual(['3/3', '▶️']);
    await user.tapLabel('▶️');
    await h.api.waitFor(() => h.api.message(2014, id)?.edits === 3);
    expect(nav()).toEqual(['◀️', '2/3', '▶️']);
  });

  it('labels too long for a button: listed once in the text, numbered buttons on a few rows, one page', async () => {
    const user = h.api.user(2008);
    await user.send('/levels');
    const [prompt] = await user.replies(1);
    const lines = plainText(prompt?.text).split('\n');
    // Each label once, in full, not numbered twice ("1. 1 — Niveau 1").
    expect(lines.slice(2)).toEqual(
      Array.from({ length: 9 }, (_, i) => `${i + 1} — Niveau ${i + 1} : une description trop longue pour un bouton`),
    );
    // All nine on one page, under the list: two rows of numbers, no page turn.
    expect(buttonsOf(prompt).map((row) => row.map((b) => b.text))).toEqual([
      ['1', '2', '3', '4', '5'],
      ['6', '7', '8', '9'],
    ]);
    await user.tapLabel('9');
    const [reply] = await user.replies(1);
    expect(reply?.text).toBe('levels=l9');
    const answered = h.api.message(2008, prompt?.message_id ?? 0);
    expect(answered?.reply_markup).toBeUndefined();
    expect(plainText(answered?.text)).toMatch(/\n✅ 9 — Niveau 9 : une description trop longue pour un bouton$/);
  });

  it('a text over 4,096 characters is split on paragraph boundaries, in order', async () => {
    const user = h.api.user(2005);
    await user.send('/long');
    await user.replies(2);
    await new Promise((r) => setTimeout(r, 200));
    const parts = h.api.sentMessages(2005).map((m) => m.text ?? '');
    expect(parts.length).toBeGreaterThanOrEqual(2);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(4096);
      expect(part).toMatch(/^Paragraphe \d\./);
      expect(part).toMatch(/amet\.$/);
    }
    expect(parts.join('\n\n').match(/Paragraphe \d/g)).toEqual([
      'Paragraphe 1',
      'Paragraphe 2',
      'Paragraphe 3',
      'Paragraphe 4',
    ]);
  });

  it('photos and documents reach the core with their file_id; the bot sends a document and an image from bytes', async () => {
    const user = h.api.user(2006);
    await user.sendPhoto('Le guichet');
    const [photo] = await user.replies(1);
    expect(photo?.text).toMatch(/^photo=photo-in-2006-\d+-2 caption=Le guichet$/);
    await user.sendDocument('rapport.pdf');
    const [doc] = await user.replies(1);
    expect(doc?.text).toMatch(/^document=doc-in-2006-\d+ name=rapport\.pdf$/);

    await user.send('/files');
    const [document, image] = await user.replies(2);
    expect(document?.kind).toBe('document');
    expect(document?.file?.name).toBe('plan.pdf');
    expect([...(document?.file?.bytes ?? [])]).toEqual([...pdfBytes]);
    expect(document?.caption).toBe('Plan « A & B » <b>');
    expect(image?.kind).toBe('photo');
    expect([...(image?.file?.bytes ?? [])]).toEqual([...pngBytes]);
  });

  it('/start <payload> reaches the core as the text "/start <payload>"', async () => {
    const user = h.api.user(2007);
    await user.send('/start team-42');
    const [reply] = await user.replies(1);
    expect(plainText(reply?.text)).toBe('deep-link=/start team-42');
  });
});
