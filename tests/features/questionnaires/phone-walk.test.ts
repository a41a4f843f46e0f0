// What an SG team types on a phone in the field, and what it is told back, in French and Arabic:
// « je ne sais pas » at a question that cannot take it leads somewhere (/skip, or why not), a
// question to the bot typed at a question leads to /ask, a required question refused to /skip
// names /pause, /status counts per person the answers it counts above (not the skips), « /plan
// edit » alone shows the command's forms, and /results mesures lists the values still to measure
// apart from the measured ones; a team without deadlines is said to have none in /progress.
// Real application, questionnaire and SQLite database.
import { describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import type { Locale } from '../../../src/core/i18n.ts';
import type { Sender } from '../../../src/core/messages.ts';
import { formatNumber } from '../../../src/core/number-format.ts';
import { localDay } from '../../../src/core/time.ts';
import type { Questionnaire } from '../../../src/features/questionnaires/definitions.ts';
import { appForTests } from '../../helpers/app.ts';
import { enrolInNewTeam } from '../../helpers/enrol.ts';
import { plain, text } from '../../helpers/messages.ts';
import { planWalk } from '../../helpers/walk.ts';

let app: App;
let service: Questionnaire;
appForTests((ready, diagnostic) => {
  app = ready;
  service = diagnostic;
});

/** A participant of a new team, speaking `locale`; says a line and gets the replies' text. */
async function member(slug: string, locale: Locale) {
  const sender = { externalId: `walk-${slug}` };
  const { who } = await enrolInNewTeam(app, { slug, sender, team: { commune: 'Sfax' } });
  const say = async (line: string) => plain((await app.handle(text(who, line))).replies);
  await say(`/lang ${locale}`);
  return say;
}

const words = {
  fr: {
    dontKnow: 'je ne sais pas',
    question: 'comment compter les agents en congé ?',
    required: 'Cette question attend une réponse.',
    optional: 'passez cette question avec /skip : elle est facultative',
    ask: 'Pour poser une question sur le module sans quitter le questionnaire : /ask',
    skipRequired: 'elle ne peut pas être passée. Répondez-y, ou /pause',
    authors: /Qui a répondu :\nSG [\w-]+ : (\d+) réponses/,
    status: /— (\d+)\/\d+ réponses, une passée/,
    usage: 'Modifier le plan :',
    todo: '⏳ Pas encore mesurés (à mesurer avant la revue du plan) :',
    measuredTitle: '📏 Valeurs mesurées',
    noDeadline: "Échéances : aucune pour l'instant",
    notMeasured: 'non mesuré',
    notMeasuredShown: 'Non mesuré',
    range: `un nombre entre 1 et ${formatNumber(2000)}`,
    submitted: /\n✅ Soumis le \d\d\/\d\d\/\d{4} : ces réponses sont définitives .*\/results.*\/report\.$/,
  },
  ar: {
    dontKnow: 'ما نعرفش',
    question: 'كيف نحسب الأعوان في عطلة؟',
    required: 'هذا السؤال يتطلّب إجابة.',
    optional: 'تجاوز هذا السؤال بكتابة /skip، فهو اختياري',
    ask: 'لطرح سؤال حول محتوى الدورة دون مغادرة الاستبيان: اكتب /ask',
    skipRequired: 'ولا يمكن تجاوزه. أجب عنه، أو اكتب /pause',
    authors: /من أجاب:\nSG [\w-]+: (\d+) إجابات/,
    status: /— الإجابات (\d+)\/\d+، واحد متجاوَز/,
    usage: 'تعديل الخطة:',
    todo: '⏳ لم تُقَس بعد (تُقاس قبل مراجعة الخطة):',
    measuredTitle: '📏 القيم المقيسة',
    noDeadline: 'الآجال: لا أجل إلى حدّ الآن',
    notMeasured: 'غير مقيس',
    notMeasuredShown: 'غير مقيس',
    // « و » written with the number that follows it, not alone between two spaces.
    range: `برقم بين 1 و${formatNumber(2000)}`,
    submitted: /\n✅ قُدِّم يوم \d\d\/\d\d\/\d{4}: هذه الإجابات نهائية .*\/results.*\/report\.$/,
  },
} as const;

describe.each(['fr', 'ar'] as const)('a team typing on a phone, in %s', (locale) => {
  const w = words[locale];

  it('is told what to do with « I do not know », a question to the bot and a refused /skip', async () => {
    const say = await member(`field-${locale}`, locale);
    // The service's name (free text) does not become « je ne sais pas ».
    expect(await say('/diagnostic 1')).toContain(service.questions[0]?.label[locale]);
    expect(await say(w.dontKnow)).toContain(w.required);
    const steps = planWalk(service, locale, localDay(new Date(), 'Africa/Tunis'));
    const agents = steps.findIndex((s) => s.questionId === 'q_staff_count');
    const budget = steps.findIndex((s) => s.questionId === 'q_annual_budget');
    expect([agents, budget]).not.toContain(-1);
    let shown = '';
    for (const s of steps.slice(0, agents)) shown = await say(s.line);
    expect(shown).toContain(w.range);

    // Required: no skip offered, and no « not a number » either.
    const required = await say(w.dontKnow);
    expect(required).toContain(w.required);
    expect(required).toContain('/pause');
    expect(await say('/skip')).toContain(w.skipRequired);
    expect(await say(w.question)).toContain(w.ask);

    for (const s of steps.slice(agents, budget)) await say(s.line);
    // Optional: /skip is the way.
    expect(await say(w.dontKnow)).toContain(w.optional);
    await say('/skip');

    // The skip is counted as such, not as one more answer of the person.
    const status = await say('/status');
    const answered = Number(w.status.exec(status)?.[1]);
    expect(answered).toBe(budget);
    expect(Number(w.authors.exec(status)?.[1])).toBe(answered);
  });

  it('shows the forms of « /plan edit » when the number is missing', async () => {
    const say = await member(`plan-${locale}`, locale);
    const edit = await say('/plan edit');
    expect(edit).toContain(w.usage);
    expect(edit).not.toContain('«  »');
    // « /plan remove » alone in an empty plan: how to fill it, not « no action numbered «  » ».
    expect(await say('/plan remove')).toContain('/plan add');
    // A number without a field asks what to change (plan-edit-guided.test.ts); here the plan is empty.
    expect(await say('/plan edit 2')).not.toContain('«  »');
  });

  it("says a team has no deadline yet, in the coordinators' /progress", async () => {
    const team = `quiet-${locale}`;
    await member(team, locale);
    const who: Sender = { channel: 'telegram', externalId: `coordinator-${locale}`, displayName: 'Coordinateur' };
    const say = async (line: string) => plain((await app.handle(text(who, line))).replies);
    await say('/start');
    const { personId } = await app.db.identity.findUniqueOrThrow({
      where: { channel_externalId: { channel: 'telegram', externalId: who.externalId } },
    });
    await app.db.personRole.create({ data: { personId, role: 'coordinator' } });
    await say(`/lang ${locale}`);
    const block = await say(`/progress ${team}`);
    expect(block).toContain(w.noDeadline);
    expect(block).not.toMatch(/0 en retard|متأخر 0/);
  });

  it('lists the values still to measure apart from the measured ones, and asks « facultatif » once', async () => {
    const say = await member(`results-${locale}`, locale);
    const today = localDay(new Date(), 'Africa/Tunis');
    const first = planWalk(service, locale, today).find((s) => service.byId.get(s.questionId)?.type === 'indicator');
    if (!first) throw new Error('no indicator in the walk');
    const steps = planWalk(service, locale, today, Infinity, { [first.questionId]: w.notMeasured });
    let shown = await say('/diagnostic 1');
    for (const s of steps) {
      // The optional questions of the first problem say they are optional once, not in their label too.
      if (s.questionId === 'q_problem_1_root_cause' || s.questionId === 'q_problem_1_indicator')
        expect(shown.match(/facultati|اختياري/g), s.questionId).toHaveLength(1);
      // An optional free-text question is passed with /skip, not answered « je ne sais pas ».
      if (s.questionId === 'q_problem_1_root_cause') expect(await say(w.dontKnow)).toContain(w.optional);
      shown = await say(s.line);
    }
    await say('/submit');
    await say('oui');
    // /status of a submitted run says it is final and where its results are.
    expect(await say('/status')).toMatch(w.submitted);
    const measures = await say('/results mesures');
    const [measured = '', todo = ''] = measures.split(w.todo);
    expect(measured).toContain(w.measuredTitle);
    expect(measured).not.toContain(w.notMeasuredShown);
    expect(todo).toContain(service.byId.get(first.questionId)?.label[locale].replace(/\s*[?؟:]\s*$/, ''));
  });
});
