import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/app.ts';
import { createConfig } from '../../../src/config.ts';
import type { Sender } from '../../../src/core/messages.ts';
import { localDay } from '../../../src/core/time.ts';
import { ensureLocalOperator, operatorAddress } from '../../../src/features/admin/operator.ts';
import { dueDateFor } from '../../../src/features/questionnaires/draft.ts';
import { replying } from '../../helpers/conversation.ts';
import { freshDatabase, type FreshDatabase } from '../../helpers/db.ts';
import { startPerson } from '../../helpers/enrol.ts';
import { choice, plain, text } from '../../helpers/messages.ts';

/** The real app on `fresh` (its clock at `now`, if given), spoken to by the local operator of Bizerte; closed after `run`. */
async function asOperator(
  fresh: FreshDatabase,
  now: (() => Date) | undefined,
  run: (operator: { app: App; reply: ReturnType<typeof replying>; me: Sender }) => Promise<void>,
): Promise<void> {
  const app = await createApp(
    createConfig({ DATABASE_URL: fresh.url, LOG_LEVEL: 'silent' }),
    pino({ level: 'silent' }),
    now ? { now } : {},
  );
  try {
    await ensureLocalOperator(app.db, { name: 'Opératrice', commune: 'Bizerte' });
    await run({ app, reply: replying(app.conversation), me: { ...operatorAddress, displayName: 'Opératrice' } });
  } finally {
    await app.close();
  }
}

/** In French, the plan holds two actions only, due on `first` and `second` (JJ/MM/AAAA). */
async function twoDatedActions(
  { app, reply, me }: { app: App; reply: ReturnType<typeof replying>; me: Sender },
  first: string,
  second: string,
): Promise<void> {
  await reply(text(me, '/lang fr'));
  await app.db.actionItem.deleteMany();
  await reply(text(me, '/plan add Afficher les horaires au guichet'));
  await reply(text(me, '/plan add Former les agents d accueil'));
  await reply(text(me, `/plan edit 1 echeance ${first}`));
  await reply(text(me, `/plan edit 2 echeance ${second}`));
}

