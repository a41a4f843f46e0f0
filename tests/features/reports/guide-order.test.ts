// The guide's case studies come in the order of the communes' names as its reader reads them:
// French collation in the French guide, Arabic collation of the Arabic names in the Arabic one.
import JSZip from 'jszip';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/app.ts';
import { createConfig } from '../../../src/config.ts';
import { ensureLocalOperator, operatorAddress } from '../../../src/features/admin/operator.ts';
import { freshDatabase, type FreshDatabase } from '../../helpers/db.ts';
import { text } from '../../helpers/messages.ts';

let app: App;
let fresh: FreshDatabase;
const me = { ...operatorAddress, displayName: 'Hajer' };
const say = async (line: string) => (await app.handle(text(me, line))).replies;

/** The headings of the case studies, in the order of the document. */
async function caseHeadings(line: string, start: string): Promise<string[]> {
  const doc = (await say(line)).find((r) => r.kind === 'document');
  if (doc?.kind !== 'document') throw new Error(`no document for ${line}`);
  const zip = await JSZip.loadAsync(doc.data);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return xml
    .split('</w:p>')
    .map((p) => p.replace(/<[^>]+>/g, '').replace(/[\u200e\u200f\u2066-\u2069]/g, ''))
    .filter((p) => p.startsWith(start))
    .map((p) => p.slice(start.length));
}

beforeAll(async () => {
  fresh = await freshDatabase();
  app = await createApp(createConfig({ DATABASE_URL: fresh.url, LOG_LEVEL: 'silent' }), pino({ level: 'silent' }));
  await ensureLocalOperator(app.db, { name: me.displayName, commune: 'Bizerte' });
  for (const line of [
    '/team add sfax Sfax | صفاقس',
    '/team add tozeur Tozeur | توزر',
    '/team add beja Béja | باجة',
    '/team add kairouan Kairouan | القيروان',
  ])
    await say(line);
});
afterAll(async () => {
  await app.close();
  await fresh.drop();
});

describe('the order of the communes in the guide', () => {
  it('follows French collation in French (« Béja » before « Bizerte »)', async () => {
    expect(await caseHeadings('/guide fr', 'Étude de cas — ')).toEqual([
      'Béja',
      'Bizerte',
      'Kairouan',
      'Sfax',
      'Tozeur',
    ]);
  });

  it('follows the Arabic names in Arabic, a commune without one after them', async () => {
    expect(await caseHeadings('/guide ar', 'دراسة حالة — ')).toEqual(['القيروان', 'باجة', 'توزر', 'صفاقس', 'Bizerte']);
  });

  it('moves a commune whose Arabic name was cleared among those read in French', async () => {
    await say('/team arabe kairouan -');
    expect(await caseHeadings('/guide ar', 'دراسة حالة — ')).toEqual(['باجة', 'توزر', 'صفاقس', 'Bizerte', 'Kairouan']);
  });
});
