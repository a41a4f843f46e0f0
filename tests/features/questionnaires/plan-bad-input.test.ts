// What /plan says to a line it cannot act on — a title missing or without words, the same action
// added twice, a word /plan does not know, « /plan remove » without its number, a number not in the
// plan (alone or among others), a priority, type or field it does not know: each says what was
// wrong, that nothing changed, and what to type, in French and Arabic; the team's plan is as it was.
// Real core, real database.
import { describe, expect, it } from 'vitest';
import { bidiProblems } from '../../helpers/bidi.ts';
import { plain, text } from '../../helpers/messages.ts';
import { useTwoPlanTeams } from '../../helpers/plan-teams.ts';

const setup = useTwoPlanTeams('bad');
const { amel, sami, teams, handle, actions } = setup;

const cases: Record<'fr' | 'ar', [string, string][]> = {
  fr: [
    [
      '/plan add',
      "Il manque l'intitulé de l'action : rien n'a été ajouté. Écrivez l'action en toutes lettres, par exemple /plan add Afficher les horaires d'ouverture à l'accueil.",
    ],
    [
      '/plan add 3',
      "« 3 » n'est pas un intitulé d'action : rien n'a été ajouté. Écrivez l'action en toutes lettres, par exemple /plan add Afficher les horaires d'ouverture à l'accueil.",
    ],
    [
      '/plan add afficher les HORAIRES',
      "L'action 1 porte déjà cet intitulé : rien n'a été ajouté. Pour la voir : /plan 1",
    ],
    ['/plan supprime 2', "« supprime 2 » n'est pas une commande du plan : rien n'a changé. Le plan : /plan"],
    [
      '/plan remove',
      'Pour retirer une action : /plan remove <numéro> (1 à 2), par exemple /plan remove 2. Le retrait vous est demandé en confirmation.',
    ],
    [
      '/plan remove 7',
      "Il n'y a pas d'action numéro « 7 » (1 à 2) : rien n'a changé. Tapez /plan pour voir les actions et leurs numéros.",
    ],
    [
      '/plan done 1 9',
      "Il n'y a pas d'action numéro « 9 » (1 à 2) : rien n'a changé. Tapez /plan pour voir les actions et leurs numéros.",
    ],
    [
      '/plan edit 2 priorite urgente',
      "Priorité inconnue : « urgente », rien n'a changé. Choisissez haute, moyenne ou basse, par exemple /plan edit 2 priorite haute.",
    ],
    [
      '/plan edit 2 type vite',
      "Type inconnu : « vite », rien n'a changé. Choisissez rapide ou structurelle, par exemple /plan edit 2 type rapide.",
    ],
    [
      '/plan edit 1 chef Sami',
      "Champ inconnu : « chef », rien n'a changé. Champs possibles : responsable, echeance, indicateur, cible, priorite, titre, type ; par exemple /plan edit 1 responsable Mme Ben Ali.",
    ],
  ],
  ar: [
    [
      '/plan add',
      'عنوان الإجراء ناقص: لم يُضَف شيء. اكتب الإجراء بالحروف، مثلًا /plan add تعليق أوقات العمل عند الاستقبال.',
    ],
    [
      '/plan اضافة ٣',
      '« 3 » ليس عنوان إجراء: لم يُضَف شيء. اكتب الإجراء بالحروف، مثلًا /plan add تعليق أوقات العمل عند الاستقبال.',
    ],
    ['/plan add Former les agents', 'الإجراء 2 يحمل هذا العنوان من قبل: لم يُضَف شيء. لعرضه: /plan 2'],
    ['/plan امسح 2', '« امسح 2 » ليس أمرًا من أوامر الخطة: لم يتغيّر شيء. الخطة: /plan'],
    ['/plan حذف', 'لحذف إجراء: /plan remove <رقم> (من 1 إلى 2)، مثلًا /plan remove 2. يُطلب منك تأكيد الحذف.'],
    ['/plan حذف 7', 'لا يوجد إجراء رقم « 7 » (من 1 إلى 2): لم يتغيّر شيء. اكتب /plan لترى الإجراءات وأرقامها.'],
    [
      '/plan edit 2 أولوية قصوى',
      'أولوية غير معروفة: « قصوى »، لم يتغيّر شيء. اختر عالية أو متوسطة أو منخفضة، مثلًا /plan edit 2 أولوية عالية.',
    ],
    [
      '/plan edit 1 رئيس سامي',
      'حقل غير معروف: « رئيس »، لم يتغيّر شيء. الحقول الممكنة: مسؤول، أجل، مؤشر، هدف، أولوية، عنوان، نوع؛ مثلًا /plan edit 1 مسؤول السيدة بن علي.',
    ],
  ],
};

describe.each(['fr', 'ar'] as const)('a line /plan cannot act on, in %s', (locale) => {
  const who = locale === 'fr' ? amel : sami;
  const plan = async () =>
    (await actions(locale === 'fr' ? teams.amel : teams.sami)).map((a) => [
      a.title,
      a.owner,
      a.priority,
      a.kind,
      a.doneAt,
    ]);

  it.each(cases[locale])('« %s »: says what to type, and the plan is as it was', async (line, expected) => {
    const before = await plan();
    const replies = await handle(text(who, line));
    expect(plain(replies).split('\n')[0]).toBe(expected);
    if (locale === 'ar') expect(bidiProblems(replies.map((r) => ('text' in r ? r.text : '')).join('\n'))).toEqual([]);
    expect(await plan()).toEqual(before);
    expect(before.map((a) => a[0])).toEqual(['Afficher les horaires', 'Former les agents']);
  });

  it('a word /plan does not know is followed by the forms of the command', async () => {
    const reply = plain(await handle(text(who, locale === 'fr' ? '/plan supprime 2' : '/plan امسح 2')));
    expect(reply).toContain(locale === 'fr' ? '/plan remove <n> — retirer une action' : '/plan remove <n> — حذف إجراء');
  });
});
