// /progress with more teams than a page holds: the teams are numbered on from one page to the next
// (page 2 shows 7 to 12), so the number a coordinator reads on any page, typed under the list or
// after /progress, opens that very team, on the console and WhatsApp (numbered lines) and on
// Telegram (numbered buttons) alike, in French and Arabic.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lastPrompt, parseNumberedReply, renderNumbered } from '../../../src/channels/numbered.ts';
import { decodeTap } from '../../../src/channels/telegram/callback-data.ts';
import { renderOutbound } from '../../../src/channels/telegram/render.ts';
import { typedChoice } from '../../../src/channels/telegram/taps.ts';
import type { OutboundMessage } from '../../../src/core/messages.ts';
import { plain } from '../../helpers/messages.ts';
import { addPerson, createHarness, type Harness } from '../reminders/harness.ts';

type Choices = Extract<OutboundMessage, { kind: 'choices' }>;
const choicesOf = (replies: OutboundMessage[]) => replies.find((r): r is Choices => r.kind === 'choices') as Choices;
const slugs = ['ariana', 'beja', 'bizerte', 'gabes', 'gafsa', 'jendouba', 'kairouan', 'kef', 'mahdia', 'monastir'];
const arabicDigits = (n: number) => String(n).replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)] ?? d);

describe('/progress numbers teams on from one page to the next', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness({ start: '2025-07-10T10:00:00Z' });
    for (const slug of slugs) await addPerson(h.db, { externalId: `sg-${slug}`, name: `SG ${slug}`, team: slug });
  });
  afterEach(() => h.cleanup());

  /** The overview's second page, turned from the first one. */
  async function secondPage(command: string): Promise<{ first: Choices; second: Choices }> {
    const first = choicesOf(await h.send('boss', command));
    const next = first.choices.find((c) => c.value === 'page:1');
    expect(next).toBeDefined();
    const second = choicesOf(await h.tap('boss', first.promptId, ['page:1']));
    return { first, second };
  }

  /** The block a team opens starts « ▶ slug — » (« ◀ slug — » in Arabic). */
  const opens = (text: string, slug: string) => expect(text).toMatch(new RegExp(`[▶◀] ${slug} —`));

  for (const locale of ['fr', 'ar'] as const) {
    const command = locale === 'ar' ? '/تقدم' : '/progress';
    const typed = (n: number) => (locale === 'ar' ? arabicDigits(n) : String(n));

    it(`${locale}: page 2 shows 7 to 10 on the console and WhatsApp, and each number opens its team`, async () => {
      if (locale === 'ar') await h.say('boss', '/lang ar');
      const { first, second } = await secondPage(command);
      const teamsOnFirst = first.choices.filter((c) => !c.value.startsWith('page:'));
      const teamsOnSecond = second.choices.filter((c) => !c.value.startsWith('page:'));
      expect(teamsOnFirst).toHaveLength(6);
      expect(teamsOnSecond).toHaveLength(4);
      const lines = plain([{ kind: 'text', text: renderNumbered(second) }]).split('\n');
      for (const [i, team] of teamsOnSecond.entries()) {
        const number = 7 + i;
        // The line of the team carries its number overall, not its place on the page.
        const line = lines.find((l) => l.includes(plain([{ kind: 'text', text: team.label }])));
        expect(line?.startsWith(`${number}. `)).toBe(true);
        // Typed under the list (as the console and WhatsApp read a number)...
        const values = parseNumberedReply(
          typed(number),
          lastPrompt([second]) as NonNullable<ReturnType<typeof lastPrompt>>,
        );
        expect(values).toEqual([team.value]);
        opens(plain(await h.tap('boss', second.promptId, values ?? [])), team.value);
        // ...or after the command: the same team.
        opens(await h.say('boss', `${command} ${typed(number)}`), team.value);
      }
      // No number shown on page 2 is that of a page-1 team, and no team is shown twice.
      expect(lines.some((l) => /^[1-6]\. /.test(l))).toBe(false);
      // The page is still turned back by its own choice, not by a team's number.
      const back = parseNumberedReply('-', lastPrompt([second]) as NonNullable<ReturnType<typeof lastPrompt>>);
      expect(back).toEqual(['page:0']);
      // Page 1 keeps 1 to 6.
      const firstLines = renderNumbered(first).split('\n');
      expect(firstLines.filter((l) => /^\d+\. /.test(l)).map((l) => l.split('.')[0])).toEqual([
        '1',
        '2',
        '3',
        '4',
        '5',
        '6',
      ]);
    });

    it(`${locale}: on Telegram, page 2's buttons and lines carry 7 to 10, each opening its team`, async () => {
      if (locale === 'ar') await h.say('boss', '/lang ar');
      const { second } = await secondPage(command);
      const teamsOnSecond = second.choices.filter((c) => !c.value.startsWith('page:'));
      const [sent] = renderOutbound([second], { locale, validateLabel: () => 'OK' }).operations;
      if (sent?.kind !== 'text' || !sent.keyboard || !sent.prompt) throw new Error('no keyboard');
      const buttons = sent.keyboard.inline_keyboard.flat();
      for (const [i, team] of teamsOnSecond.entries()) {
        const number = String(7 + i);
        const button = buttons.find((b) => b.text === number);
        const data = button && 'callback_data' in button ? decodeTap(button.callback_data) : null;
        expect(data?.action).toEqual({ op: 'pick', item: { value: team.value } });
        expect(sent.text.replace(/[\u200e\u200f]/g, '')).toContain(
          `${number}. ${team.label.replace(/[\u200e\u200f]/g, '')}`,
        );
        expect(typedChoice(sent.prompt, typed(7 + i))).toEqual([team.label]);
      }
      expect(buttons.some((b) => b.text === '1')).toBe(false);
    });
  }
});
