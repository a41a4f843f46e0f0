// The commune's Arabic name in documents: the team's report and the programme's guide read
// « بلدية باجة » in Arabic once a coordinator gave it, and « Béja » in French; so with the team's
// own name (/team nom), « فريق الشمال » in Arabic and « Équipe pilote du Nord » in French.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import type { OutboundMessage, Sender } from '../../../src/core/messages.ts';
import { localDay } from '../../../src/core/time.ts';
import type { Questionnaire } from '../../../src/features/questionnaires/definitions.ts';
import { appForTests } from '../../helpers/app.ts';
import { documentIn, docxText } from '../../helpers/docx.ts';
import { text } from '../../helpers/messages.ts';
import { pick, planWalk } from '../../helpers/walk.ts';

let app: App;
let q: Questionnaire;
appForTests((made, diagnostic) => ((app = made), (q = diagnostic)));
const today = localDay(new Date(), 'Africa/Tunis');

const person = (id: string): Sender => ({ channel: 'telegram', externalId: id, displayName: `SG ${id}` });
const say = async (who: Sender, line: string) => (await app.handle(text(who, line))).replies;
const boss = person('boss');
const amal = person('amal');

async function enrol(who: Sender, role: 'coordinator' | 'participant') {
  await say(who, '/start');
  const identity = await app.db.identity.findUniqueOrThrow({
    where: { channel_externalId: { channel: 'telegram', externalId: who.externalId } },
  });
  await app.db.personRole.create({ data: { personId: identity.personId, role } });
  return identity.personId;
}

/** The document among the replies: its file name and its words, without markup and direction marks. */
async function documentOf(replies: OutboundMessage[]): Promise<{ fileName: string; words: string }> {
  const doc = documentIn(replies);
  if (process.env.SHOW) writeFileSync(join('/tmp', doc.fileName), doc.data);
  return { fileName: doc.fileName, words: await docxText(doc.data) };
}

beforeAll(async () => {
  await enrol(boss, 'coordinator');
  await say(boss, '/team add beja Béja | باجة');
  const team = await app.db.team.findUniqueOrThrow({ where: { slug: 'beja' } });
  const amalId = await enrol(amal, 'participant');
  await app.db.teamMember.create({ data: { teamId: team.id, personId: amalId } });
  await say(amal, '/lang ar');
  await say(amal, '/diagnostic 1');
  const preset = { q_service_name: 'النظافة', q_service_domain: pick(q, 'q_service_domain', 'waste_cleaning') };
  for (const s of planWalk(q, 'ar', today, Infinity, preset)) await say(amal, s.line);
  await say(amal, '/submit');
  await say(amal, 'نعم');
});

describe("the commune's Arabic name in documents", () => {
  it('the Arabic report says « بلدية باجة », on its cover and in its text, and names its file so', async () => {
    const { fileName, words } = await documentOf(await say(amal, '/report'));
    expect(words).toMatch(/^البلدية: باجة$/m);
    expect(words).toContain('في بلدية باجة،');
    expect(words).not.toContain('Béja');
    expect(fileName).toBe(`jawda-تقرير-باجة-${today}.docx`);
  });

  it('the French report keeps « Béja »', async () => {
    await say(amal, '/lang fr');
    try {
      const { fileName, words } = await documentOf(await say(amal, '/report'));
      expect(words).toMatch(/^Commune : Béja$/m);
      expect(words).toContain('dans la commune de Béja,');
      expect(words).not.toContain('باجة');
      expect(fileName).toBe(`jawda-rapport-beja-${today}.docx`);
    } finally {
      await say(amal, '/lang ar');
    }
  });

  it('the guide heads the case with the name of its language, and hides both when anonymous', async () => {
    expect((await documentOf(await say(boss, '/guide ar'))).words).toContain('دراسة حالة — باجة');
    const french = (await documentOf(await say(boss, '/guide fr'))).words;
    expect(french).toContain('Étude de cas — Béja');
    expect(french).not.toContain('باجة');
    const anonymous = (await documentOf(await say(boss, '/guide ar anonyme'))).words;
    expect(anonymous).not.toMatch(/باجة|Béja/);
  });
});

describe("the team's own Arabic name in documents", () => {
  beforeAll(async () => {
    await say(boss, '/team nom beja Équipe pilote du Nord | فريق الشمال');
  });

  it('the Arabic report names the team « فريق الشمال » on its cover and in its caption; the French one keeps its French name', async () => {
    const replies = await say(amal, '/report');
    const { words } = await documentOf(replies);
    expect(words).toMatch(/^الفريق: فريق الشمال \(/m);
    expect(words).not.toMatch(/Équipe|Béja/);
    expect(documentIn(replies).caption).toContain('فريق الشمال');
    await say(amal, '/lang fr');
    try {
      const french = (await documentOf(await say(amal, '/report'))).words;
      expect(french).toMatch(/^Équipe : Équipe pilote du Nord \(/m);
      expect(french).not.toContain('فريق الشمال');
    } finally {
      await say(amal, '/lang ar');
    }
  });

  it('the Arabic guide names the team in Arabic, and an anonymous guide hides both its names', async () => {
    const arabic = (await documentOf(await say(boss, '/guide ar'))).words;
    expect(arabic).toContain('فريق الشمال');
    expect(arabic).not.toContain('Équipe pilote du Nord');
    expect((await documentOf(await say(boss, '/guide fr'))).words).toContain('Équipe pilote du Nord');
    const anonymous = (await documentOf(await say(boss, '/guide fr anonyme'))).words;
    expect(anonymous).not.toMatch(/فريق الشمال|Équipe pilote du Nord/);
  });
});
