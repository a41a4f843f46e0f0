import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutboundMessage } from '../../../src/core/messages.ts';
import { confirmBroadcast, createDraft } from '../../../src/features/broadcasts/repository.ts';
import { plain } from '../../helpers/messages.ts';
import { addPerson, createHarness, recordingAdapter, type Harness } from '../reminders/harness.ts';

type Choices = Extract<OutboundMessage, { kind: 'choices' }>;
const lastChoices = (replies: OutboundMessage[]) => replies.filter((m): m is Choices => m.kind === 'choices').at(-1);

describe('a draft written again with /broadcast', () => {
  let h: Harness;
  let channel: ReturnType<typeof recordingAdapter>;

  beforeEach(async () => {
    h = await createHarness({ start: '2025-06-20T10:00:00Z', coordinators: ['boss', 'chef'] });
    await addPerson(h.db, { channel: 'console', externalId: 'alice', name: 'Alice', team: 'sfax' });
    await addPerson(h.db, { channel: 'console', externalId: 'rania', name: 'Rania', team: 'sfax', locale: 'ar' });
    channel = recordingAdapter('console');
    h.outbox.start([channel], { cron: false });
  });
  afterEach(() => h.cleanup());

  /** Writes a message (both versions, in the order asked) to everyone; returns the replies with its preview. */
  async function compose(who: string, first: string, second: string): Promise<OutboundMessage[]> {
    await h.say(who, '/broadcast');
    await h.say(who, first);
    await h.say(who, second);
    return h.tap(who, 'bc:aud', ['everyone']);
  }
  const promptOf = (replies: OutboundMessage[]) => lastChoices(replies)?.promptId ?? '';
  const statusOf = async (promptId: string) =>
    (await h.db.broadcast.findUniqueOrThrow({ where: { id: promptId.slice('bc:ok:'.length) } })).status;

  it('in French: the old preview sends nothing, says so and names the draft waiting; /broadcasts shows it replaced', async () => {
    const old = promptOf(await compose('boss', 'Réunion jeudi à 10 h', 'اجتماع الخميس'));
    const replies = await compose('boss', 'Réunion reportée à vendredi 9 h', 'الاجتماع مؤجل إلى الجمعة');
    expect(plain(replies)).toContain(
      'Ce brouillon remplace le précédent, qui attendait encore votre confirmation : celui-là ne sera pas envoyé.',
    );
    const current = promptOf(replies);
    expect(current).not.toBe(old);
    for (const button of ['send', 'cancel'])
      expect(plain(await h.tap('boss', old, [button]))).toBe(
        "Ce brouillon a été remplacé : rien n'a été envoyé. Le brouillon en cours, « Réunion reportée à vendredi 9 h », attend votre confirmation : /broadcasts pour le revoir.",
      );
    expect(await statusOf(old)).toBe('replaced');
    expect(await h.db.outboxMessage.count()).toBe(0);
    const list = await h.send('boss', '/broadcasts');
    expect(plain(list)).toContain(
      '— tout le monde : « Réunion jeudi à 10 h » — remplacé par un brouillon plus récent, jamais envoyé',
    );
    expect(plain(list)).toContain('Une diffusion attend encore votre confirmation :');
    expect(promptOf(list)).toBe(current);
    // The draft waiting goes, once, and only it.
    expect(plain(await h.tap('boss', current, ['send']))).toContain('Diffusion confirmée pour 3 destinataires');
    await h.outbox.tick();
    expect(plain(channel.sent.flatMap((s) => s.messages))).not.toContain('Réunion jeudi');
    expect(channel.sent.filter((s) => s.to.externalId === 'alice')).toHaveLength(1);
    // Nothing waits any more: the old buttons say it was replaced, and where to follow what went.
    expect(plain(await h.tap('boss', old, ['send']))).toBe(
      "Ce brouillon a été remplacé : rien n'a été envoyé. Suivez vos diffusions avec /broadcasts.",
    );
    expect(await h.db.outboxMessage.count()).toBe(3);
    expect(await h.db.auditEntry.count({ where: { action: 'broadcast.replace' } })).toBe(1);
  });

  it('in Arabic: the same, with the count of drafts replaced in its plural form', async () => {
    await h.say('boss', '/lang ar');
    const first = promptOf(await compose('boss', 'اجتماع الخميس', 'Réunion jeudi'));
    // A draft left waiting in another chat of the same coordinator counts too (made here directly).
    const creator = await h.db.broadcast.findFirstOrThrow();
    await h.db.broadcast.create({
      data: { textAr: 'مسودة أخرى', audience: 'everyone', createdById: creator.createdById, createdAt: new Date(0) },
    });
    const replies = await compose('boss', 'الاجتماع مؤجل إلى الجمعة', 'Réunion reportée');
    expect(plain(replies)).toContain('هذه المسودة تحلّ محلّ المسودتين السابقتين اللتين كانتا تنتظران تأكيدك: لن تُرسلا.');
    expect(plain(await h.tap('boss', first, ['send']))).toBe(
      'استُبدلت هذه المسودة: لم يُرسل شيء. المسودة الحالية، « الاجتماع مؤجل إلى الجمعة »، تنتظر تأكيدك: /broadcasts لمراجعتها.',
    );
    expect(await statusOf(first)).toBe('replaced');
    expect(await h.say('boss', '/broadcasts')).toContain('— الجميع: « اجتماع الخميس » — استُبدلت بمسودة أحدث، ولم تُرسل');
    await h.tap('boss', promptOf(replies), ['cancel']);
    expect(plain(await h.tap('boss', first, ['send']))).toBe(
      'استُبدلت هذه المسودة: لم يُرسل شيء. تابع رسائلك الجماعية بـ /broadcasts.',
    );
    expect(await h.db.outboxMessage.count()).toBe(0);
  });

  it("another coordinator's draft is not replaced, and a draft sent stays sent", async () => {
    const boss = promptOf(await compose('boss', 'Réunion jeudi', '-'));
    const chef = await compose('chef', 'Visite lundi', '-');
    expect(plain(chef)).not.toContain('remplace');
    expect(plain(await h.tap('boss', boss, ['send']))).toContain('Diffusion confirmée');
    // Sent before another one was written: not replaced, and told as sent.
    const next = await compose('boss', 'Compte rendu vendredi', '-');
    expect(plain(next)).not.toContain('remplace');
    expect(await statusOf(boss)).toBe('confirmed');
    expect(plain(await h.tap('boss', boss, ['send']))).toContain('Cette diffusion a déjà été envoyée');
    expect(await statusOf(promptOf(chef))).toBe('draft');
  });

  it('replacing and confirming the same draft at once: one of the two, never both, and nothing sent twice', async () => {
    const creator = (await h.db.person.findFirstOrThrow({ where: { identities: { some: { externalId: 'boss' } } } }))
      .id;
    const now = h.clock.now();
    const draft = { textFr: 'Réunion', textAr: null, audience: { kind: 'everyone' as const }, createdById: creator };
    for (let round = 0; round < 5; round++) {
      const { draft: old } = await createDraft(h.db, draft, now);
      const [sent, replacing] = await Promise.all([
        confirmBroadcast(h.db, old.id, now, now),
        createDraft(h.db, draft, now),
      ]);
      const status = (await h.db.broadcast.findUniqueOrThrow({ where: { id: old.id } })).status;
      const messages = await h.db.outboxMessage.count({ where: { broadcastId: old.id } });
      if (sent === null) expect([status, replacing.replaced, messages]).toEqual(['replaced', 1, 0]);
      else expect([status, replacing.replaced, messages]).toEqual(['confirmed', 0, sent]);
      // The newer one waits, alone, for the next round to replace it.
      await h.db.broadcast.updateMany({ where: { id: replacing.draft.id }, data: { status: 'cancelled' } });
    }
  });
});
