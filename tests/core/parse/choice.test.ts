import { describe, expect, it } from 'vitest';
import { matchChoice, type ChoiceResult } from '../../../src/core/parse/choice.ts';

// Labels as questionnaire 1 has them (knowledge/questionnaires/diagnostic-service.yaml), French and Arabic.
const domains = [
  ['État civil et légalisation de signature', 'الحالة المدنية والتعريف بالإمضاء'],
  ['Propreté et collecte des déchets', 'النظافة ورفع الفضلات'],
  ['Permis de bâtir et urbanisme', 'رخص البناء والتعمير'],
  ['Éclairage public', 'التنوير العمومي'],
  ['Voirie et trottoirs', 'الطرقات والأرصفة'],
  ['Marchés municipaux', 'الأسواق البلدية'],
];
const sources = [
  ["D'un registre ou d'un logiciel tenu en continu", 'من سجلّ أو منظومة إعلامية ممسوكة بصفة مستمرة'],
  ["D'un comptage fait pendant l'immersion", 'من عدّ تمّ خلال المعايشة'],
  ["D'une estimation des agents", 'من تقدير الأعوان'],
];
const needs = [
  ['Enquête de satisfaction', 'استبيان رضا'],
  ['Analyse du registre des réclamations', 'تحليل سجلّ الشكاوى'],
  ['Réunions de quartier ou avec les associations', 'لقاءات في الأحياء أو مع الجمعيات'],
  ["Remontées des agents d'accueil et de terrain", 'ملاحظات أعوان الاستقبال والميدان'],
  ['Données statistiques (INS, études)', 'معطيات إحصائية (المعهد الوطني للإحصاء، دراسات)'],
  ['Aucune source organisée', 'لا يوجد مصدر منظّم'],
];

const chosen = (...indexes: number[]): ChoiceResult => ({ ok: true, indexes });
const refused = (reason: string) => ({ ok: false, reason }) as ChoiceResult;

describe('matchChoice: one choice', () => {
  it.each<[string, string[][], ChoiceResult]>([
    ['2', domains, chosen(1)],
    [' 2 ', domains, chosen(1)],
    ['2.', domains, chosen(1)],
    ['٢', domains, chosen(1)],
    ['choix 3', domains, chosen(2)],
    ['n° 3', domains, chosen(2)],
    ['رقم ٤', domains, chosen(3)],
    ['Éclairage public', domains, chosen(3)],
    ['eclairage public', domains, chosen(3)],
    ['ECLAIRAGE PUBLIC', domains, chosen(3)],
    ['etat civil', domains, chosen(0)], // start of the label
    ['État civil et légalisation', domains, chosen(0)],
    ['voirie', domains, chosen(4)],
    ['marchés', domains, chosen(5)],
    ['urbanisme', domains, chosen(2)], // whole word inside the label
    ['collecte des déchets', domains, chosen(1)],
    ['التنوير العمومي', domains, chosen(3)],
    ['الحالة المدنية', domains, chosen(0)],
    ['الحالة المدنيّة', domains, chosen(0)], // diacritics folded
    ['الحاله المدنيه', domains, chosen(0)], // taa marbuta typed as haa
    ['النظافة', domains, chosen(1)],
    ['نظافة', domains, chosen(1)], // the article folded too
    ['الطرقات', domains, chosen(4)],
    ['une estimation des agents', sources, chosen(2)],
    ["D'une estimation des agents", sources, chosen(2)],
    ['estimation', sources, chosen(2)],
    // The whole label inside a longer phrase ("Estimation des agents" typed with an article).
    ['une estimation des agents', [['Registre du service'], ['Estimation des agents']], chosen(1)],
    ["c'est le registre du service", [['Registre du service'], ['Estimation des agents']], chosen(0)],
    ['comptage', sources, chosen(1)],
    ['تقدير الأعوان', sources, chosen(2)],
    ['من تقدير الاعوان', sources, chosen(2)],
    ['Données statistiques (INS, études)', needs, chosen(4)],
  ])('%j → %j', (text, labels, expected) => {
    expect(matchChoice(text, labels, { multiple: false })).toEqual(expected);
  });

  it('prefers an exact label to a longer label starting the same way', () => {
    const labels = ['Propreté', 'Propreté des marchés'];
    expect(matchChoice('propreté', labels, { multiple: false })).toEqual(chosen(0));
    expect(matchChoice('propreté des', labels, { multiple: false })).toEqual(chosen(1));
  });

  it('prefers a label matching by its start to one containing the words', () => {
    const labels = ['Accueil des usagers', "Qualité de l'accueil"];
    expect(matchChoice('accueil', labels, { multiple: false })).toEqual(chosen(0));
  });

  it('prefers a label equal to a number over the position of that number', () => {
    const scale = ['0', '1', '2', '3'];
    expect(matchChoice('2', scale, { multiple: false })).toEqual(chosen(2));
    expect(matchChoice('0', scale, { multiple: false })).toEqual(chosen(0));
  });

  it.each<[string, string[][] | string[], ChoiceResult]>([
    ["d'un", sources, { ok: 'ambiguous', candidates: [0, 1, 2], text: "d'un", indexes: [] }],
    [
      'prop',
      ['Propreté', 'Propreté des marchés', 'Voirie'],
      { ok: 'ambiguous', candidates: [0, 1], text: 'prop', indexes: [] },
    ],
    [
      'public',
      ['Éclairage public', 'Transport public'],
      { ok: 'ambiguous', candidates: [0, 1], text: 'public', indexes: [] },
    ],
    ['Voirie', ['Voirie', 'VOIRIE'], { ok: 'ambiguous', candidates: [0, 1], text: 'Voirie', indexes: [] }],
  ])('%j matches several labels equally well', (text, labels, expected) => {
    expect(matchChoice(text, labels, { multiple: false })).toEqual(expected);
  });

  it.each<[string, ChoiceResult]>([
    ['', refused('empty')],
    ['  ', refused('empty')],
    ['?!', refused('empty')],
    ['7', refused('out-of-range')],
    ['0', refused('out-of-range')],
    ['1,3', refused('several')],
    ['1 et 3', refused('several')],
    ['voirie, marchés', refused('several')],
    ['piscine', refused('no-match')],
    ['de', refused('no-match')], // too short to say anything
    ['pu', refused('no-match')],
    ['civil etat', refused('no-match')], // words out of order
    ['voirie ou marchés', refused('no-match')],
  ])('%j is refused: %j', (text, expected) => {
    expect(matchChoice(text, domains, { multiple: false })).toEqual(expected);
  });
});

