import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { methodSections } from '../../../src/features/reports/guide-methods.ts';
import { parseGlossary } from '../../../src/features/knowledge/glossary.ts';
import { chunkPage, parsePage, PageError, readPageFiles } from '../../../src/features/knowledge/ingest.ts';
import { createKnowledgeBase } from '../../../src/features/knowledge/knowledge-base.ts';

const knowledgeDir = resolve(import.meta.dirname, '../../../knowledge');
const meta = { id: 'p', title: 'Titre', language: 'fr' as const, tags: ['t'], sources: [] };

describe('chunking by heading', () => {
  it('cuts at each heading of level 2+, keeping title, heading path, language and page id', () => {
    const body = [
      '# Titre',
      'Intro.',
      '## A',
      'Texte A.',
      '### A.1',
      'Texte A1.',
      '## B',
      'Texte B.',
      '```',
      '## pas un titre',
      '```',
    ].join('\n');
    const chunks = chunkPage(meta, body);
    expect(chunks.map((c) => [c.id, c.headingPath, c.text])).toEqual([
      ['p:fr:0', ['Titre'], 'Intro.'],
      ['p:fr:1', ['Titre', 'A'], 'Texte A.'],
      ['p:fr:2', ['Titre', 'A', 'A.1'], 'Texte A1.'],
      ['p:fr:3', ['Titre', 'B'], 'Texte B.\n```\n## pas un titre\n```'],
    ]);
    expect(chunks.every((c) => c.pageId === 'p' && c.language === 'fr' && c.title === 'Titre')).toBe(true);
  });

  it('skips empty sections and changes a chunk hash only when its text changes', () => {
    const a = chunkPage(meta, '## A\n\n## B\nTexte B.\n## C\nTexte C.');
    const b = chunkPage(meta, '## A\n\n## B\nTexte B.\n## C\nTexte C modifié.');
    expect(a.map((c) => c.headingPath.at(-1))).toEqual(['B', 'C']);
    expect(a[0]?.hash).toBe(b[0]?.hash);
    expect(a[1]?.hash).not.toBe(b[1]?.hash);
  });
});

describe('front matter', () => {
  it.each([
    ['missing', '# Sans front matter'],
    ['bad language', '---\nid: x\ntitle: X\nlanguage: en\n---\n# X'],
    ['bad id', '---\nid: Not Kebab\ntitle: X\nlanguage: fr\n---\n# X'],
    ['no title', '---\nid: x\nlanguage: fr\n---\n# X'],
  ])('%s is a PageError naming the file', (_, source) => {
    expect(() => parsePage('x.md', source)).toThrow(PageError);
    expect(() => parsePage('x.md', source)).toThrow(/^x\.md: /);
  });
});

describe('references in the front matter', () => {
  it('reads sources and the date they were checked', () => {
    const page = parsePage(
      'x.md',
      '---\nid: x\ntitle: X\nlanguage: fr\nsources:\n  - "Loi n° 2008-23 du 1er avril 2008"\n  - "ISO 9001:2015, clause 9.1.2"\nchecked: 2026-12-05\n---\n# X\n## A\nTexte.',
    );
    expect(page.sources).toEqual(['Loi n° 2008-23 du 1er avril 2008', 'ISO 9001:2015, clause 9.1.2']);
    expect(page.checked).toBe('2026-12-05');
    expect(parsePage('y.md', '---\nid: y\ntitle: Y\nlanguage: fr\n---\n# Y').sources).toEqual([]);
  });

  it.each([
    ['sources not a list', 'sources: "une loi"'],
    ['an empty source', 'sources: [""]'],
    ['checked not a date', 'checked: bientôt'],
    ['a short title as long as a title', `short_title: "${'Le coût complet et son optimisation '.repeat(2)}"`],
  ])('%s is a PageError naming the field', (_, line) => {
    expect(() => parsePage('x.md', `---\nid: x\ntitle: X\nlanguage: fr\n${line}\n---\n# X`)).toThrow(
      /^x\.md: (sources|checked|short_title)/,
    );
  });

  it('every page of the base has a short title in both languages', () => {
    for (const { file, source } of readPageFiles(knowledgeDir))
      expect(parsePage(file, source).short_title, file).toBeTruthy();
  });
});

