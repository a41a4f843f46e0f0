import { describe, expect, it } from 'vitest';
import { text } from '../../helpers/messages.ts';
import { useAppHarness, type AppHarness } from './app-harness.ts';

// An SG with WhatsApp and Telegram linked answers the open choice question on Telegram, then types
// a number on WhatsApp for the list still on the phone's screen. Nothing is saved; the notice speaks
// of a choice (there are no buttons on WhatsApp) and the question now open comes under it, so the
// next message answers it.
const salma = '21655123456@c.us';
const karim = '21698765432@c.us';
const h: AppHarness = useAppHarness([
  { externalId: salma, displayName: 'Salma Ben Ali', locale: 'fr', slug: 'sfax' },
  { externalId: karim, displayName: 'Karim Trabelsi', locale: 'ar', slug: 'gabes' },
]);

/** Links a Telegram account to the WhatsApp one's person; gives its sender. */
async function linkTelegram(chat: string, telegramId: string) {
  const { personId } = await h.app.db.identity.findFirstOrThrow({ where: { externalId: chat } });
  await h.app.db.identity.create({
    data: { channel: 'telegram', externalId: telegramId, personId, lastSeenAt: new Date() },
  });
  return { channel: 'telegram' as const, externalId: telegramId, displayName: 'SG' };
}

/** The domain list on WhatsApp, then the domain answered on Telegram: gives what a typed « 3 » gets back. */
async function staleNumber(chat: string, telegramId: string, name: string) {
  const telegram = await linkTelegram(chat, telegramId);
  await h.say(chat, '/diagnostic 1');
  expect((await h.say(chat, name)).join('\n')).toMatch(/\n1\. .+\n2\. /);
  await h.app.handle(text(telegram, '/diagnostic 1'));
  await h.app.handle(text(telegram, '2'));
  return h.say(chat, '3');
}

async function stored(questionId: string, chat: string): Promise<unknown> {
  const { personId } = await h.app.db.identity.findFirstOrThrow({ where: { externalId: chat } });
  const row = await h.app.db.answer.findFirst({ where: { questionId, authorId: personId }, orderBy: { seq: 'desc' } });
  const raw = row?.value;
  return (typeof raw === 'string' ? JSON.parse(raw) : raw) as unknown;
}

describe('a number typed on WhatsApp for a list answered meanwhile on Telegram', () => {
  it('French: a choice, not a button; the open question comes again and the next message answers it', async () => {
    const out = await staleNumber(salma, '7001', 'Service état civil');
    expect(out[0]).toBe(
      "Ce choix concerne une question précédente : rien n'a été enregistré. Répondez à la question affichée en dernier.",
    );
    expect(out.join('\n')).not.toContain('bouton');
    expect(out.at(-1)).toContain("Combien d'habitants ce service dessert-il ?");
    expect(await stored('q_service_domain', salma)).toBe('waste_cleaning');
    await h.say(salma, '12000');
    expect(await stored('q_residents_served', salma)).toBe(12000);
  });

  it('Arabic: the same, in Arabic', async () => {
    const out = await staleNumber(karim, '7002', 'مصلحة الحالة المدنية');
    expect(out[0]).toBe('هذا الاختيار يخص سؤالًا سابقًا: لم يُسجَّل شيء. أجب عن آخر سؤال معروض.');
    expect(out.join('\n')).not.toContain('زر');
    expect(out.at(-1)).toContain('كم عدد المتساكنين الذين يخدمهم هذا المرفق؟');
    expect(await stored('q_service_domain', karim)).toBe('waste_cleaning');
  });
});
