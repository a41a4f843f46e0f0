import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsoleHarness, type ConsoleHarness } from './app-harness.ts';

// In the console, as on WhatsApp, a value typed in words is said back as saved before the next
// question; a plain number is not.
let h: ConsoleHarness;
beforeAll(async () => {
  h = await createConsoleHarness();
});
afterAll(() => h.cleanup());

describe('a typed value said back in the console', () => {
  it('reads « environ 45 mille » back as « ✅ 45 000 habitants », and « 6 » not at all', async () => {
    await h.say('/diagnostic 1');
    for (const line of ['Service état civil', '1']) expect(await h.say(line)).not.toContain('✅');
    const population = (await h.say('environ 45 mille')).replace(/\u202f/g, ' ');
    expect(population).toMatch(/^environ 45 mille\s*\n✅ 45 000 habitants\n/);
    expect(await h.say('6')).not.toContain('✅');
  });
});