describe('sources declared by a section', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = '';
  });
  const page = (comment: string) =>
    [
      '---',
      'id: x',
      'title: X',
      'language: fr',
      'sources:',
      '  - "Loi A"',
      '  - "Loi B"',
      '  - "Loi C"',
      '---',
      '# X',
      'Intro.',
      '## Voirie',
      '',
      comment,
      '',
      'Texte voirie.',
      '## Marchés',
      'Texte marchés.',
    ].join('\n');

  it('reads the positions off the section, which shows no trace of them', () => {
    const parsed = parsePage('x.md', page('<!-- sources: 3, 1 -->'));
    expect(parsed.chunks.map((c) => [c.headingPath.at(-1), c.text, c.sourcePositions])).toEqual([
      ['X', 'Intro.', undefined],
      ['Voirie', 'Texte voirie.', [3, 1]],
      ['Marchés', 'Texte marchés.', undefined],
    ]);
  });

  it('leaves a comment inside a code block alone', () => {
    const chunks = chunkPage(meta, '## A\n```\n<!-- sources: 1 -->\n```');
    expect(chunks[0]?.sourcePositions).toBeUndefined();
    expect(chunks[0]?.text).toContain('<!-- sources: 1 -->');
  });

  it.each([
    [
      'a position past the list',
      '<!-- sources: 2, 4 -->',
      /source position 4 out of range \(the page lists 3 sources\)/,
    ],
    ['position 0', '<!-- sources: 0 -->', /source position 0 out of range/],
    ['no position', '<!-- sources: -->', /out of range/],
    ['a word', '<!-- sources: deux -->', /out of range/],
  ])('%s is a PageError naming the page and the section', (_, comment, problem) => {
    expect(() => parsePage('x.md', page(comment))).toThrow(PageError);
    expect(() => parsePage('x.md', page(comment))).toThrow(/^x\.md: section « Voirie »: /);
    expect(() => parsePage('x.md', page(comment))).toThrow(problem);
  });

  it.each([
    ['in a section with no text', (comment: string) => page(comment).replace('Texte voirie.', '')],
    [
      'in a section whose only text is another heading',
      (comment: string) => page(comment).replace('Texte voirie.', '### Chaussées\nTexte chaussées.'),
    ],
    ['alone before the first section', (comment: string) => page('').replace('Intro.', comment)],
  ])('%s is a PageError naming the page and the section, not dropped', (_, make) => {
    const source = make('<!-- sources: 2 -->');
    expect(() => parsePage('x.md', source)).toThrow(PageError);
    expect(() => parsePage('x.md', source)).toThrow(
      /^x\.md: section « (Voirie|X) »: declares sources but has no text$/,
    );
    dir = mkdtempSync(join(tmpdir(), 'jawda-kb-'));
    cpSync(knowledgeDir, dir, { recursive: true });
    writeFileSync(join(dir, 'pages/fr/zz-empty.md'), source);
    const report = createKnowledgeBase(dir).sync();
    expect(report.errors).toEqual([
      expect.stringMatching(/zz-empty\.md: section « (Voirie|X) »: declares sources but has no text/),
    ]);
  });

  it('is a load error of the knowledge base, the other pages still read', () => {
    dir = mkdtempSync(join(tmpdir(), 'jawda-kb-'));
    cpSync(knowledgeDir, dir, { recursive: true });
    writeFileSync(join(dir, 'pages/fr/zz-declared.md'), page('<!-- sources: 9 -->'));
    const report = createKnowledgeBase(dir).sync();
    expect(report.errors).toEqual([expect.stringMatching(/zz-declared\.md: section « Voirie »: source position 9/)]);
    expect(report.pages).toBeGreaterThan(60);
  });

  it('is never shown: not in any chunk of the real pages, nor in the guide', () => {
    const kb = createKnowledgeBase(knowledgeDir);
    kb.sync();
    const declared = kb.page('s1-references-services', 'fr')?.chunks.filter((c) => c.sourcePositions) ?? [];
    expect(declared.length).toBeGreaterThan(5);
    expect(kb.chunks().filter((c) => /<!--|-->/.test(c.text))).toEqual([]);
    const t = (key: string) => key;
    for (const locale of ['fr', 'ar'] as const) {
      const shown = JSON.stringify(methodSections(knowledgeDir, locale, t));
      expect(shown).not.toMatch(/<!--|-->/);
      expect(shown).toContain(locale === 'fr' ? 'Voirie : routes et trottoirs' : 'الطرقات والأرصفة');
    }
  });
});

