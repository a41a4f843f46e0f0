import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppHarness, type AppHarness } from './app-harness.ts';

// WhatsApp reports no language: someone new is answered in the language of their first words.
let h: AppHarness;
beforeAll(async () => {
  h = await createAppHarness();
});
afterAll(async () => {
  await h.cleanup();
});

describe('a first message on WhatsApp', () => {
  it('written in Arabic: the person is answered in Arabic from then on', async () => {
    const amina = '21655000001@c.us';
    expect((await h.say(amina, 'السلام عليكم')).join('\n')).toContain('أهلًا Salma Ben Ali!');
    const welcome = (await h.say(amina, '/start')).join('\n');
    expect(welcome).toContain('مرحبًا Salma Ben Ali! أنا جودة');
    // Not in a team yet: what to ask for and what to type.
    expect(welcome).toContain('اطلب رمز دعوة من منسّقك، ثم أرسل /join متبوعًا بالرمز.');
    expect((await h.say(amina, '/help')).join('\n')).toContain('ما يمكنك القيام به');
  });

  it('written in French or as a command: French, with the way to Arabic said in Arabic', async () => {
    const karim = '21655000002@c.us';
    const welcome = (await h.say(karim, '/start')).join('\n');
    expect(welcome).toContain('Bonjour Salma Ben Ali !');
    expect(welcome).toContain('لمحادثتي بالعربية، اكتب /lang ar');
    expect(welcome).toContain("demandez un code d'invitation à votre coordinateur, puis envoyez /join suivi du code.");
    // Arabic words written later (a place name, a quote) do not change the language.
    await h.say(karim, 'صفاقس');
    expect((await h.say(karim, '/help')).join('\n')).toContain('Ce que vous pouvez faire');
    const salah = '21655000003@c.us';
    await h.say(salah, 'Bonjour, je suis SG à صفاقس');
    expect((await h.say(salah, '/help')).join('\n')).toContain('Ce que vous pouvez faire');
  });
});

describe('a greeting on WhatsApp', () => {
  it('is greeted back with what to do, in the language of the person, not « not understood »', async () => {
    const sami = '21655000004@c.us';
    expect(await h.say(sami, 'Bonjour !')).toEqual([
      'Bonjour Salma Ben Ali ! Tapez /help pour voir ce que je sais faire, ou écrivez-moi une question sur le module.',
    ]);
    expect((await h.say(sami, 'Salam')).join('\n')).toContain('Bonjour Salma Ben Ali !');
    const hela = '21655000005@c.us';
    expect(await h.say(hela, 'السلام عليكم')).toEqual([
      'أهلًا Salma Ben Ali! اكتب /help لترى ما يمكنني القيام به، أو اكتب لي سؤالًا حول الوحدة.',
    ]);
    // A word that is not a greeting alone keeps the usual answer.
    expect((await h.say(hela, 'سلام عليكم شنوة الكايزن')).join('\n')).not.toContain('أهلًا');
  });
});
