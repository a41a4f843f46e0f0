// One Arabic terminology (the glossary's): Arabic pages, catalogs and questionnaires must not use a
// known non-preferred variant, and each French page and its Arabic version have the same sections.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/features/knowledge/ingest.ts';

const root = resolve(import.meta.dirname, '../../..');

interface Variant {
  /** The non-preferred form, as reported. */
  name: string;
  /** What to write instead. */
  use: string;
  pattern: RegExp;
  /** When set, only lines that also match this are checked (the word has other, correct senses). */
  context?: RegExp;
}

const ar = '\\u0600-\\u06FF';
/** A whole Arabic word, with its usual proclitics (و، ب، ل، ف، ك). */
const word = (w: string) => new RegExp(`(^|[^${ar}])[وبلفك]?${w}($|[^${ar}])`, 'u');

const variants: Variant[] = [
  { name: 'أرباع (quadrants)', use: 'محاور', pattern: /أرباع/u },
  { name: 'الأبعاد for ISO 18091 quadrants', use: 'المحاور', pattern: /أبعاد/u, context: /18091|الملحق \(أ\)/u },
  { name: 'الختم for a complaint’s closure', use: 'غلق', pattern: /ختم/u, context: /شكو|شكاي|تشك|تظلم/u },
  { name: 'الإرجاع for restitution', use: 'إعلام المتساكنين بمآل مقترحاتهم', pattern: word('الإرجاع') },
  { name: 'روتين PDCA', use: 'مراجعة دورية وفق PDCA', pattern: /روتين/u, context: /PDCA|بدكا/u },
  { name: 'انتصارات سريعة', use: 'مكاسب سريعة', pattern: /انتصارات سريعة/u },
  { name: 'التقييس for standardising work', use: 'توحيد طريقة العمل', pattern: word('التقييس') },
  { name: 'الشرعية', use: 'المشروعية', pattern: word('الشرعية') },
  { name: 'التنقيط المدقق', use: 'التنقيط المفصّل', pattern: /التنقيط المدقق/u },
  {
    name: 'مرقّمة for chiffrés',
    use: 'محدّدة بالأرقام',
    // Numbered tickets, steps or pages are fine: only figures-bearing commitments and targets are not.
    pattern: /(?<!(?:تذاكر|مراحل|صفحات|قائمة|خانات|فقرات|نقاط|أسطر|أبواب)\s(?:ال)?)مرقمة/u,
  },
  {
    name: 'التزامات for service commitments',
    use: 'تعهدات',
    pattern: /التزامات|كل التزام|بالتزام|التزامين/u,
    // Other senses stay: contractual obligations, a financial or a leadership commitment, commitment to one's work.
    context: /^(?!.*(تعاقد|عقد|كراس الشروط|اتفاقي|لزمة|صاحب|مالي|الإدارة|المسؤولين|بعمله|[Oo]bligation)).*$/u,
  },
  { name: 'مذكرة الإطار', use: 'مذكرة التأطير', pattern: /مذكرة الإطار/u },
];

/**
 * Variants found in files this test's owners do not maintain (questionnaires, other features'
 * catalogs), to be fixed by their owners, who then remove the line here. Anything not listed
 * fails; a line listed but no longer found fails too, so the list only shrinks.
 */
const variantsToFixByTheirOwners: string[] = [];

/** Diacritics and tatweel removed: "المدقَّق" and "المدقق" are one spelling. */
const bare = (text: string) => text.replace(/[\u064B-\u0652\u0670\u0640]/g, '');

function files(dir: string, extension: string): string[] {
  return readdirSync(join(root, dir))
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => join(dir, name));
}

/** `file: variant` for each variant found in the Arabic lines of a file. */
function findings(file: string): string[] {
  const found = new Set<string>();
  for (const line of bare(readFileSync(join(root, file), 'utf8')).split('\n')) {
    if (!/[\u0600-\u06FF]/.test(line)) continue;
    for (const v of variants) if (v.pattern.test(line) && (!v.context || v.context.test(line))) found.add(v.name);
  }
  return [...found].map((name) => `${file}: ${name}`);
}

const arabicPages = files('knowledge/pages/ar', '.md');
const others = [
  ...files('src/locales', '.ftl').filter((f) => f.endsWith('ar.ftl')),
  ...files('src/locales/ar', '.ftl'),
  ...files('knowledge/questionnaires', '.yaml'),
];