describe('the real knowledge folder', () => {
  const kb = createKnowledgeBase(knowledgeDir);
  const report = kb.sync();

  it('has every page readable, in both languages, with a glossary pointing to real pages', () => {
    expect(report.errors).toEqual([]);
    expect(readPageFiles(knowledgeDir).length).toBe(report.pages);
    const ids = (language: string) =>
      kb
        .pages()
        .filter((p) => p.language === language)
        .map((p) => p.id)
        .sort();
    expect(ids('fr').length).toBeGreaterThanOrEqual(30);
    expect(ids('ar')).toEqual(ids('fr'));
    const terms = parseGlossary(readFileSync(join(knowledgeDir, 'glossary.yaml'), 'utf8'));
    expect(terms.length).toBeGreaterThan(50);
    const unknown = terms.flatMap((t) => t.pages).filter((id) => !ids('fr').includes(id));
    expect(unknown).toEqual([]);
  });

  it('gives every page references a participant can check', () => {
    expect(
      kb
        .pages()
        .filter((p) => p.sources.length === 0)
        .map((p) => p.file),
    ).toEqual([]);
  });

  it("names its sources in words a participant knows (not the project's own file names)", () => {
    const internal = kb
      .pages()
      .flatMap((p) => p.sources.filter((s) => /\bseed\b/i.test(s)).map((s) => `${p.file}: ${s}`));
    expect(internal).toEqual([]);
  });

  it('indexes the whole base, every page in both languages', () => {
    const base = createKnowledgeBase(knowledgeDir);
    const result = base.sync();
    expect(result.errors).toEqual([]);
    expect(result.pages).toBeGreaterThan(60);
  });
});

describe('incremental sync', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('re-indexes only the changed page, drops removed ones, and skips a broken page with its error', () => {
    dir = mkdtempSync(join(tmpdir(), 'jawda-kb-'));
    cpSync(knowledgeDir, dir, { recursive: true });
    const kb = createKnowledgeBase(dir);
    const first = kb.sync();
    expect(first.changedFiles).toBe(first.pages);
    const kaizen = join(dir, 'pages/fr/s1-kaizen.md');
    const kaizenChunks = kb.page('s1-kaizen', 'fr')?.chunks.length ?? 0;
    expect(kb.frenchWords().has('xylophone')).toBe(false);
    writeFileSync(kaizen, `${readFileSync(kaizen, 'utf8')}\n\nUne phrase ajoutée à la fin, sur un xylophone.\n`);
    const second = kb.sync();
    expect(second).toMatchObject({ changedFiles: 1, added: 1, removed: 1, kept: first.added - 1, errors: [] });
    // The French pages' words, as written, follow the pages (for reading Tunisian verbs).
    expect(kb.frenchWords().has('xylophone')).toBe(true);
    expect(kaizenChunks).toBeGreaterThan(1);

    rmSync(join(dir, 'pages/ar/s1-kaizen.md'));
    writeFileSync(join(dir, 'pages/fr/zz-broken.md'), '---\nid: zz\nlanguage: fr\n---\n# ?');
    const third = kb.sync();
    expect(third.errors).toHaveLength(1);
    expect(third.errors[0]).toMatch(/zz-broken\.md: title/);
    expect(kb.page('s1-kaizen', 'ar')).toBeUndefined();
    expect(kb.chunks().some((c) => c.pageId === 's1-kaizen' && c.language === 'ar')).toBe(false);
    expect(kb.index.search('kaizen', 5).length).toBeGreaterThan(0);
  });
});
