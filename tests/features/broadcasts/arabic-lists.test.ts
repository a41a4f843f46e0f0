import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderNumbered } from '../../../src/channels/numbered.ts';
import type { OutboundMessage } from '../../../src/core/messages.ts';
import { paragraphDirection } from '../../helpers/bidi.ts';
import { plain } from '../../helpers/messages.ts';
import { addPerson, createHarness, type Harness } from '../reminders/harness.ts';

type Choices = Extract<OutboundMessage, { kind: 'choices' }>;
const lastChoices = (replies: OutboundMessage[]) => replies.filter((m): m is Choices => m.kind === 'choices').at(-1);

describe('the lists of a broadcast, line by line', () => {
  let h: Harness;

  beforeEach(async () => {
    h = await createHarness({ start: '2025-06-20T10:00:00Z' });
    // A commune with no Arabic name yet: its team is named in Latin letters only.
    await h.say('boss', '/team add sfax Sfax');
    await h.say('boss', '/team add gabes Gabès | قابس');
    await addPerson(h.db, { channel: 'console', externalId: 'alice', name: 'Alice', team: 'sfax' });
    // A deadline past, titled in French only: the latecomers' list names it in Latin letters.
    await h.db.deadline.create({
      data: {
        titleFr: 'Note de cadrage',
        titleAr: 'Note de cadrage',
        dueAt: new Date('2025-06-19T10:00:00Z'),
        offsets: [],
      },
    });
  });
  afterEach(() => h.cleanup());

  /** The team list and the latecomers' list, as WhatsApp and the console show them: one text, one line each. */
  async function lists(version: string): Promise<{ teams: string[]; late: string[] }> {
    await h.say('boss', '/broadcast');
    await h.say('boss', version);
    await h.say('boss', '-');
    const teams = lastChoices(await h.tap('boss', 'bc:aud', ['team'])) as Choices;
    await h.say('boss', '/cancel');
    await h.say('boss', '/broadcast');
    await h.say('boss', version);
    await h.say('boss', '-');
    const late = lastChoices(await h.tap('boss', 'bc:aud', ['late'])) as Choices;
    await h.say('boss', '/cancel');
    const lines = (list: Choices) => renderNumbered(list).split('\n');
    return { teams: lines(teams), late: lines(late) };
  }

  it('in Arabic, every line starts right to left, a team or a title in Latin letters too', async () => {
    await h.say('boss', '/lang ar');
    const { teams, late } = await lists('اجتماع الخميس');
    expect(plain([{ kind: 'text', text: teams.join('\n') }]).split('\n')).toEqual([
      'أي فريق؟',
      // As /deadline list names a team: its name in the reader's language, its code after it.
      '1. قابس (gabes)',
      '2. Sfax (sfax)',
      '',
      // A team may be typed as well: its name or its code.
      'أو اكتب رقم الفريق أو اسمه أو رمزه.',
    ]);
    expect(teams.filter(Boolean).map(paragraphDirection)).toEqual(['rtl', 'rtl', 'rtl', 'rtl']);
    expect(plain([{ kind: 'text', text: late.join('\n') }]).split('\n')).toEqual([
      'المتأخرون عن أي أجل؟',
      '1. Note de cadrage',
    ]);
    expect(late.map(paragraphDirection)).toEqual(['rtl', 'rtl']);
  });

  it('in French, every line stays left to right', async () => {
    const { teams, late } = await lists('Réunion jeudi');
    expect(teams).toEqual([
      'Quelle équipe ?',
      '1. Gabès (gabes)',
      '2. Sfax (sfax)',
      '',
      "Ou tapez le numéro, le nom ou le code de l'équipe.",
    ]);
    expect(late).toEqual(['Les retardataires de quelle échéance ?', '1. Note de cadrage']);
    expect(
      [...teams, ...late]
        .filter(Boolean)
        .map(paragraphDirection)
        .every((d) => d === 'ltr'),
    ).toBe(true);
  });
});
