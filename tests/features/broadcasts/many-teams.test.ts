// A broadcast to one team among 35: the team list is paged (« Équipes suivantes » / « précédentes »)
// so every team can be picked, and a team's name or code typed under the list picks it too
// (accents, case and Arabic names alike). The preview then names that team; nothing leaves
// before « Envoyer ».
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { phoneLines } from '../../../src/core/phone-screen.ts';
import { renderNumbered } from '../../../src/channels/numbered.ts';
import type { OutboundMessage } from '../../../src/core/messages.ts';
import { plain } from '../../helpers/messages.ts';
import { addPerson, createHarness, ensureTeam, type Harness } from '../reminders/harness.ts';

type Choices = Extract<OutboundMessage, { kind: 'choices' }>;
const lastChoices = (replies: OutboundMessage[]) =>
  replies.filter((m): m is Choices => m.kind === 'choices').at(-1) as Choices;
const slugOf = (n: number) => `c${String(n).padStart(2, '0')}`;

describe('a broadcast to one team among 35', () => {
  let h: Harness;
  let medenine: string;

  beforeEach(async () => {
    h = await createHarness({ start: '2025-06-20T10:00:00Z' });
    for (let n = 1; n <= 35; n++) await ensureTeam(h.db, slugOf(n));
    // Team 33 by code order: Médenine, مدنين in Arabic; a member to reach.
    medenine = (
      await h.db.team.update({
        where: { slug: 'c33' },
        data: { name: 'Médenine', commune: 'Médenine', communeAr: 'مدنين' },
      })
    ).id;
    await addPerson(h.db, { channel: 'console', externalId: 'alice', name: 'Alice', team: 'c33' });
  });
  afterEach(() => h.cleanup());

  /** Writes a message and picks « Une équipe »: the first page of teams. */
  async function teamList(version: string): Promise<Choices> {
    await h.say('boss', '/broadcast');
    await h.say('boss', version);
    await h.say('boss', '-');
    return lastChoices(await h.tap('boss', 'bc:aud', ['team']));
  }

  /** The preview waits for « Envoyer »: a draft, nothing in the outbox. */
  async function nothingSent() {
    expect(await h.db.outboxMessage.count()).toBe(0);
    expect((await h.db.broadcast.findMany()).map((b) => b.status)).toEqual(['draft']);
  }

  for (const locale of ['fr', 'ar'] as const) {
    const version = locale === 'ar' ? 'اجتماع الخميس' : 'Réunion jeudi';
    const named = locale === 'ar' ? 'فريق مدنين (c33)' : 'Équipe Médenine (c33)';
    const setUp = async () => {
      if (locale === 'ar') await h.say('boss', '/lang ar');
    };

    it(`${locale}: team 33 is reached by turning the pages, and the preview names it`, async () => {
      await setUp();
      let list = await teamList(version);
      const seen = new Set<string>();
      for (let turns = 0; turns < 10 && !list.choices.some((c) => c.value === medenine); turns++) {
        // Each page fits a phone screen, and none shows a team already seen.
        expect(phoneLines(renderNumbered(list))).toBeLessThanOrEqual(20);
        for (const c of list.choices) if (!c.value.startsWith('page:')) expect(seen.has(c.value)).toBe(false);
        for (const c of list.choices) seen.add(c.value);
        const next = list.choices.find((c) => c.value.startsWith('page:') && c.label.includes('🔽'));
        expect(next).toBeDefined();
        const turned = lastChoices(await h.tap('boss', list.promptId, [next?.value ?? '']));
        expect(turned.replaces).toBe(list.promptId);
        list = turned;
      }
      const team = list.choices.find((c) => c.value === medenine);
      expect(plain([{ kind: 'text', text: team?.label ?? '' }])).toBe(
        locale === 'ar' ? 'مدنين (c33)' : 'Médenine (c33)',
      );
      // The way back is there too.
      expect(list.choices.some((c) => c.value.startsWith('page:') && c.label.includes('🔼'))).toBe(true);
      const preview = lastChoices(await h.tap('boss', list.promptId, [medenine]));
      expect(plain([{ kind: 'text', text: preview.text }])).toContain(named);
      await nothingSent();
    });

    it(`${locale}: team 33 is picked by its name or code typed under the list`, async () => {
      await setUp();
      const list = await teamList(version);
      expect(list.choices.some((c) => c.value === medenine)).toBe(false);
      // The list says so, in the reader's language.
      expect(plain([{ kind: 'text', text: list.footer ?? '' }])).toContain(
        locale === 'ar' ? 'اكتب رقم الفريق أو اسمه أو رمزه' : "tapez le numéro, le nom ou le code de l'équipe",
      );
      // A name no team has: said, and the list stays.
      const unknown = await h.send('boss', 'Zarzis');
      expect(plain(unknown)).toContain(locale === 'ar' ? 'لا يوجد فريق « Zarzis »' : 'Aucune équipe « Zarzis »');
      expect(lastChoices(unknown)?.promptId).toBe(list.promptId);
      const typed = locale === 'ar' ? 'مدنين' : 'MEDENINE';
      const preview = lastChoices(await h.send('boss', typed));
      expect(plain([{ kind: 'text', text: preview.text }])).toContain(named);
      await nothingSent();
      // By its code as well, after /cancel and a new message; the draft before was cancelled.
      await h.say('boss', '/cancel');
      await teamList(version);
      const again = lastChoices(await h.send('boss', 'C33'));
      expect(plain([{ kind: 'text', text: again.text }])).toContain(named);
      expect(await h.db.outboxMessage.count()).toBe(0);
      // Sent only once « Envoyer » is tapped.
      await h.tap('boss', again.promptId, ['send']);
      expect(await h.db.outboxMessage.count()).toBe(1);
    });

    it(`${locale}: a name two teams share is asked again by code, and the list stays`, async () => {
      await setUp();
      await h.db.team.update({
        where: { slug: 'c34' },
        data: { name: 'Médenine Nord', nameAr: 'مدنين الشمالية', commune: 'Médenine', communeAr: 'مدنين' },
      });
      const list = await teamList(version);
      const both = await h.send('boss', locale === 'ar' ? 'مدنين' : 'medenine');
      expect(plain(both)).toContain(
        locale === 'ar'
          ? 'عدة فرق تحمل اسم « مدنين »: مدنين (c33)، مدنين الشمالية (c34). اكتب رمز أحدها.'
          : "Plusieurs équipes s'appellent « medenine » : Médenine (c33), Médenine Nord (c34). Tapez le code de l'une d'elles.",
      );
      expect(lastChoices(both).promptId).toBe(list.promptId);
      expect(await h.db.broadcast.count()).toBe(0);
      const preview = lastChoices(await h.send('boss', 'c33'));
      expect(plain([{ kind: 'text', text: preview.text }])).toContain(named);
      await nothingSent();
    });
  }
});
