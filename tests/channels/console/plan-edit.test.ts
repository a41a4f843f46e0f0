import { describe, expect, it } from 'vitest';
import { yesterdayInTunis } from '../../helpers/days.ts';
import { useConsoleHarness } from './app-harness.ts';

// The guided « /plan edit 1 » in the console, where its list is numbered: a number not on it
// (« 7 ») is said not on it, nothing changed, and the list comes again (it was « Aucune liste
// n'attend de numéro », the edit dropped); « 3 » then asks the due date, and « hier » is refused in
// the words of « /plan edit 1 echeance hier ». Nothing is saved. French and Arabic.
const openConsole = useConsoleHarness();

const words = {
  fr: {
    title: 'Afficher les horaires',
    notListed:
      "« 7 » n'est pas dans la liste : rien n'a changé dans l'action 1. Choisissez ci-dessous ce que vous voulez modifier.",
    list: 'Que voulez-vous changer ?\n1. Titre',
    asked: "Nouvelle échéance de l'action 1 ?",
    hier: 'hier',
    refused: (date: string) => `⚠️ « hier », c'est le ${date} : une date déjà passée. Rien n'a changé dans l'action 1.`,
    line: '/plan edit 1 echeance hier',
    fields: ['le pilote', "l'échéance", 'changer la cible'],
    asks: ["Qui pilote l'action 1 ?", "Nouvelle échéance de l'action 1 ?", "Nouvelle cible de l'action 1 ?"],
  },
  ar: {
    title: 'تعليق أوقات العمل',
    notListed: '« 7 » ليس في القائمة: لم يتغيّر شيء في الإجراء 1. اختر من القائمة أدناه ما تريد تعديله.',
    list: 'ماذا تريد أن تغيّر؟\n1. العنوان',
    asked: 'الأجل الجديد للإجراء 1؟',
    hier: 'أمس',
    refused: (date: string) => `⚠️ « أمس » يوافق يوم ${date}، وهو يوم قد مضى. لم يتغيّر شيء في الإجراء 1.`,
    line: '/plan edit 1 أجل أمس',
    fields: ['المسؤول', 'تغيير الأجل', 'عدّل الهدف'],
    asks: ['من يقود الإجراء 1؟', 'الأجل الجديد للإجراء 1؟', 'الهدف الجديد للإجراء 1؟'],
  },
} as const;

describe.each(['fr', 'ar'] as const)('the guided /plan edit in the console, in %s', (locale) => {
  const w = words[locale];

  it('« 7 » at the list: not on it, the list again; « 3 » then « hier »: refused as in one line', async () => {
    const c = await openConsole();
    await c.say(`/lang ${locale}`);
    await c.app.db.actionItem.deleteMany({ where: { teamId: c.teamId } });
    await c.say(`/plan add ${w.title}`);
    await c.say('/plan edit 1');
    const again = await c.say('7');
    expect(again).toContain(w.notListed);
    expect(again).toContain(w.list);
    expect(await c.say('3')).toContain(w.asked);
    const guided = await c.say(w.hier);
    expect(guided).toContain(w.refused(yesterdayInTunis()));
    expect(guided).toContain(w.asked);
    await c.say(locale === 'fr' ? 'annuler' : 'إلغاء');
    expect(await c.say(w.line)).toContain(w.refused(yesterdayInTunis()));
    const items = await c.app.db.actionItem.findMany({ where: { teamId: c.teamId } });
    expect(items.map((i) => [i.title, i.dueDate])).toEqual([[w.title, null]]);
  });

  it('the field named as people say it (« le pilote », « changer la cible ») opens that field', async () => {
    const c = await openConsole();
    await c.say(`/lang ${locale}`);
    await c.app.db.actionItem.deleteMany({ where: { teamId: c.teamId } });
    await c.say(`/plan add ${w.title}`);
    for (const [i, field] of w.fields.entries()) {
      await c.say('/plan edit 1');
      expect(await c.say(field)).toContain(w.asks[i]);
      await c.say(locale === 'fr' ? 'annuler' : 'إلغاء');
    }
  });
});
