import { describe, expect, it } from 'vitest';
import { useConsoleHarness, type ConsoleHarness } from './app-harness.ts';

// The lists shown in the console are remembered in memory, to read « 2 » as their second choice.
// After a restart that memory is empty while the chat's step is stored: a number typed then
// answers the list the bot would show again, as it would have before the restart.
let h: ConsoleHarness | undefined;
const openConsole = useConsoleHarness();

describe('a number typed after the bot restarted, in the console', () => {
  it('French: the broadcast audience list still takes « 5 »', async () => {
    h = await openConsole();
    // Someone else to send to: the sender does not get their own broadcast.
    await h.app.db.person.create({ data: { displayName: 'Carole', roles: { create: { role: 'coordinator' } } } });
    await h.say('/broadcast');
    await h.say('Réunion de coordination demain à 10 h.');
    expect(await h.say('-')).toContain('5. Les coordinateurs');
    await h.restart();
    const picked = await h.say('5');
    expect(picked).not.toContain('Aucune liste');
    expect(picked).toContain('Aperçu');
  });

  it('Arabic: the diagnostic domain list still takes « ٢ », and a number with no list open is still refused', async () => {
    h = await openConsole();
    await h.say('/lang ar');
    await h.say('/diagnostic 1');
    expect(await h.say('مصلحة الحالة المدنية')).toMatch(/\n1\. الحالة المدنية/);
    await h.restart();
    expect(await h.say('٢')).toContain('كم عدد المتساكنين');
    const row = await h.app.db.answer.findFirstOrThrow({
      where: { questionId: 'q_service_domain' },
      orderBy: { seq: 'desc' },
    });
    expect(JSON.parse(String(row.value))).toBe('waste_cleaning');
    await h.say('/pause');
    await h.restart();
    expect(await h.say('3')).toContain('لا توجد قائمة تنتظر رقمًا');
  });
});

describe('a number typed after a restart under a broadcast preview, in the console', () => {
  it('French: « 1 » sends nothing and points to /broadcasts, where the draft waits', async () => {
    h = await openConsole();
    // Someone else to send to: the sender does not get their own broadcast.
    await h.app.db.person.create({ data: { displayName: 'Carole', roles: { create: { role: 'coordinator' } } } });
    await h.say('/broadcast');
    await h.say('Réunion de coordination jeudi à 10 h.');
    await h.say('-');
    expect(await h.say('1')).toContain('1. ✅ Envoyer');
    await h.restart();
    const stray = await h.say('1');
    expect(stray).toContain("Aucune liste n'attend de numéro : « 1 » n'a rien envoyé.");
    expect(stray).toContain('Une diffusion attend votre confirmation : tapez /broadcasts pour la revoir');
    expect(await h.app.db.broadcast.findFirstOrThrow()).toMatchObject({ status: 'draft' });
    expect(await h.app.db.outboxMessage.count()).toBe(0);
    const shown = await h.say('/broadcasts');
    expect(shown).toContain('Réunion de coordination jeudi à 10 h.');
    expect(shown).toContain('1. ✅ Envoyer');
  });

  it('Arabic: « ١ » sends nothing and points to /broadcasts; without a draft, the usual reply', async () => {
    h = await openConsole();
    await h.say('/lang ar');
    // Someone else to send to: the sender does not get their own broadcast.
    await h.app.db.person.create({ data: { displayName: 'Carole', roles: { create: { role: 'coordinator' } } } });
    await h.say('/broadcast');
    await h.say('اجتماع التنسيق يوم الخميس');
    await h.say('-');
    expect(await h.say('1')).toContain('معاينة الرسالة');
    await h.restart();
    const stray = await h.say('١');
    expect(stray).toContain('لا توجد قائمة تنتظر رقمًا، فلم يُرسَل شيء بكتابة « ١ ».');
    expect(stray).toContain('رسالة جماعية تنتظر تأكيدك: اكتب /broadcasts لمراجعتها');
    expect(await h.app.db.outboxMessage.count()).toBe(0);
    const shown = await h.say('/broadcasts');
    expect(shown).toContain('اجتماع التنسيق يوم الخميس');
    // Cancelled from the list shown again: a number no longer points to a draft.
    expect(await h.say('2')).toContain('تم التراجع عن الرسالة الجماعية');
    await h.restart();
    expect(await h.say('1')).toContain('لا توجد قائمة تنتظر رقمًا: لم يُسجَّل');
  });
});
