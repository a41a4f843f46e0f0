import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainText, startHarness, type Harness } from './harness.ts';

const words = {
  fr: {
    title: 'Vous êtes coordinateur ; voici ce que vous pouvez faire :',
    broadcast: '• Messages : /broadcast écrit à tout le monde, à une équipe, à une cohorte ou aux retardataires',
    footer: 'Tapez /help coordinateur pour toutes vos commandes et leurs options.',
    team: "Vous êtes membre de l'équipe Sfax.",
    helpTitle: 'En tant que coordinateur :',
    more: 'Vos commandes de coordinateur et leurs options : /help coordinateur',
    word: 'coordinateur',
  },
  ar: {
    title: 'أنت منسّق؛ إليك ما يمكنك القيام به:',
    broadcast: '• الرسائل: /broadcast للكتابة إلى الجميع أو إلى فريق أو دفعة أو إلى المتأخرين',
    footer: 'اكتب /help منسق لعرض كل أوامرك وخياراتها.',
    team: 'أنت عضو في فريق Sfax.',
    helpTitle: 'بصفتك منسقًا:',
    more: 'أوامرك بصفتك منسقًا وخياراتها: /help منسق',
    word: 'منسق',
  },
} as const;

/** The commands a text names, in order: « /team add » counts as /team. */
const commandsIn = (text: string) => [...text.matchAll(/\/([a-z]+)/g)].map((m) => m[1]);

describe('Telegram: /start for a coordinator', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ config: { COORDINATORS: 'telegram:9301,telegram:9302,telegram:9303' } });
    const cohort = await h.db.cohort.create({ data: { name: 'Vague 1' } });
    const team = await h.db.team.create({ data: { slug: 'sfax', name: 'Sfax', commune: 'Sfax', cohortId: cohort.id } });
    // Named in COORDINATORS, the coordinator exists before writing.
    const coordinator = await h.db.identity.findFirstOrThrow({ where: { channel: 'telegram', externalId: '9303' } });
    await h.db.teamMember.create({ data: { teamId: team.id, personId: coordinator.personId } });
  });
  afterAll(() => h.stop());

  /** What the bot says to a /start, message by message, without direction marks. */
  async function start(chatId: number, locale: 'fr' | 'ar') {
    const user = h.api.user(chatId, { firstName: 'Coord', languageCode: locale });
    await user.send('/start');
    await h.idle();
    return h.api.sentMessages(chatId).map((m) => plainText(m.text));
  }

  it.each([
    ['fr', 9301],
    ['ar', 9302],
  ] as const)(
    '%s: in no team, is told what a coordinator can do, not to ask for an invitation code',
    async (locale, id) => {
      const w = words[locale];
      const [welcome, summary = '', ...rest] = await start(id, locale);
      expect(welcome).toContain(locale === 'fr' ? 'Bonjour Coord' : 'مرحبًا Coord');
      expect(rest).toEqual([]);
      const lines = summary.split('\n');
      expect(lines[0]).toBe(w.title);
      expect(lines.at(-1)).toBe(w.footer);
      expect(lines).toHaveLength(7);
      expect(lines.some((l) => l.startsWith(w.broadcast))).toBe(true);
      expect(summary).not.toContain('/join');
      // /help points to the coordinator's commands without listing them beside everyone's.
      const user = h.api.user(id);
      await user.send('/help');
      await h.idle();
      const help = plainText(h.api.sentMessages(id).at(-1)?.text);
      expect(help).toContain(w.more);
      expect(help).not.toContain('/deadline edit');
      expect(help).toContain('/diagnostic');
      // Every command the summary names is one of `/help coordinateur`'s, with its options.
      await user.send(`/help ${w.word}`);
      await h.idle();
      const forCoordinators = plainText(h.api.sentMessages(id).at(-1)?.text);
      expect(forCoordinators.split('\n')[0]).toBe(w.helpTitle);
      expect(forCoordinators).toContain('/deadline edit');
      expect(forCoordinators).not.toContain('/diagnostic');
      const named = commandsIn(lines.slice(1, -1).join('\n'));
      expect(named).toEqual(expect.arrayContaining(['team', 'invite', 'broadcast', 'progress', 'deadline']));
      for (const command of named) expect(forCoordinators).toContain(`/${command}`);
    },
  );

  it('in a team, is told their team, then what a coordinator can do', async () => {
    const [, team, summary = ''] = await start(9303, 'fr');
    expect(team).toBe(words.fr.team);
    expect(summary.split('\n')[0]).toBe(words.fr.title);
  });
});
