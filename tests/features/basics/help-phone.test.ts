// A coordinator reads /help on a phone: /team's forms, once one line of 9 to 12 phone lines, are
// one form a line, each a line or two of the screen, and every form is still there.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { phoneLines } from '../../../src/core/phone-screen.ts';
import { bidiProblems } from '../../helpers/bidi.ts';
import { createHarness, type Harness } from '../reminders/harness.ts';

describe('/help on a phone, for a coordinator', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(() => h.cleanup());

  /** The lines of /help that give a form of /team, as sent. */
  const teamLines = async () => {
    const help = (await h.send('boss', '/help')).map((r) => ('text' in r ? r.text : '')).join('\n');
    return help.split('\n').filter((line) => /\/team (add|arabe|nom)/.test(line));
  };
  const plain = (line: string) => line.replace(/[\u200e\u200f\u2066-\u2069]/g, '');
  /** Each form of /team, in the order /help gives them. */
  const forms = [
    /^\/team add <\S+> <\S+> —/u,
    /^\/team add <\S+> <\S+> \| <[^>]+> —/u,
    /^\/team arabe <\S+> <[^>]+> —/u,
    /^\/team arabe <\S+> - /u,
    /^\/team nom <\S+> <\S+> \| <[^>]+> —/u,
    /^\/team nom <\S+> - /u,
  ];

  it.each(['fr', 'ar'])('%s: /team gives one form a line, none longer than two lines of a phone', async (locale) => {
    await h.say('boss', `/lang ${locale}`);
    const lines = await teamLines();
    expect(lines).toHaveLength(forms.length);
    lines.forEach((line, i) => expect(plain(line)).toMatch(forms[i] as RegExp));
    for (const line of lines) expect(phoneLines(line), plain(line)).toBeLessThanOrEqual(2);
    // Arabic lines read right to left, each command left to right inside them.
    if (locale === 'ar') expect(bidiProblems(lines.join('\n'))).toEqual([]);
  });
});
