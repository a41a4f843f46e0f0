// A tired person on a phone goes /back one question too far and types the number meant for the
// question they left: the change of their own earlier answer is said at once, with the question's
// few words and both values (« Habitants desservis : ${n} habitants → 12 habitants »), instead
// of passing silently until the review. The same answer given again, or a first answer, says
// nothing more. Real application, questionnaire and database, in French and Arabic.
import { describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import type { Locale } from '../../../src/core/i18n.ts';
import { formatNumber } from '../../../src/core/number-format.ts';
import { appForTests } from '../../helpers/app.ts';
import { enrolInNewTeam } from '../../helpers/enrol.ts';
import { plain, text } from '../../helpers/messages.ts';

let app: App;
appForTests((ready) => {
  app = ready;
});

async function member(slug: string, locale: Locale) {
  const { who } = await enrolInNewTeam(app, { slug, sender: { externalId: `tired-${slug}` } });
  const say = async (line: string) => plain((await app.handle(text(who, line))).replies);
  await say(`/lang ${locale}`);
  return say;
}

const n = formatNumber(45000);

const words = {
  fr: {
    name: 'Service des permis de bâtir',
    changed: `✏️ Modifié — Habitants desservis : ${n} habitants → 12 habitants`,
    back: `✏️ Modifié — Habitants desservis : 12 habitants → ${n} habitants`,
    mark: '✏️',
  },
  ar: {
    name: 'مصلحة رخص البناء',
    changed: `✏️ تعديل — المتساكنون المنتفعون: ${n} ساكن ← 12 ساكنًا`,
    back: `✏️ تعديل — المتساكنون المنتفعون: 12 ساكنًا ← ${n} ساكن`,
    mark: '✏️',
  },
} as const;

describe.each(['fr', 'ar'] as const)('changing one’s own earlier answer, in %s', (locale) => {
  const w = words[locale];

  it('says which answer changed, from what to what', async () => {
    const say = await member(`back-${locale}`, locale);
    await say('/diagnostic 1');
    await say(w.name);
    await say('3');
    // First answers: nothing said about a change.
    expect(await say('45000')).not.toContain(w.mark);
    expect(await say('120')).not.toContain(w.mark);
    await say('/back');
    await say('/back');
    // « ١٢ » meant for the agents, typed at the inhabitants.
    const changed = await say('١٢');
    expect(changed).toContain(w.changed);
    // Not also read back on a line of its own.
    expect(changed.split('\n').filter((l) => l.startsWith('✅'))).toEqual([]);

    // From the review, put right; the same value again says nothing.
    await say('/review');
    expect(await say('3')).not.toContain(w.mark);
    expect(await say('45 000')).toContain(w.back);
    await say('3');
    expect(await say('45000')).not.toContain(w.mark);
  });
});
