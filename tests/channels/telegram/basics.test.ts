import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainText, startHarness, type Harness } from './harness.ts';

describe('Telegram by long polling, on the real app (stand-in Bot API over HTTP)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.stop());

  it('sets the command menu in French, Arabic and by default', async () => {
    const sets = await h.api.waitFor(() => (h.api.commandSets().length >= 3 ? h.api.commandSets() : undefined));
    const byLanguage = new Map(
      sets.map((s) => [s.language_code ?? 'default', s.commands as { command: string; description: string }[]]),
    );
    expect([...byLanguage.keys()].sort()).toEqual(['ar', 'default', 'fr']);
    expect(byLanguage.get('fr')?.map((c) => c.command)).toEqual(expect.arrayContaining(['start', 'help', 'lang']));
    expect(byLanguage.get('fr')?.find((c) => c.command === 'lang')?.description).toBe('choisir la langue');
    expect(byLanguage.get('ar')?.find((c) => c.command === 'lang')?.description).toBe('اختيار اللغة');
  });

  it('/start greets by first name; /lang ar switches to Arabic, right to left', async () => {
    const amel = h.api.user(1001, { firstName: 'Amel', languageCode: 'fr' });
    await amel.send('/start');
    const [welcome, team] = await amel.replies(2);
    expect(plainText(team?.text)).toContain("Vous n'êtes encore membre d'aucune équipe");
    expect(plainText(welcome?.text)).toContain('Bonjour Amel');
    expect(welcome?.parse_mode).toBeUndefined();

    await amel.send('/lang ar');
    const [switched] = await amel.replies(1);
    expect(plainText(switched?.text)).toContain('بالعربية');
    await amel.send('/help');
    const [help] = await amel.replies(1);
    expect(help?.text?.startsWith('\u200F')).toBe(true);
    expect(plainText(help?.text)).toContain('ما يمكنك القيام به');
  });

  it('user content is sent verbatim, without parse mode, so markup characters need no escaping', async () => {
    const name = '<b>Amel</b> *_[x](y)_ & `z`';
    const user = h.api.user(1007, { firstName: name, languageCode: 'fr' });
    await user.send('/start');
    const [welcome] = await user.replies(2);
    expect(plainText(welcome?.text)).toContain(`Bonjour ${name}`);
    expect(
      h.api
        .calls('sendMessage')
        .filter((c) => c.params.chat_id === 1007)
        .every((c) => c.params.parse_mode === undefined && c.status === 200),
    ).toBe(true);
  });

  it('/lang offers buttons; a tap answers the tap, shows the answer in place of the keyboard and switches', async () => {
    const sami = h.api.user(1002, { firstName: 'Sami' });
    await sami.send('/lang');
    const [prompt] = await sami.replies(1);
    const buttons = prompt?.reply_markup?.inline_keyboard?.flat() ?? [];
    expect(buttons.map((b) => plainText(b.text))).toEqual(['Français', 'العربية']);
    for (const b of buttons) expect(Buffer.byteLength(b.callback_data ?? '')).toBeLessThanOrEqual(64);

    const tap = await sami.tapLabel('العربية');
    const [reply] = await sami.replies(1);
    expect(plainText(reply?.text)).toContain('بالعربية');
    const answer = await sami.callbackAnswer(tap);
    expect(answer.status).toBe(200);
    const edited = h.api.message(1002, prompt?.message_id ?? 0);
    expect(edited?.reply_markup).toBeUndefined();
    expect(plainText(edited?.text)).toContain('✅ العربية');
  });

  it('a double tap records one answer: the second tap gets the stale notice, no second reply', async () => {
    const user = h.api.user(1003, { firstName: 'Nour' });
    await user.send('/lang');
    const [prompt] = await user.replies(1);
    const data = prompt?.reply_markup?.inline_keyboard?.[0]?.[0]?.callback_data ?? '';
    const first = await user.tap(prompt?.message_id ?? 0, data);
    const second = await user.tap(prompt?.message_id ?? 0, data);
    await user.replies(1);
    const secondAnswer = await user.callbackAnswer(second);
    await user.callbackAnswer(first);
    expect(String(secondAnswer.params.text)).toContain("n'est plus d'actualité");
    await user.send('/help');
    const after = await user.replies(1);
    expect(after[0]?.text).toContain('Ce que vous pouvez faire');
    const confirmations = h.api.sentMessages(1003).filter((m) => m.text?.includes("C'est noté"));
    expect(confirmations).toHaveLength(1);
  });

  it('a replayed update changes nothing and gets no second reply', async () => {
    const user = h.api.user(1004, { firstName: 'Hela' });
    const update = await user.send('/start');
    await user.replies(2);
    await h.api.pushUpdate(update);
    await user.send('/help');
    await user.replies(1);
    const texts = h.api.sentMessages(1004).map((m) => m.text ?? '');
    expect(texts.filter((t) => plainText(t).includes('Bonjour Hela'))).toHaveLength(1);
    expect(texts).toHaveLength(3);
  });

  it('a button of an unknown (old) prompt answers the tap with a notice and records nothing', async () => {
    const user = h.api.user(1005, { firstName: 'Rim' });
    await user.send('/lang');
    const [prompt] = await user.replies(1);
    const tap = await user.tap(prompt?.message_id ?? 0, 'old:feature:1|c=yes');
    const answer = await user.callbackAnswer(tap);
    expect(String(answer.params.text)).toContain("n'est plus d'actualité");
    expect(h.api.message(1005, prompt?.message_id ?? 0)?.reply_markup).toBeDefined();
    expect(h.api.sentMessages(1005)).toHaveLength(1);
  });

  it('a sticker gets a short explanation, nobody recorded; /start with a deep-link payload still greets', async () => {
    const user = h.api.user(1006, { firstName: 'Ali', languageCode: 'ar' });
    await h.api.pushUpdate({
      message: {
        message_id: 900,
        date: 0,
        chat: { id: 1006, type: 'private' },
        from: { id: 1006, is_bot: false, first_name: 'Ali', language_code: 'ar' },
        sticker: { file_id: 's' },
      },
    });
    const [explained] = await user.replies(1);
    expect(plainText(explained?.text)).toContain('لا يمكنني قراءة الملصقات.');
    expect(plainText(explained?.text)).toContain('/help');
    await user.send('/start invite-ABC');
    const [welcome] = await user.replies(2);
    expect(plainText(welcome?.text)).toContain('مرحبًا Ali');
  });
});
