import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MessageTypeValues as T } from '../../helpers/whatsapp-stand-in/index.ts';
import { createAppHarness, enrol, type AppHarness } from './app-harness.ts';

// WhatsApp voice notes, stickers or locations are not read: the person is told so in both
// languages, then shown the question still open, as « ? » shows it, so they know what to send.
const salma = '21655123456@c.us';
const stranger = '21699111222@c.us';

let h: AppHarness;
beforeAll(async () => {
  h = await createAppHarness();
  await enrol(h.app, [
    { externalId: salma, displayName: 'Salma Ben Ali', slug: 'sfax', teamName: 'Équipe Sfax', commune: 'Sfax' },
  ]);
});
afterAll(async () => {
  await h.cleanup();
});

/** Sends a message of `type` and returns the texts sent back. */
async function send(from: string, type: (typeof T)['VOICE' | 'AUDIO']): Promise<string[]> {
  const before = h.standIn.textsTo(from).length;
  h.standIn.live().deliver({ from, type });
  await h.idle();
  return h.standIn
    .textsTo(from)
    .slice(before)
    .map((text) => text.replace(/[\u200b\u200e\u200f\u2066-\u2069]/g, ''));
}

describe('a voice note on WhatsApp', () => {
  it('mid-questionnaire: the bilingual reply, then the open question again, still answered by its number', async () => {
    await h.say(salma, '/diagnostic 1');
    const text = await send(salma, T.VOICE);
    expect(text).toHaveLength(2);
    expect(text[0]).toContain('pas ce type de message');
    expect(text[0]).toContain('ليس هذا النوع من الرسائل');
    expect(text[1]).toMatch(/^\*Question 1\/\d+(?:–\d+)? · .+\*\n/);
    expect(text[1]).toContain('Quel est le nom du service diagnostiqué ?');

    await h.say(salma, 'Service état civil');
    const choice = await send(salma, T.AUDIO);
    expect(choice).toHaveLength(2);
    expect(choice[1]).toContain('À quel domaine appartient ce service ?\n1. État civil');
    expect((await h.say(salma, '2')).join('\n')).toContain("Combien d'habitants");
    const answer = await h.app.db.answer.findFirstOrThrow({ where: { questionId: 'q_service_domain' } });
    expect(JSON.parse(String(answer.value))).toBe('waste_cleaning');
  });

  it('from someone who never wrote: the bilingual reply only, nobody recorded', async () => {
    const people = await h.app.db.person.count();
    const text = await send(stranger, T.VOICE);
    expect(text).toHaveLength(1);
    expect(text[0]).toContain('ليس هذا النوع من الرسائل');
    expect(await h.app.db.person.count()).toBe(people);
  });
});