describe('matchChoice: several choices', () => {
  it.each<[string, string[][], ChoiceResult]>([
    ['1,3', domains, chosen(0, 2)],
    ['1, 3, 4', domains, chosen(0, 2, 3)],
    ['1;3', domains, chosen(0, 2)],
    ['1 3 4', domains, chosen(0, 2, 3)],
    ['١،٣', domains, chosen(0, 2)],
    ['١ ، ٣', domains, chosen(0, 2)],
    ['1 et 3', domains, chosen(0, 2)],
    ['1 ET 3', domains, chosen(0, 2)],
    ['1 و 3', domains, chosen(0, 2)],
    ['3,1', domains, chosen(2, 0)], // in the order typed
    ['2,2,1', domains, chosen(1, 0)], // without repeats
    ['1,3,', domains, chosen(0, 2)],
    ['4', domains, chosen(3)],
    ['voirie, éclairage public', domains, chosen(4, 3)],
    ['voirie et marchés', domains, chosen(4, 5)],
    ['etat civil, 5', domains, chosen(0, 4)],
    ['الطرقات، التنوير العمومي', domains, chosen(4, 3)],
    ['الطرقات و التنوير العمومي', domains, chosen(4, 3)],
    // A label that contains "et" or a comma stays one item.
    ['État civil et légalisation de signature', domains, chosen(0)],
    ['etat civil et legalisation, voirie et trottoirs', domains, chosen(0, 4)],
    ['Données statistiques (INS, études)', needs, chosen(4)],
    ['enquête de satisfaction, Données statistiques (INS, études)', needs, chosen(0, 4)],
    ['استبيان رضا، معطيات إحصائية (المعهد الوطني للإحصاء، دراسات)', needs, chosen(0, 4)],
  ])('%j → %j', (text, labels, expected) => {
    expect(matchChoice(text, labels, { multiple: true })).toEqual(expected);
  });

  it('reports the unclear item with the items already clear', () => {
    const labels = ['Propreté', 'Propreté des marchés', 'Voirie'];
    expect(matchChoice('voirie, prop', labels, { multiple: true })).toEqual({
      ok: 'ambiguous',
      candidates: [0, 1],
      text: 'prop',
      indexes: [2],
    });
    expect(matchChoice("1, d'un", sources, { multiple: true })).toEqual({
      ok: 'ambiguous',
      candidates: [0, 1, 2],
      text: "d'un",
      indexes: [0],
    });
  });

  it.each<[string, ChoiceResult]>([
    ['', refused('empty')],
    ['1,7', refused('out-of-range')],
    ['0', refused('out-of-range')],
    ['1, piscine', refused('no-match')],
    ['1-3', refused('no-match')], // not read as a range
  ])('%j is refused: %j', (text, expected) => {
    expect(matchChoice(text, domains, { multiple: true })).toEqual(expected);
  });
});
