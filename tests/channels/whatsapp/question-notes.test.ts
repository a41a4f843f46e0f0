import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppHarness, enrol, type AppHarness } from './app-harness.ts';

const salma = '21655123456@c.us';
const note = 'Les questions suivantes demandent des valeurs mesurées';

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

describe('a note before a question, on WhatsApp', () => {
  it('comes once, when the person arrives at the question; not again with help, /status, a wrong answer or /back', async () => {
    await h.say(salma, '/diagnostic 1');
    for (const line of ['Service état civil', '1', '12000', '14', '/skip', '15/01/2026']) await h.say(salma, line);
    const arrived = await h.say(salma, '/skip');
    expect(arrived.filter((t) => t.includes(note))).toHaveLength(1);
    expect(arrived.at(-1)).toContain("Temps d'attente médian");

    const help = await h.say(salma, '?');
    expect(help[0]).toMatch(/^Aide :/);
    expect(help.at(-1)).toContain("Temps d'attente médian");
    const status = await h.say(salma, '/status');
    expect(status[0]).toMatch(/^Avancement/);
    const wrong = await h.say(salma, 'beaucoup trop');
    expect(wrong[0]).toMatch(/^⚠️/);
    for (const replies of [help, status, wrong]) {
      expect(replies).toHaveLength(2);
      expect(replies.join('\n')).not.toContain(note);
    }

    // Gone back to from the next one (to correct it), the question comes alone: its note was read.
    await h.say(salma, '25');
    const back = await h.say(salma, '/back');
    expect(back.at(-1)).toContain("Temps d'attente médian");
    expect(back.join('\n')).not.toContain(note);
  });
});
