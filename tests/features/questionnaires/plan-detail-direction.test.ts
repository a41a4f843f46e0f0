// « /plan 2 » in Arabic for an action whose title was typed in French: the detail's first line is
// « الإجراء 2: Former les agents (fr) », laid out right to left like the lines under it. It was
// « 2. Former les agents (fr) », a left-to-right line heading an Arabic message. Real core, real database.
import { describe, expect, it } from 'vitest';
import { bare, text } from '../../helpers/messages.ts';
import { useTwoPlanTeams } from '../../helpers/plan-teams.ts';

const setup = useTwoPlanTeams('pd');
const RLM = '\u200f';

async function detailLines(who: typeof setup.sami, n: number): Promise<string[]> {
  const [reply] = await setup.handle(text(who, `/plan ${n}`));
  if (reply?.kind !== 'text') throw new Error('no text reply');
  return reply.text.split('\n');
}

describe('the detail of one action', () => {
  it('in Arabic, a French title is headed « الإجراء 2: » and starts right to left', async () => {
    const [first, second] = await detailLines(setup.sami, 2);
    expect(bare(first ?? '')).toBe('الإجراء 2: Former les agents (fr)');
    expect(first?.startsWith(RLM)).toBe(true);
    expect(second?.startsWith(RLM)).toBe(true);
  });

  it('in French, the number and the title as in the plan', async () => {
    const [first] = await detailLines(setup.amel, 2);
    expect(bare(first ?? '')).toBe('2. Former les agents');
  });
});
