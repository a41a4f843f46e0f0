// Part 1 of the programme's guide: the methods, from the knowledge pages, each with its sources.
import type { Locale } from '../../core/i18n.ts';
import type { Section } from '../../documents/index.ts';
import { markdownSections } from '../../documents/markdown.ts';
import { readPageFiles, splitFrontMatter } from '../knowledge/ingest.ts';

type Translate = (key: string, args?: Record<string, string | number>) => string;

/** The knowledge pages of `locale`, in their order (session, then file name), as guide chapters. */
export function methodSections(knowledgeDir: string, locale: Locale, t: Translate): Section[] {
  const pages = readPageFiles(knowledgeDir)
    .map(({ file, source }) => splitFrontMatter(file, source))
    .filter(({ meta }) => meta.language === locale);
  return pages.flatMap(({ meta, body }) => {
    const sections = markdownSections(body, meta.title);
    const sources = meta.sources.length > 0 ? meta.sources : [];
    if (sources.length > 0)
      sections.push({
        heading: t('guide-sources'),
        level: 2,
        blocks: [
          { type: 'bullets', items: sources },
          ...(meta.checked ? [{ type: 'paragraph' as const, text: t('guide-checked', { date: meta.checked }) }] : []),
        ],
      });
    return sections;
  });
}
