// « nheb nebda diagnostic », « je veux voir notre plan »: asking in words for a command's work points
// to the command, in the language asked in; a question of method still gets the knowledge answer.
import { describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import { intendedCommand } from '../../../src/features/basics/command-intent.ts';
import { appForTests } from '../../helpers/app.ts';
import { enrolInNewTeam, startPerson } from '../../helpers/enrol.ts';
import { plain, sender, text } from '../../helpers/messages.ts';

describe('a command asked for in words', () => {
  it.each([
    ['nheb nebda diagnostic', 'diagnostic'],
    ['je veux commencer le questionnaire', 'diagnostic'],
    ['نبدا التشخيص', 'diagnostic'],
    ['نحب نكمل الاستبيان', 'diagnostic'],
    ['je veux voir notre plan', 'plan'],
    ['نحب نشوف التقرير', 'report'],
    ['afficher les résultats', 'results'],
  ])('« %s » asks for /%s', (line, command) => expect(intendedCommand(line)).toBe(command));

  it.each([
    "comment faire un plan d'action",
    'كيفاش نعمل تشخيص',
    'je veux voir le plan ?',
    'pourquoi remplir le questionnaire',
    'le rapport de mission',
    'voir le plan et le rapport',
    'voir le plan de formation',
    "je veux voir les résultats de l'enquête de satisfaction",
  ])('« %s » is not a request for a command', (line) => expect(intendedCommand(line)).toBeUndefined());

  let app: App;
  appForTests((made) => (app = made));
  const say = async (who: Parameters<typeof text>[0], line: string) => (await app.handle(text(who, line))).replies;

  it('a member is pointed to the command, in the language of the words, and nothing is searched', async () => {
    const { who } = await enrolInNewTeam(app, { slug: 'intent-member', lang: 'fr' });
    const before = await app.db.questionLog.count();
    const replies = await say(who, 'nheb nebda diagnostic');
    expect(plain(replies)).toBe(
      'Pour cela, tapez la commande :\n/diagnostic — remplir un diagnostic avec votre équipe',
    );
    const arabic = await say(who, 'نحب نشوف الخطة');
    const [reply] = arabic;
    expect(reply?.kind === 'text' && reply.text.startsWith('\u200F')).toBe(true);
    expect(plain(arabic)).toBe('لهذا الغرض، اكتب الأمر:\n/plan — خطة تحسين الفريق');
    expect(await app.db.questionLog.count()).toBe(before);
    // A question of method is answered from the knowledge base.
    expect(plain(await say(who, "comment faire un plan d'action"))).toContain('📖');
  });

  it('someone in no team is told how to join', async () => {
    const who = sender({ channel: 'whatsapp', externalId: 'intent-stranger', displayName: 'Sami' });
    await startPerson(app, who);
    expect(plain(await say(who, 'je veux commencer le diagnostic'))).toContain("Demandez un code d'invitation");
  });
});
