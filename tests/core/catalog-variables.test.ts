// French and Arabic say the same things: every message (and attribute) of one catalog is in the
// other, and uses the same variables, so no name, count or date shown in one language is lost in
// the other.
import { describe, expect, it } from 'vitest';
import { catalogVariables } from '../helpers/catalog.ts';

/**
 * Messages given a value in each language: the label of a choice is passed as `choice` (French)
 * and `choiceAr` (Arabic), and each catalog names its own.
 */
const ownLanguageValue: Record<string, { fr: string; ar: string }> = {
  'qn-exclusive': { fr: 'choice', ar: 'choiceAr' },
};

describe('French and Arabic catalogs', () => {
  const fr = catalogVariables('fr');
  const ar = catalogVariables('ar');

  it('have the same messages and attributes', () => {
    expect(fr.size).toBeGreaterThan(500);
    expect([...ar.keys()].sort()).toEqual([...fr.keys()].sort());
  });

  it('use the same variables in each message', () => {
    const differences: string[] = [];
    for (const [id, french] of fr) {
      const arabic = ar.get(id);
      if (!arabic) continue;
      const own = ownLanguageValue[id];
      const names = (vars: Set<string>, mine: string | undefined, theirs: string | undefined) =>
        [...vars].map((name) => (name === mine ? theirs : name)).sort();
      const inFrench = names(french.all, own?.fr, own?.ar);
      const inArabic = names(arabic.all, undefined, undefined);
      if (JSON.stringify(inFrench) !== JSON.stringify(inArabic))
        differences.push(`${id}: fr ${inFrench.join(',')} / ar ${inArabic.join(',')}`);
    }
    expect(differences).toEqual([]);
  });
});