describe('plan actions with a date become team deadlines (the real app)', () => {
  let fresh: FreshDatabase;
  beforeAll(async () => {
    fresh = await freshDatabase();
  });
  afterAll(() => fresh.drop());

  it('adding, dating, re-dating and removing an action keeps one deadline in step', async () => {
    await asOperator(fresh, undefined, async ({ app, reply, me }) => {
      expect(plain(await reply(text(me, '/plan add Afficher les horaires au guichet')))).toContain('Action 1 ajoutée');
      expect(await app.db.deadline.count()).toBe(0);

      await reply(text(me, '/plan edit 1 echeance 15/01/2027'));
      const item = await app.db.actionItem.findFirstOrThrow();
      const deadline = await app.db.deadline.findUniqueOrThrow({ where: { sourceRef: `action:${item.id}` } });
      expect(deadline.audience).toBe('team');
      expect(deadline.titleFr).toContain('Afficher les horaires');
      expect(deadline.dueAt.toISOString().slice(0, 10)).toBe('2027-01-15');

      await reply(text(me, '/plan edit 1 echeance 20/01/2027'));
      expect(
        (await app.db.deadline.findUniqueOrThrow({ where: { sourceRef: `action:${item.id}` } })).dueAt
          .toISOString()
          .slice(0, 10),
      ).toBe('2027-01-20');

      const [ask] = (await reply(text(me, '/plan remove 1'))).filter((r) => r.kind === 'choices');
      await reply(choice(me, ask?.kind === 'choices' ? ask.promptId : '', ['yes']));
      expect(
        (await app.db.deadline.findUniqueOrThrow({ where: { sourceRef: `action:${item.id}` } })).cancelledAt,
      ).not.toBeNull();
    });
  });

  it('changing an action type moves a drafted due date and its deadline, and keeps a date set by hand with a warning', async () => {
    // One instant for the app's clock and the expected dates.
    const at = new Date();
    await asOperator(
      fresh,
      () => at,
      async ({ app, reply, me }) => {
        await app.db.actionItem.deleteMany();
        await reply(text(me, '/plan add Afficher les horaires au guichet'));
        await reply(text(me, '/plan add Former les agents d accueil'));
        // Both drafted as quick wins, due 30 days after the day they were drafted.
        const today = localDay(at, 'Africa/Tunis');
        const drafted = dueDateFor('quick_win', today);
        await app.db.actionItem.updateMany({ data: { kind: 'quick_win', dueDate: drafted } });
        const [first, second] = await app.db.actionItem.findMany({ orderBy: { position: 'asc' } });
        if (!first || !second) throw new Error('two actions expected');
        await reply(text(me, '/plan'));

        // 1. The drafted date follows the new type, and the reminder's deadline with it.
        const structural = dueDateFor('structural', today);
        const moved = plain(await reply(text(me, '/plan edit 1 type structurelle')));
        expect(moved).toContain('Nouvelle échéance, calculée pour ce type');
        expect((await app.db.actionItem.findUniqueOrThrow({ where: { id: first.id } })).dueDate).toEqual(structural);
        const deadline = await app.db.deadline.findUniqueOrThrow({ where: { sourceRef: `action:${first.id}` } });
        expect(deadline.dueAt.toISOString().slice(0, 10)).toBe(structural.toISOString().slice(0, 10));
        expect(plain(await reply(text(me, '/plan 1')))).not.toContain(drafted.toISOString().slice(0, 10));
        // And back: the recomputed date is still a derived one.
        expect(plain(await reply(text(me, '/plan edit 1 type rapide')))).toContain('Nouvelle échéance');
        expect((await app.db.actionItem.findUniqueOrThrow({ where: { id: first.id } })).dueDate).toEqual(drafted);

        // 2. A date the team typed stays, with a word saying the type contradicts it.
        const inTen = new Date(new Date(`${today}T00:00:00Z`).getTime() + 10 * 86_400_000);
        const typed = inTen.toISOString().slice(0, 10).split('-').reverse().join('/');
        await reply(text(me, `/plan edit 2 echeance ${typed}`));
        const kept = plain(await reply(text(me, '/plan edit 2 type structurelle')));
        expect(kept).toContain(`Échéance gardée : le ${typed} a été fixé par l'équipe`);
        expect(kept).toContain('/plan edit 2 echeance');
        expect((await app.db.actionItem.findUniqueOrThrow({ where: { id: second.id } })).dueDate).toEqual(inTen);
      },
    );
  });

  it('an action marked done in /deadlines shows as done in /plan and /plan <n>, in French and Arabic', async () => {
    await asOperator(fresh, undefined, async ({ app, reply, me }) => {
      await app.db.actionItem.deleteMany();
      await reply(text(me, '/plan add Afficher les horaires au guichet'));
      await reply(text(me, '/plan add Former les agents d accueil'));
      await reply(text(me, '/plan edit 1 echeance 15/01/2027'));
      await reply(text(me, '/plan edit 2 echeance 20/01/2027'));
      // The first one is done: picked in /deadlines, as the team marks it.
      const item = await app.db.actionItem.findFirstOrThrow({ orderBy: { position: 'asc' } });
      const deadline = await app.db.deadline.findUniqueOrThrow({ where: { sourceRef: `action:${item.id}` } });
      const list = (await reply(text(me, '/deadlines'))).find((r) => r.kind === 'choices');
      if (list?.kind !== 'choices') throw new Error('no list of deadlines');
      expect(plain(await reply(choice(me, list.promptId, [deadline.id])))).toContain('est fait');

      // On a phone, the open action under its date and the done one by its number; in full, both lines.
      const shortFr = plain(await reply(text(me, '/plan')));
      expect(shortFr).toContain('📅 Pour le 20/01/2027 :\n2. • Former les agents d accueil\n✅ Faite : action 1\n');
      const planFr = plain(await reply(text(me, '/plan détail')));
      expect(planFr).toMatch(/1\. • Afficher les horaires au guichet — 👤 .+ — 📅 15\/01\/2027 ✅ faite\n/);
      expect(planFr).toMatch(/2\. • Former les agents d accueil — 👤 .+ — 📅 20\/01\/2027\n/);
      // The hint fits a phone, in short lines; no icon is shown, so no legend of the icons.
      expect(planFr.split('\n').slice(-2)).toEqual([
        'Une action en détail : /plan 1 à /plan 2',
        'Nommer un pilote : /plan edit <n> responsable <nom>',
      ]);
      // With a quick win in the list, its icon's legend, and that one only.
      await app.db.actionItem.update({ where: { id: item.id }, data: { kind: 'quick_win' } });
      const withIcon = plain(await reply(text(me, '/plan détail')));
      expect(withIcon).toMatch(/1\. ⚡ Afficher les horaires/);
      expect(withIcon.split('\n').at(-1)).toBe('⚡ rapide');
      expect(plain(await reply(text(me, '/plan 1')))).toContain('✅ Faite : cochée dans /deadlines.');
      expect(plain(await reply(text(me, '/plan 2')))).not.toContain('Faite');
      expect(plain(await reply(text(me, '/plan fait 1')))).toContain(
        "✅ L'action 1 est déjà faite (cochée dans /deadlines).",
      );

      await reply(text(me, '/lang ar'));
      expect(plain(await reply(text(me, '/خطة')))).toContain('✅ أُنجز الإجراء 1');
      const planAr = plain(await reply(text(me, '/خطة تفاصيل')));
      expect(planAr).toContain('📅 15/01/2027 ✅ أُنجز');
      expect(planAr.split('\n').slice(-3)).toEqual([
        'إجراء بالتفصيل: من /plan 1 إلى /plan 2',
        'تسمية من يقوده: /plan edit <n> مسؤول <الاسم>',
        '⚡ سريع',
      ]);
      expect(plain(await reply(text(me, '/خطة ١')))).toContain('✅ أُنجز: أُشِّر عليه في /deadlines.');
      expect(plain(await reply(text(me, '/خطة ٢')))).not.toContain('أُنجز');
    });
  });
  it("a plan action ticked by one member is done for the team: the teammate's /deadlines and reminders agree", async () => {
    await asOperator(
      fresh,
      () => new Date('2026-12-06T10:00:00Z'),
      async (operator) => {
        const { app, reply, me } = operator;
        await twoDatedActions(operator, '15/01/2027', '20/01/2027');
        // A teammate who reads Arabic, in the operator's team.
        const { teamId } = await app.db.teamMember.findFirstOrThrow();
        const karim: Sender = { channel: 'telegram', externalId: 'karim-team', displayName: 'Karim' };
        const karimId = await startPerson(app, karim, 'ar');
        await app.db.teamMember.create({ data: { teamId, personId: karimId } });
        const [deadline, other] = await Promise.all(
          (await app.db.actionItem.findMany({ orderBy: { position: 'asc' } })).map((a) =>
            app.db.deadline.findUniqueOrThrow({ where: { sourceRef: `action:${a.id}` } }),
          ),
        );
        if (!deadline || !other) throw new Error('two plan deadlines expected');
        await app.db.outboxMessage.create({
          data: {
            key: `reminder:${deadline.id}:${karimId}:1d`,
            kind: 'reminder',
            personId: karimId,
            payload: { deadlineId: deadline.id },
            notBefore: new Date('2027-01-14T08:00:00Z'),
          },
        });

        const list = (await reply(text(me, '/deadlines'))).find((r) => r.kind === 'choices');
        if (list?.kind !== 'choices') throw new Error('no list of deadlines');
        await reply(choice(me, list.promptId, [deadline.id]));

        // Karim's list has the action done, among the lines, and only the other one to tick.
        const karimReplies = (await app.handle(text(karim, '/آجال'))).replies;
        const karimList = karimReplies.find((r) => r.kind === 'choices');
        if (karimList?.kind !== 'choices') throw new Error('no list of deadlines');
        expect(plain([karimList])).toContain('✅ 15/01/2027 17:00 — الإجراء 1 — Afficher les horaires au guichet');
        expect(karimList.choices.map((c) => c.value)).toEqual([other.id]);
        // His waiting reminder of it will not go.
        const row = await app.db.outboxMessage.findFirstOrThrow({ where: { personId: karimId } });
        expect(row.status).toBe('skipped');
      },
    );
  });

  it('/deadlines lists by date and names a plan action by its number in /plan, in French and Arabic', async () => {
    await asOperator(
      fresh,
      () => new Date('2026-12-06T10:00:00Z'),
      async (operator) => {
        const { reply, me } = operator;
        // Action 2 is due first: the list by date starts with it, and says it is action 2.
        await twoDatedActions(operator, '20/01/2027', '15/01/2027');
        const list = (await reply(text(me, '/deadlines'))).find((r) => r.kind === 'choices');
        if (list?.kind !== 'choices') throw new Error('no list of deadlines');
        expect(plain([list]).split('\n').slice(-2)).toEqual([
          '⏳ 15/01/2027 17:00 — Action 2 — Former les agents d accueil',
          '⏳ 20/01/2027 17:00 — Action 1 — Afficher les horaires au guichet',
        ]);
        await reply(text(me, '/lang ar'));
        const arabic = (await reply(text(me, '/آجال'))).find((r) => r.kind === 'choices');
        if (arabic?.kind !== 'choices') throw new Error('no list of deadlines');
        expect(plain([arabic]).split('\n').slice(-2)).toEqual([
          '⏳ 15/01/2027 17:00 — الإجراء 2 — Former les agents d accueil',
          '⏳ 20/01/2027 17:00 — الإجراء 1 — Afficher les horaires au guichet',
        ]);
      },
    );
  });
});
