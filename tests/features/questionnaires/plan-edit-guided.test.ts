// « /plan edit 1 » alone, on a phone: the action shown briefly with what can be changed (title, pilot,
// due date, indicator, target, or cancel), then the new value asked and saved with its « Avant : »
// line. A value that does not read (a bad or past date) changes nothing and is asked again; a text
// sent after another command is never taken for it; an action a teammate removed meanwhile is said
// gone. Real core, real database, in French and Arabic; the clock on Sunday 6 December 2026.
import { describe, expect, it } from 'vitest';
import type { Sender } from '../../../src/core/messages.ts';
import { bidiProblems } from '../../helpers/bidi.ts';
import { bare, choice, lastChoices, plain, text } from '../../helpers/messages.ts';
import { useTwoPlanTeams } from '../../helpers/plan-teams.ts';

const setup = useTwoPlanTeams('ge');
const { amel, sami, mate, teams, handle } = setup;

const { actions } = setup;
/** `/plan edit …` then the field picked on its list: the list asking the value. */
async function pick(who: Sender, line: string, field: string) {
  const fields = lastChoices(await handle(text(who, line)));
  return lastChoices(await handle(choice(who, fields.promptId, [field])));
}

describe('in French', () => {
  it('shows the action briefly and what can be changed, changing nothing', async () => {
    const list = lastChoices(await handle(text(amel, '/plan edit 1')));
    expect(bare(list.text)).toContain("✏️ Modifier l'action 1 : « Afficher les horaires »");
    expect(bare(list.text)).toContain('👤 Pilote : pilote à nommer');
    expect(bare(list.text)).toContain('📅 Échéance : à définir');
    expect(list.choices.map((c) => bare(c.label))).toEqual([
      'Titre',
      'Pilote',
      'Échéance',
      'Indicateur',
      'Cible',
      'Annuler',
    ]);
    expect(list.text.split('\n').length).toBeLessThan(12);
  });

  it('a pilot typed after « Pilote » is saved; typed again, the reply says what it replaced', async () => {
    const asked = await pick(amel, '/plan modifier 1', 'owner');
    expect(bare(asked.text)).toContain("Qui pilote l'action 1 ?");
    expect(asked.choices.map((c) => bare(c.label))).toEqual(['Annuler']);
    const saved = plain(await handle(text(amel, 'Mme Ben Ali')));
    expect(saved).toContain('Action 1 modifiée.');
    expect(saved).toContain('👤 Pilote : Mme Ben Ali.');
    await pick(amel, '/plan edit 1', 'owner');
    expect(plain(await handle(text(amel, 'Sami Trabelsi')))).toContain('Avant : Mme Ben Ali');
    expect((await actions(teams.amel))[0]?.owner).toBe('Sami Trabelsi');
  });

  it('a bad date, then a past one, change nothing and ask again; « le 20 » is saved', async () => {
    await pick(amel, '/plan edit 1', 'dueDate');
    const bad = await handle(text(amel, 'bientôt'));
    expect(plain(bad)).toContain("« bientôt » n'est pas une date reconnue : rien n'a changé.");
    expect(bare(lastChoices(bad).text)).toContain("Nouvelle échéance de l'action 1 ?");
    const past = await handle(text(amel, '01/12/2026'));
    expect(plain(past)).toContain("⚠️ Le 01/12/2026 est déjà passé. Rien n'a changé dans l'action 1.");
    expect(plain(past)).toContain('Donnez une échéance à venir, par exemple 31/12/2026.');
    expect(bare(lastChoices(past).text)).toContain("Nouvelle échéance de l'action 1 ?");
    expect((await actions(teams.amel))[0]?.dueDate).toBeNull();
    const saved = plain(await handle(text(amel, 'le 20')));
    expect(saved).toContain('📅 Échéance : 20/12/2026.');
    expect((await actions(teams.amel))[0]?.dueDate).toEqual(new Date('2026-12-20T00:00:00Z'));
    await pick(amel, '/plan edit 1', 'dueDate');
    const end = plain(await handle(text(amel, 'fin juin')));
    expect(end).toContain('📅 Échéance : 30/06/2027.');
    expect(end).toContain('Avant : 20/12/2026');
  });

  it('cancelled by its word, by its button, or from the list: nothing changes', async () => {
    await pick(amel, '/plan edit 2', 'title');
    expect(plain(await handle(text(amel, 'annuler')))).toBe("Rien n'a changé : l'action 2 reste telle quelle.");
    const asked = await pick(amel, '/plan edit 2', 'target');
    const cancel = asked.choices[0]?.value ?? '';
    expect(plain(await handle(choice(amel, asked.promptId, [cancel])))).toContain("Rien n'a changé");
    const fields = lastChoices(await handle(text(amel, '/plan edit 2')));
    expect(plain(await handle(choice(amel, fields.promptId, ['cancel'])))).toContain("Rien n'a changé");
    expect((await actions(teams.amel))[1]).toMatchObject({ title: 'Former les agents', target: null });
  });

  it('a text sent after another command is not taken for the value asked', async () => {
    await pick(amel, '/plan edit 2', 'indicator');
    await handle(text(amel, '/plan'));
    await handle(text(amel, 'délai moyen'));
    expect((await actions(teams.amel))[1]?.indicator).toBeNull();
  });
});

describe('in Arabic', () => {
  it('asks in Arabic, reads « نهاية جوان », right to left', async () => {
    const list = lastChoices(await handle(text(sami, '/plan تعديل 1')));
    expect(bare(list.text)).toContain('تعديل الإجراء 1');
    expect(bidiProblems(list.text)).toEqual([]);
    expect(list.choices.map((c) => bare(c.label))).toEqual(['العنوان', 'المسؤول', 'الأجل', 'المؤشر', 'الهدف', 'إلغاء']);
    const asked = lastChoices(await handle(choice(sami, list.promptId, ['dueDate'])));
    expect(bare(asked.text)).toContain('الأجل الجديد للإجراء 1؟');
    const bad = plain(await handle(text(sami, 'قريبا')));
    expect(bad).toContain('« قريبا » ليس تاريخًا مفهومًا: لم يتغيّر شيء.');
    const saved = plain(await handle(text(sami, 'نهاية جوان')));
    expect(saved).toContain('📅 الأجل: 30/06/2027.');
    await pick(sami, '/plan edit 1', 'dueDate');
    expect(plain(await handle(text(sami, 'يوم 20')))).toContain('سابقًا: 30/06/2027');
    await pick(sami, '/plan edit 1', 'owner');
    expect(plain(await handle(text(sami, 'إلغاء')))).toBe('لم يتغيّر شيء: الإجراء 1 باقٍ كما هو.');
  });

  it('an action a teammate removed meanwhile is said gone, and nothing changes', async () => {
    await pick(sami, '/plan edit 2', 'owner');
    const his = lastChoices(await handle(text(mate, '/plan remove 2')));
    await handle(choice(mate, his.promptId, ['yes']));
    expect(plain(await handle(text(sami, 'Sami')))).toContain('هذا الإجراء لم يعد في الخطة');
    const left = await actions(teams.sami);
    expect(left.map((a) => [a.title, a.owner])).toEqual([['Afficher les horaires', null]]);
  });
});
