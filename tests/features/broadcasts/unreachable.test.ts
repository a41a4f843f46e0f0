// Before « Envoyer », the preview names who cannot get the message (they never wrote to the bot, or
// blocked it) and what to ask them; after it, /broadcasts names whose message failed. In French and Arabic.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SendError, type OutboundMessage } from '../../../src/core/messages.ts';
import { bidiProblems } from '../../helpers/bidi.ts';
import { plain } from '../../helpers/messages.ts';
import { addPerson, createHarness, recordingAdapter, type Harness } from '../reminders/harness.ts';

type Choices = Extract<OutboundMessage, { kind: 'choices' }>;
const lastChoices = (replies: OutboundMessage[]) => replies.filter((m): m is Choices => m.kind === 'choices').at(-1);

describe('who a broadcast cannot reach', () => {
  let h: Harness;

  beforeEach(async () => {
    h = await createHarness({ start: '2025-06-20T10:00:00Z' });
    await addPerson(h.db, { externalId: 'alice', name: 'Alice', team: 'sfax' });
    await addPerson(h.db, { externalId: 'rania', name: 'Rania', team: 'sfax', locale: 'ar' });
    // Enrolled by a coordinator, never wrote to the bot: Telegram will not let the bot write first.
    await addPerson(h.db, { externalId: 'tarek', name: 'Tarek', team: 'sfax', seen: false });
  });
  afterEach(() => h.cleanup());

  async function preview(version: string): Promise<Choices> {
    await h.say('boss', '/broadcast');
    await h.say('boss', version);
    await h.say('boss', '-');
    return lastChoices(await h.tap('boss', 'bc:aud', ['role:participant'])) as Choices;
  }

  it('in French, the preview names them and says what to ask them', async () => {
    const shown = plain([await preview('Réunion jeudi')]);
    expect(shown).toContain('Destinataires (rôle participant) : 3 (dont 2 joignables maintenant).');
    expect(shown).toContain(
      "⚠️ Ne le recevra pas : Tarek, qui n'a pas encore écrit au bot (ou l'a bloqué). Demandez-lui d'y envoyer /start.",
    );
  });

  it('in Arabic, the same, read right to left', async () => {
    await h.say('boss', '/lang ar');
    const sent = await preview('اجتماع الخميس');
    expect(plain([sent])).toContain(
      '⚠️ لن يتلقاها: Tarek، فهو لم يراسل البوت بعد (أو حظره). اطلب منه أن يرسل إليه /start.',
    );
    expect(bidiProblems(sent.text)).toEqual([]);
  });

  it('names five of many, then says how many more', async () => {
    for (const name of ['Amel', 'Bilel', 'Chokri', 'Dorra', 'Emna', 'Faten'])
      await addPerson(h.db, { externalId: name.toLowerCase(), name, team: 'sfax', seen: false });
    expect(plain([await preview('Réunion jeudi')])).toContain(
      '⚠️ Ne le recevront pas : Amel, Bilel, Chokri, Dorra, Emna et 2 autres, qui n',
    );
    await h.say('boss', '/lang ar');
    expect(plain([await preview('اجتماع الخميس')])).toContain(
      '⚠️ لن يتلقاها: Amel، Bilel، Chokri، Dorra، Emna وشخصان آخران، فهم',
    );
  });

  it('says nothing of the kind when everyone can be reached', async () => {
    await h.db.identity.updateMany({ data: { lastSeenAt: new Date('2020-01-01T00:00:00Z') } });
    expect(plain([await preview('Réunion jeudi')])).not.toContain('Ne le recev');
  });
});

describe('who a broadcast did not reach, in /broadcasts', () => {
  let h: Harness;

  beforeEach(async () => {
    h = await createHarness({ start: '2025-06-20T10:00:00Z' });
    await addPerson(h.db, { externalId: 'alice', name: 'Alice', team: 'sfax' });
    await addPerson(h.db, { externalId: 'rania', name: 'Rania', team: 'sfax', locale: 'ar' });
    await addPerson(h.db, { externalId: 'tarek', name: 'Tarek', team: 'sfax', seen: false });
    await addPerson(h.db, { externalId: 'sami', name: 'Sami', team: 'sfax' });
    // Sami blocked the bot: Telegram refuses the message at send.
    const channel = recordingAdapter('telegram', (to) => {
      if (to.externalId === 'sami') throw new SendError('Forbidden: bot was blocked by the user', true);
    });
    h.outbox.start([channel], { cron: false });
    await h.say('boss', '/broadcast');
    await h.say('boss', 'Réunion jeudi');
    await h.say('boss', 'اجتماع الخميس');
    const preview = lastChoices(await h.tap('boss', 'bc:aud', ['role:participant'])) as Choices;
    await h.tap('boss', preview.promptId, ['send']);
    await h.outbox.tick();
  });
  afterEach(() => h.cleanup());

  it('in French, the failures are named, and what they mean is said under the list', async () => {
    const list = await h.say('boss', '/broadcasts');
    expect(list).toContain('« Réunion jeudi » — 2 envoyés, 2 échecs (Sami, Tarek)');
    expect(list).toContain(
      "Échec : le bot n'a pas pu leur écrire (le plus souvent, ils ne lui ont jamais écrit ou l'ont bloqué) ; le message ne leur sera pas renvoyé : joignez-les autrement.",
    );
  });

  it('in Arabic, the same, read right to left', async () => {
    await h.say('boss', '/lang ar');
    const [reply] = await h.send('boss', '/broadcasts');
    const text = reply && 'text' in reply ? reply.text : '';
    expect(plain([{ kind: 'text', text }])).toContain('« اجتماع الخميس » — أُرسلت رسالتان، فشلت رسالتان (Sami، Tarek)');
    expect(plain([{ kind: 'text', text }])).toContain(
      'فشل: لم يستطع البوت مراسلتهم (في الغالب لم يراسلوه قطّ أو حظروه)؛ لن يُعاد إرسال الرسالة إليهم: تواصل معهم بطريقة أخرى.',
    );
    expect(bidiProblems(text)).toEqual([]);
  });
});