describe('one Arabic terminology', () => {
  it('the Arabic pages use the glossary’s terms', () => {
    expect(arabicPages.length).toBeGreaterThan(30);
    expect(arabicPages.flatMap(findings)).toEqual([]);
  });

  it('catalogs and questionnaires use them too, except the variants listed for their owners', () => {
    const found = others.flatMap(findings);
    expect(found.filter((f) => !variantsToFixByTheirOwners.includes(f))).toEqual([]);
  });

  it('lists no variant that is fixed already (remove it from variantsToFixByTheirOwners)', () => {
    const found = others.flatMap(findings);
    expect(variantsToFixByTheirOwners.filter((f) => !found.includes(f))).toEqual([]);
  });

  it('recognises each variant and leaves the preferred terms alone', () => {
    const flagged = (line: string) =>
      variants.filter((v) => v.pattern.test(bare(line)) && (!v.context || v.context.test(bare(line))));
    expect(flagged('تضم ISO 18091 أربعة أبعاد').map((v) => v.use)).toEqual(['المحاور']);
    expect(flagged('الأبعاد الخمسة لنموذج SERVQUAL')).toEqual([]);
    expect(flagged('ختم الشكوى في السجل').map((v) => v.use)).toEqual(['غلق']);
    expect(flagged('عون يبحث عن سجل أو ختم')).toEqual([]);
    expect(flagged('التنقيط المدقَّق').map((v) => v.use)).toEqual(['التنقيط المفصّل']);
    expect(flagged('تذاكر مرقّمة ومراحل مرقّمة')).toEqual([]);
    expect(flagged('بقيم مستهدفة مرقّمة').map((v) => v.use)).toEqual(['محدّدة بالأرقام']);
    expect(flagged('المنظمة الدولية للتقييس')).toEqual([]);
    expect(flagged('المشروعية')).toEqual([]);
    expect(flagged('التزامات صاحب اللزمة')).toEqual([]);
    expect(flagged('الفصل 5 – القيادة: التزام الإدارة')).toEqual([]);
    expect(flagged('ميثاق خدمة يتضمّن 5 التزامات مرقّمة').map((v) => v.use)).toEqual(['محدّدة بالأرقام', 'تعهدات']);
    expect(flagged('غلق الشكوى، وتعهدات محدّدة بالأرقام، ومكاسب سريعة')).toEqual([]);
  });
});

describe('French and Arabic pages correspond', () => {
  /** `##` headings outside code blocks. */
  const headings = (file: string) => {
    let fenced = false;
    return readFileSync(join(root, file), 'utf8')
      .split('\n')
      .filter((line) => {
        if (/^(```|~~~)/.test(line.trim())) fenced = !fenced;
        return !fenced && /^## /.test(line);
      });
  };

  it('each page exists in both languages with as many sections', () => {
    const french = files('knowledge/pages/fr', '.md');
    const names = (list: string[]) => list.map((f) => relative('knowledge/pages/fr', f).replace(/^\.\.\/ar\//, ''));
    expect(names(arabicPages)).toEqual(names(french));
    const different = french.flatMap((fr) => {
      const arabic = fr.replace('/fr/', '/ar/');
      const [a, b] = [headings(fr).length, headings(arabic).length];
      return a === b ? [] : [`${fr}: ${a} sections, ${arabic}: ${b}`];
    });
    expect(different).toEqual([]);
  });

  it('each section declares the same sources in both languages, from lists of the same length', () => {
    const declared = (file: string) => {
      const page = parsePage(file, readFileSync(join(root, file), 'utf8'));
      return { count: page.sources.length, sections: page.chunks.map((c) => c.sourcePositions ?? []) };
    };
    const different = files('knowledge/pages/fr', '.md').flatMap((fr) => {
      const arabic = fr.replace('/fr/', '/ar/');
      const [a, b] = [declared(fr), declared(arabic)];
      if (a.sections.every((s) => s.length === 0) && b.sections.every((s) => s.length === 0)) return [];
      return JSON.stringify(a) === JSON.stringify(b) ? [] : [`${fr} and ${arabic} declare other sources`];
    });
    expect(different).toEqual([]);
  });
});
