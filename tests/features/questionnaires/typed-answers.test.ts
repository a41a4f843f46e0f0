// Answers typed as a team member types them on a phone, in French and Arabic: a hesitation between
// two numbers (« 3 ou 4 », « 3 أو 4 ») is asked back naming both, never picked; a share glossed in
// words (« presque tout, 90% », « تقريبا الكل، 90 % ») is its number; « il y a 2 ans » / « منذ سنتين »
// at a date question offers the day it comes to and saves nothing. Real core, real database.
import { describe, expect, it } from 'vitest';
import { useTypedAnswersTeam } from '../../helpers/typed-answers-team.ts';

const { amel, hedi, say, saved } = useTypedAnswersTeam();

describe('in French', () => {
  it('« 3 ou 4 » is asked back naming both numbers, and nothing is saved', async () => {
    expect(await say(amel, '/diagnostic 1')).toContain("Combien d'agents ?");
    const reply = await say(amel, '3 ou 4');
    expect(reply).toContain('« 3 ou 4 » ? Envoyez un seul nombre : 3, 4, ou la valeur la plus juste entre les deux.');
    // With a question mark and a unit, it is the same hesitation (not a question for /ask).
    expect(await say(amel, '3 ou 4 agents ?')).toContain('Envoyez un seul nombre : 3, 4');
    expect(await saved(amel)).toEqual({});
  });

  it('a number chosen is saved; a later hesitation on it keeps the saved one', async () => {
    expect(await say(amel, '4')).toContain('Part des demandes traitées le jour même ?');
    expect(await say(amel, '/back')).toContain("Combien d'agents ?");
    expect(await say(amel, '5 ou 6')).toContain('Envoyez un seul nombre : 5, 6');
    expect(await saved(amel)).toEqual({ q_staff: 4 });
    expect(await say(amel, '/skip')).toContain('Part des demandes traitées le jour même ?');
  });

  it('« presque tout, 90% » is 90 at a share; words that turn it around are still refused', async () => {
    expect(await say(amel, 'pas 90%')).toContain("Ce n'est pas un nombre que je peux lire sûrement");
    expect(await say(amel, 'presque tout, 90% ou 80%')).not.toContain('Date de la visite');
    expect(await say(amel, 'presque tout, 90%')).toContain('Date de la visite');
    expect(await saved(amel)).toEqual({ q_staff: 4, q_share: 90 });
  });

  it('« il y a 2 ans » at a date question offers the day two years back and saves nothing', async () => {
    const reply = await say(amel, 'il y a 2 ans');
    expect(reply).toContain(
      "« il y a 2 ans », c'est vers le 06/12/2024 : cette question demande le jour exact. Envoyez-le en chiffres, par exemple 06/12/2024 si c'est bien ce jour-là, ou le bon jour de 2024.",
    );
    expect(await saved(amel)).toEqual({ q_staff: 4, q_share: 90 });
    expect(await say(amel, '06/12/2024')).toContain('Un mot pour finir ?');
    expect(await saved(amel)).toMatchObject({ q_visit: '2024-12-06' });
  });
});

describe('in Arabic', () => {
  it('« 3 أو 4 » is asked back naming both numbers, and nothing is saved', async () => {
    expect(await say(hedi, '/diagnostic 1')).toContain('كم عدد الأعوان؟');
    expect(await say(hedi, '3 أو 4')).toContain('« 3 أو 4 »؟ أرسل عددًا واحدًا: 3 أو 4، أو القيمة الأدق بينهما.');
    // Arabic-Indic digits and the Tunisian « ولا » (or).
    expect(await say(hedi, '٣ ولا ٤')).toContain('أرسل عددًا واحدًا: 3 أو 4');
    expect(await saved(hedi)).toEqual({});
    expect(await say(hedi, '4')).toContain('نسبة المطالب المعالجة في نفس اليوم؟');
  });

  it('« تقريبا الكل، 90 % » is 90 at a share', async () => {
    expect(await say(hedi, 'تقريبا الكل، 90 %')).toContain('تاريخ الزيارة');
    expect(await saved(hedi)).toEqual({ q_staff: 4, q_share: 90 });
  });

  it('« منذ سنتين » and « منذ 2 سنوات » offer the day two years back and save nothing', async () => {
    const offered = '« منذ سنتين » يعني تقريبًا 06/12/2024: هذا السؤال يطلب اليوم بالضبط.';
    expect(await say(hedi, 'منذ سنتين')).toContain(offered);
    expect(await say(hedi, 'منذ 2 سنوات')).toContain('« منذ 2 سنوات » يعني تقريبًا 06/12/2024');
    expect(await say(hedi, 'منذ 3 أشهر')).toContain('يعني تقريبًا 06/09/2026');
    expect(await saved(hedi)).toEqual({ q_staff: 4, q_share: 90 });
    expect(await say(hedi, '06/12/2024')).toContain('كلمة أخيرة؟');
    expect(await saved(hedi)).toMatchObject({ q_visit: '2024-12-06' });
  });
});
