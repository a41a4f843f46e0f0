// « /plan remove 1 2 » asks once for both actions, listed with their numbers (bulleted: where
// choices are typed, « 1 » is the first of the choices under them); « Non » keeps them,
// « Oui » removes them for the whole team, and of actions a teammate removed meanwhile nothing else
// goes. A number not in the plan removes nothing. Real core, real database, in French and Arabic.
import { describe, expect, it } from 'vitest';
import { bidiProblems } from '../../helpers/bidi.ts';
import { bare, choice, lastChoices, plain, text } from '../../helpers/messages.ts';
import { useTwoPlanTeams } from '../../helpers/plan-teams.ts';

const setup = useTwoPlanTeams('rms');
const { amel, sami, mate, teams, handle } = setup;

describe('/plan remove with several numbers', () => {
  it('French: one question for both; « Non » keeps both, « Oui » removes both', async () => {
    const list = lastChoices(await handle(text(amel, '/plan remove 1 2')));
    expect(bare(list.text).split('\n')).toEqual([
      "Retirer ces 2 actions du plan ? Elles disparaîtront pour toute l'équipe, avec leur pilote, leur échéance et leur cible.",
      '• Action 1 : « Afficher les horaires »',
      '• Action 2 : « Former les agents »',
    ]);
    expect(list.choices.map((c) => bare(c.label))).toEqual(['Oui, les retirer', 'Non, les garder']);

    const kept = plain(await handle(choice(amel, list.promptId, ['no'])));
    expect(kept.split('\n')).toEqual([
      "Rien n'a été retiré : l'action 1 reste dans le plan (« Afficher les horaires »).",
      "Rien n'a été retiré : l'action 2 reste dans le plan (« Former les agents »).",
    ]);
    expect(await setup.titles(teams.amel)).toEqual(['Afficher les horaires', 'Former les agents']);

    const again = lastChoices(await handle(text(amel, '/plan remove 2, 1')));
    const removed = plain(await handle(choice(amel, again.promptId, ['yes'])));
    expect(removed.split('\n')).toEqual([
      'Action 2 retirée du plan : « Former les agents ».',
      'Action 1 retirée du plan : « Afficher les horaires ».',
    ]);
    expect(await setup.titles(teams.amel)).toEqual([]);
  });

  it('a number not in the plan: said, and nothing is asked or removed', async () => {
    const replies = await handle(text(sami, '/plan remove 1 7'));
    expect(replies.some((r) => r.kind === 'choices')).toBe(false);
    expect(plain(replies)).toContain('7');
    expect(await setup.titles(teams.sami)).toEqual(['Afficher les horaires', 'Former les agents']);
  });

  it('Arabic: the question reads right to left; one removed meanwhile, the other still goes', async () => {
    const list = lastChoices(await handle(text(sami, '/plan حذف 1 2')));
    expect(bare(list.text)).toContain('هل تحذف هذين الإجراءين من الخطة؟');
    // The actions are bulleted: on WhatsApp the choices below are the only numbered list.
    expect(bare(list.text)).toContain('• الإجراء 2: « Former les agents »');
    expect(bidiProblems(list.text)).toEqual([]);
    expect(list.choices.map((c) => bare(c.label))).toEqual(['نعم، احذفهما', 'لا، أبقِهما']);
    // Mounir removes the first one before Sami answers.
    const his = lastChoices(await handle(text(mate, '/plan remove 1')));
    await handle(choice(mate, his.promptId, ['yes']));
    const late = plain(await handle(choice(sami, list.promptId, ['yes'])));
    expect(late).toContain('حُذف الإجراء 1 من الخطة: « Former les agents »');
    expect(late).toContain('إجراء آخر لم يعد في الخطة من قبل');
    expect(await setup.titles(teams.sami)).toEqual([]);
  });

  it('a question asked before the last one removes nothing when answered late', async () => {
    for (const title of ['Un', 'Deux', 'Trois']) await handle(text(amel, `/plan add ${title}`));
    const first = lastChoices(await handle(text(amel, '/plan remove 1 2')));
    const last = lastChoices(await handle(text(amel, '/plan remove 2 3')));
    expect(plain(await handle(choice(amel, first.promptId, ['yes'])))).toBe(
      "Cette confirmation n'est plus la dernière demandée : rien n'a été retiré. Tapez /plan pour voir le plan.",
    );
    expect(await setup.titles(teams.amel)).toEqual(['Un', 'Deux', 'Trois']);
    await handle(choice(amel, last.promptId, ['yes']));
    expect(await setup.titles(teams.amel)).toEqual(['Un']);
  });
});
