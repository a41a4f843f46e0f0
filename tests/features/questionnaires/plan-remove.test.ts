// /plan remove <n> asks before it removes: « Non, la garder » keeps the action as it was, « Oui » removes
// it for the whole team; a confirmation answered after a teammate removed it removes nothing else.
// Real core, real database, in French and Arabic.
import { describe, expect, it } from 'vitest';
import { bidiProblems } from '../../helpers/bidi.ts';
import { bare, choice, lastChoices, plain, text } from '../../helpers/messages.ts';
import { useTwoPlanTeams } from '../../helpers/plan-teams.ts';

const setup = useTwoPlanTeams('rm');
const { amel, sami, mate, teams, handle } = setup;

describe('/plan remove', () => {
  it('French: asks first; « Non » keeps it, « Oui » removes it', async () => {
    const replies = await handle(text(amel, '/plan remove 2'));
    const list = lastChoices(replies);
    expect(bare(list.text)).toContain("Retirer l'action 2 du plan : « Former les agents » ?");
    expect(list.choices.map((c) => bare(c.label))).toEqual(['Oui, la retirer', 'Non, la garder']);
    expect(await setup.titles(teams.amel)).toEqual(['Afficher les horaires', 'Former les agents']);

    const kept = plain(await handle(choice(amel, list.promptId, ['no'])));
    expect(kept).toBe("Rien n'a été retiré : l'action 2 reste dans le plan (« Former les agents »).");
    expect(await setup.titles(teams.amel)).toEqual(['Afficher les horaires', 'Former les agents']);

    const again = lastChoices(await handle(text(amel, '/plan remove 2')));
    expect(plain(await handle(choice(amel, again.promptId, ['yes'])))).toBe(
      'Action 2 retirée du plan : « Former les agents ».',
    );
    expect(await setup.titles(teams.amel)).toEqual(['Afficher les horaires']);
  });

  it('Arabic: the question reads right to left; a teammate removed it meanwhile: nothing else goes', async () => {
    const list = lastChoices(await handle(text(sami, '/plan حذف 1')));
    expect(bare(list.text)).toContain('هل تحذف الإجراء 1 من الخطة');
    expect(bidiProblems(list.text)).toEqual([]);
    expect(list.choices.map((c) => bare(c.label))).toEqual(['نعم، احذفه', 'لا، أبقِه']);
    // Mounir removes the same action first; Sami's « yes » comes after.
    const his = lastChoices(await handle(text(mate, '/plan remove 1')));
    expect(plain(await handle(choice(mate, his.promptId, ['yes'])))).toContain('retirée');
    const late = plain(await handle(choice(sami, list.promptId, ['yes'])));
    expect(late).toContain('هذا الإجراء لم يعد في الخطة');
    expect(await setup.titles(teams.sami)).toEqual(['Former les agents']);
  });
});
