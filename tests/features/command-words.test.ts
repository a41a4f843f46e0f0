// Words after a command are read the same way by every command: an Arabic word with its article
// (« الموعد »، « بالفرنسية »، « المهمة ») is the word the command lists once without it, and the
// French words are read as before. Through the real app, on a fresh database.
import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import { createI18n } from '../../src/core/i18n.ts';
import type { OutboundMessage, Sender } from '../../src/core/messages.ts';
import { appForTests } from '../helpers/app.ts';
import { enrolInNewTeam } from '../helpers/enrol.ts';
import { plain, text } from '../helpers/messages.ts';

let app: App;
appForTests((made) => (app = made));
const i18n = createI18n();
const bare = (s: string) => s.replace(/[\u200e\u200f\u2066-\u2069]/g, '');

let who: Sender;
const say = async (line: string): Promise<OutboundMessage[]> => (await app.handle(text(who, line))).replies;
const localeOf = async () =>
  (await app.db.person.findFirstOrThrow({ where: { identities: { some: { externalId: who.externalId } } } })).locale;
const firstAction = () => app.db.actionItem.findFirstOrThrow({ orderBy: { position: 'asc' } });
const fileNameOf = (replies: OutboundMessage[]) => {
  const doc = replies.find((r) => r.kind === 'document');
  return doc?.kind === 'document' ? doc.fileName : `no document: ${plain(replies)}`;
};

describe('Arabic words typed with their article', () => {
  it('/لغة بالفرنسية and /lang العربية switch the language', async () => {
    ({ who } = await enrolInNewTeam(app, { slug: 'beja', lang: 'ar', role: 'coordinator' }));
    expect(plain(await say('/لغة بالفرنسية'))).toBe(bare(i18n.t('fr', 'lang-changed')));
    expect(await localeOf()).toBe('fr');
    expect(plain(await say('/lang العربية'))).toBe(bare(i18n.t('ar', 'lang-changed')));
    expect(await localeOf()).toBe('ar');
  });

  it('/خطة تعديل 1 الموعد … and الأولوية العالية edit the action', async () => {
    expect(plain(await say('/خطة اضف تعليق الآجال بالشباك'))).toContain('1');
    await say('/خطة تعديل 1 الموعد 31/01/2030');
    expect((await firstAction()).dueDate).toEqual(new Date('2030-01-31T00:00:00Z'));
    await say('/خطة تعديل 1 الأولوية العالية');
    expect((await firstAction()).priority).toBe('high');
  });

  it('/تقرير المهمة asks for the latest mission report, not the command’s usage', async () => {
    const mission = app.questionnaires.find((q) => q.id === 'compte-rendu-mission');
    const title = mission?.title.ar ?? 'compte-rendu-mission';
    expect(plain(await say('/تقرير المهمة'))).toBe(bare(i18n.t('ar', 'report-none-submitted', { title })));
  });

  it('/دليل بالفرنسية writes the guide in French; /تصدير الإجابات the answers workbook', async () => {
    expect(fileNameOf(await say('/دليل بالفرنسية'))).toMatch(/^jawda-guide-fr-/);
    expect(fileNameOf(await say('/تصدير الإجابات'))).toMatch(/\.xlsx$/);
  });

  it('/أجل الغاء, typed without its hamza, is /deadline cancel', async () => {
    expect(plain(await say('/أجل الغاء'))).toBe(bare(i18n.t('ar', 'deadline-cancel-usage')));
  });
});

describe('French words, as before', () => {
  it('/lang français, /plan edit 1 ÉCHÉANCE, /guide arabe, /export réponses', async () => {
    expect(plain(await say('/lang français'))).toBe(bare(i18n.t('fr', 'lang-changed')));
    await say('/plan edit 1 ÉCHÉANCE 28/02/2030');
    expect((await firstAction()).dueDate).toEqual(new Date('2030-02-28T00:00:00Z'));
    expect(fileNameOf(await say('/guide arabe'))).toMatch(/^jawda-guide-ar-/);
    expect(fileNameOf(await say('/export réponses'))).toMatch(/^jawda-reponses-beja-.*\.xlsx$/);
    expect(plain(await say('/deadline annuler'))).toBe(bare(i18n.t('fr', 'deadline-cancel-usage')));
  });
});
