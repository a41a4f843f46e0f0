import { describe, expect, it } from 'vitest';
import { useConsoleHarness } from './app-harness.ts';

// « /plan remove 1 2 » in the console, where choices are typed: the actions asked about are
// bulleted, so the only numbered lines are the answers, and « 1 » removes both. French and Arabic.
const openConsole = useConsoleHarness();

const numbered = (screen: string) =>
  screen.split('\n').filter((line) => /^\d+\. /.test(line.replace(/^\P{L}*?(?=\d)/u, '')));

describe.each(['fr', 'ar'] as const)('/plan remove with two numbers in the console, in %s', (locale) => {
  it('lists the actions as bullets and the answers as the numbered list; « 1 » removes both', async () => {
    const c = await openConsole();
    await c.say(`/lang ${locale}`);
    await c.app.db.actionItem.deleteMany({ where: { teamId: c.teamId } });
    await c.say('/plan add Afficher les horaires');
    await c.say('/plan add Former les agents');
    const asked = await c.say('/plan remove 1 2');
    expect(asked).toContain('« Former les agents »');
    expect(numbered(asked)).toHaveLength(2);
    expect(numbered(asked).join('\n')).toContain(locale === 'fr' ? 'Oui, les retirer' : 'نعم، احذفهما');
    const done = await c.say('1');
    expect(done).toContain('« Afficher les horaires »');
    expect(await c.app.db.actionItem.count({ where: { teamId: c.teamId } })).toBe(0);
  });
});
