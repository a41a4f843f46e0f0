// Numbers typed in words at a number question, as a team member types them on a phone: « douze »,
// « environ vingt agents », « اثنا عشر », « خمسة وعشرون » are saved as the numbers they say; two
// numbers side by side (« douze quinze ») are refused and nothing is saved. Real core, real database.
import { describe, expect, it } from 'vitest';
import { useTypedAnswersTeam } from '../../helpers/typed-answers-team.ts';

const { amel, hedi, say, saved } = useTypedAnswersTeam();

describe('in French', () => {
  it('« douze quinze » is refused and nothing is saved', async () => {
    expect(await say(amel, '/diagnostic 1')).toContain("Combien d'agents ?");
    expect(await say(amel, 'douze quinze')).toContain("Ce n'est pas un nombre que je peux lire sûrement");
    expect(await saved(amel)).toEqual({});
  });

  it('« douze » is saved as 12, and « environ quatre-vingt-dix agents » as 90 when it is changed', async () => {
    expect(await say(amel, 'douze')).toContain('Part des demandes traitées le jour même ?');
    expect(await saved(amel)).toEqual({ q_staff: 12 });
    expect(await say(amel, '/back')).toContain("Combien d'agents ?");
    expect(await say(amel, 'environ quatre-vingt-dix agents')).toContain('Part des demandes traitées le jour même ?');
    expect(await saved(amel)).toEqual({ q_staff: 90 });
  });

  it('« soixante-quinze pour cent » is 75 at a share', async () => {
    expect(await say(amel, 'soixante-quinze pour cent')).toContain('Date de la visite');
    expect(await saved(amel)).toEqual({ q_staff: 90, q_share: 75 });
  });
});

describe('in Arabic', () => {
  it('« اثنا عشر » is saved as 12, « خمسة وعشرون » as 25 when it is changed', async () => {
    expect(await say(hedi, '/diagnostic 1')).toContain('كم عدد الأعوان؟');
    expect(await say(hedi, 'عشرون ثلاثون')).toContain('لا أستطيع قراءة هذا الرقم بيقين');
    expect(await saved(hedi)).toEqual({});
    expect(await say(hedi, 'اثنا عشر')).toContain('نسبة المطالب المعالجة في نفس اليوم؟');
    expect(await saved(hedi)).toEqual({ q_staff: 12 });
    expect(await say(hedi, '/back')).toContain('كم عدد الأعوان؟');
    expect(await say(hedi, 'حوالي خمسة وعشرون عون')).toContain('نسبة المطالب المعالجة في نفس اليوم؟');
    expect(await saved(hedi)).toEqual({ q_staff: 25 });
  });

  it('« خمسون بالمائة » is 50 at a share', async () => {
    expect(await say(hedi, 'خمسون بالمائة')).toContain('تاريخ الزيارة');
    expect(await saved(hedi)).toEqual({ q_staff: 25, q_share: 50 });
  });
});
