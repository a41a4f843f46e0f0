import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutboundMessage } from '../../../src/core/messages.ts';
import { plain } from '../../helpers/messages.ts';
import { addPerson, createHarness, recordingAdapter, type Harness } from '../reminders/harness.ts';

type Choices = Extract<OutboundMessage, { kind: 'choices' }>;
const lastChoices = (replies: OutboundMessage[]) => replies.filter((m): m is Choices => m.kind === 'choices').at(-1);
const labels = (c: Choices | undefined) => (c?.choices ?? []).map((x) => plain([{ kind: 'text', text: x.label }]));

describe('broadcasts to a cohort', () => {
  let h: Harness;
  let channel: ReturnType<typeof recordingAdapter>;
  let pilots: string;
  let next: string;

  async function cohort(name: string, createdAt: string, slugs: string[]): Promise<string> {
    const created = await h.db.cohort.create({ data: { name, createdAt: new Date(createdAt) } });
    for (const slug of slugs)
      await h.db.team.create({ data: { slug, name: slug, commune: `Commune ${slug}`, cohortId: created.id } });
    return created.id;
  }
  const join = async (personId: string, slug: string) =>
    h.db.teamMember.create({
      data: { personId, teamId: (await h.db.team.findUniqueOrThrow({ where: { slug } })).id },
    });

  beforeEach(async () => {
    h = await createHarness({ start: '2025-06-20T10:00:00Z' });
    pilots = await cohort('Pilotes 2025', '2025-01-10T00:00:00Z', ['sfax', 'gabes']);
    next = await cohort('Pilotes 2026', '2025-06-01T00:00:00Z', ['tunis']);
    // Alice works in two teams of the cohort; Karim has blocked the bot; Tarek is in the other cohort.
    await join(await addPerson(h.db, { channel: 'console', externalId: 'alice', name: 'Alice' }), 'sfax');
    await join((await h.db.person.findFirstOrThrow({ where: { displayName: 'Alice' } })).id, 'gabes');
    await join(await addPerson(h.db, { channel: 'console', externalId: 'rania', name: 'Rania', locale: 'ar' }), 'sfax');
    await join(await addPerson(h.db, { channel: 'console', externalId: 'karim', name: 'Karim' }), 'gabes');
    await h.db.identity.updateMany({ where: { externalId: 'karim' }, data: { unreachableAt: new Date() } });
    await join(await addPerson(h.db, { channel: 'console', externalId: 'tarek', name: 'Tarek' }), 'tunis');
    channel = recordingAdapter('console');
    h.outbox.start([channel], { cron: false });
  });
  afterEach(() => h.cleanup());

  /** Writes a message and answers the audience step with « a cohort »; returns the cohort prompt. */
  /** The two versions in the order asked: French then Arabic, or Arabic first for a coordinator who reads Arabic. */
  async function toCohorts(first: string, second: string): Promise<Choices | undefined> {
    await h.say('boss', '/broadcast');
    await h.say('boss', first);
    const audience = lastChoices(await h.send('boss', second));
    expect(audience?.choices.map((c) => c.value)).toContain('cohort');
    return lastChoices(await h.tap('boss', 'bc:aud', ['cohort']));
  }

  it('in French: picks a cohort by name and team count, previews it, and reaches each member once', async () => {
    const cohorts = await toCohorts('Réunion des pilotes jeudi', '-');
    expect(cohorts?.text).toContain('Quelle cohorte ?');
    expect(cohorts?.promptId).toBe('bc:coh:0');
    // Newest first.
    expect(labels(cohorts)).toEqual(['Pilotes 2026 — une équipe', 'Pilotes 2025 — 2 équipes']);
    const preview = lastChoices(await h.tap('boss', cohorts?.promptId ?? '', [pilots]));
    expect(plain([preview as Choices])).toContain(
      'Cohorte « Pilotes 2025 » : 3 personnes le recevront (dont 2 joignables maintenant).',
    );
    expect(plain(await h.tap('boss', preview?.promptId ?? '', ['send']))).toContain(
      'Diffusion confirmée pour 3 destinataires',
    );
    await h.outbox.tick();
    // One message to Alice though she is in two of the cohort's teams; none to the other cohort.
    expect(channel.sent.map((s) => s.to.externalId).sort()).toEqual(['alice', 'rania']);
    const rows = await h.db.outboxMessage.findMany();
    const people = await h.db.person.findMany({ where: { id: { in: rows.map((r) => r.personId) } } });
    expect(rows).toHaveLength(3);
    expect(people.map((p) => p.displayName).sort()).toEqual(['Alice', 'Karim', 'Rania']);
    const stored = await h.db.broadcast.findFirstOrThrow();
    expect([stored.audience, stored.audienceCohortId]).toEqual(['cohort', pilots]);

    const [line = ''] = (await h.send('boss', '/broadcasts')).flatMap((r) =>
      r.kind === 'text' ? r.text.split('\n').slice(1) : [],
    );
    expect(plain([{ kind: 'text', text: line }])).toContain(
      '— cohorte « Pilotes 2025 » : « Réunion des pilotes jeudi » — 2 envoyés, 1 échec',
    );
    // « sort inconnu » is left out at 0, and leaves no empty isolate pair behind.
    expect(line).not.toContain('\u2068\u2069');
  });

  it('in Arabic: the same steps, with counts in their plural forms', async () => {
    await h.say('boss', '/lang ar');
    const cohorts = await toCohorts('اجتماع المشاريع النموذجية يوم الخميس', '-');
    expect(cohorts?.text).toContain('أي دفعة؟');
    expect(labels(cohorts)).toEqual(['Pilotes 2026 — فريق واحد', 'Pilotes 2025 — فريقان']);
    const one = lastChoices(await h.tap('boss', cohorts?.promptId ?? '', [next]));
    expect(plain([one as Choices])).toContain('الدفعة « Pilotes 2026 »: سيتلقاها شخص واحد (يمكن مراسلته الآن: 1).');
    await h.tap('boss', one?.promptId ?? '', ['cancel']);

    const again = await toCohorts('اجتماع المشاريع النموذجية يوم الخميس', '-');
    const preview = lastChoices(await h.tap('boss', again?.promptId ?? '', [pilots]));
    expect(plain([preview as Choices])).toContain(
      'الدفعة « Pilotes 2025 »: سيتلقاها 3 أشخاص (يمكن مراسلة 2 منهم الآن).',
    );
    expect(plain(await h.tap('boss', preview?.promptId ?? '', ['send']))).toContain('تم تأكيد الرسالة لـ3 أشخاص');
    await h.outbox.tick();
    expect(channel.sent.map((s) => s.to.externalId).sort()).toEqual(['alice', 'rania']);
    expect(await h.say('boss', '/broadcasts')).toContain('دفعة « Pilotes 2025 »: « اجتماع المشاريع النموذجية');
  });

  it('offers no cohort when there is none', async () => {
    await h.db.cohort.deleteMany();
    await h.say('boss', '/broadcast');
    await h.say('boss', 'Réunion');
    const audience = lastChoices(await h.send('boss', '-'));
    expect(audience?.choices.map((c) => c.value)).toEqual([
      'everyone',
      'team',
      'role:participant',
      'role:coordinator',
      'late',
    ]);
  });

  it('lists many cohorts a page at a time, and refuses a cohort gone meanwhile without losing the message', async () => {
    for (let i = 1; i <= 12; i++) await cohort(`Vague ${i}`, `2025-06-${String(i + 1).padStart(2, '0')}T00:00:00Z`, []);
    const first = await toCohorts('Réunion', '-');
    expect(plain([first as Choices])).toContain('(page 1 sur 3)');
    expect(labels(first)).toEqual([
      'Vague 12 — aucune équipe',
      'Vague 11 — aucune équipe',
      'Vague 10 — aucune équipe',
      'Vague 9 — aucune équipe',
      'Vague 8 — aucune équipe',
      'Vague 7 — aucune équipe',
      '🔽 Cohortes plus anciennes',
    ]);
    const second = lastChoices(await h.tap('boss', 'bc:coh:0', ['page:1']));
    expect(second?.promptId).toBe('bc:coh:1');
    expect(plain([second as Choices])).toContain('(page 2 sur 3)');
    expect(labels(second).slice(-2)).toEqual(['🔼 Cohortes plus récentes', '🔽 Cohortes plus anciennes']);
    const third = lastChoices(await h.tap('boss', 'bc:coh:1', ['page:2']));
    expect(labels(third)).toEqual([
      'Pilotes 2026 — une équipe',
      'Pilotes 2025 — 2 équipes',
      '🔼 Cohortes plus récentes',
    ]);

    // A cohort removed between the list and the tap: refused, and the message is still there.
    const gone = await h.db.cohort.findFirstOrThrow({ where: { name: 'Vague 12' } });
    await h.db.cohort.delete({ where: { id: gone.id } });
    const refused = await h.tap('boss', 'bc:coh:0', [gone.id]);
    expect(refused.map((r) => r.kind)).toEqual(['notice']);
    const preview = lastChoices(await h.tap('boss', 'bc:coh:2', [pilots]));
    expect(plain([preview as Choices])).toContain('Cohorte « Pilotes 2025 » : 3 personnes');
    expect(plain([preview as Choices])).toContain('Réunion');
    // Once previewed, an old page of the list is stale.
    expect((await h.tap('boss', 'bc:coh:0', ['page:1'])).map((r) => r.kind)).toEqual(['notice']);
  });
});
