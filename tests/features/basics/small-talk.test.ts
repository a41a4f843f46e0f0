// « merci », « ok », « بالسلامة »: what people write that asks nothing gets a short reply of its own, in
// the language it was written in, never « je n'ai pas compris », a knowledge search or its rating.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallTalk } from '../../../src/features/basics/small-talk.ts';
import type { ReplyHandler } from '../../helpers/conversation.ts';
import { createTestDb, type TestDb } from '../../helpers/db.ts';
import { knowledgeConversation } from '../../helpers/knowledge.ts';
import { plain, sender, text } from '../../helpers/messages.ts';

describe('small talk', () => {
  it.each([
    ['Bonjour Jawda !', 'greeting'],
    ['عسلامة', 'greeting'],
    ['merci', 'thanks'],
    ['Merci beaucoup !', 'thanks'],
    ['ok merci', 'thanks'],
    ['merci, bonne journée', 'bye'],
    ['يعطيك الصحة', 'thanks'],
    ['3aychek', 'thanks'],
    ['🙏', 'thanks'],
    ['OK', 'ack'],
    ['👍', 'ack'],
    ['👍🏽', 'ack'],
    ['باهي', 'ack'],
    ['بالسلامة', 'bye'],
    ['au revoir', 'bye'],
  ])('« %s » is %s', (line, kind) => expect(smallTalk(line)).toBe(kind));

  it.each(['merci de m’expliquer le kaizen', 'ok pour la charte ?', 'bien accueillir les usagers', '2'])(
    '« %s » asks something: not small talk',
    (line) => expect(smallTalk(line)).toBeUndefined(),
  );
});

describe('small talk in a chat', () => {
  let testDb: TestDb;
  let handle: ReplyHandler;
  const amina = sender({ externalId: 'amina-talk', displayName: 'Amina' });
  beforeAll(async () => {
    testDb = await createTestDb();
    handle = knowledgeConversation(testDb.db).handle;
  });
  afterAll(() => testDb.cleanup());

  it('thanks, an « ok » and a goodbye each get their reply, not « not understood » nor a search', async () => {
    const before = await testDb.db.questionLog.count();
    const thanks = await handle(text(amina, 'merci !'));
    expect(plain(thanks)).toBe(
      'Avec plaisir, Amina ! Je reste là : écrivez-moi une question sur le module, ou tapez /help.',
    );
    const ok = plain(await handle(text(amina, 'ok')));
    expect(ok).toContain('👍 Je reste là si besoin');
    const bye = plain(await handle(text(amina, 'Bonne journée')));
    expect(bye).toContain('Au revoir, Amina');
    expect(bye).toContain('vous reprendrez là où vous en étiez');
    for (const replies of [thanks]) expect(replies.some((r) => r.kind === 'choices')).toBe(false);
    expect(await testDb.db.questionLog.count()).toBe(before);
  });

  it('in Arabic letters, answered in Arabic even in a French chat, right to left', async () => {
    const replies = await handle(text(amina, 'شكرا برشا'));
    const [reply] = replies;
    expect(reply?.kind === 'text' && reply.text.startsWith('\u200F')).toBe(true);
    expect(plain(replies)).toContain('العفو يا Amina!');
    expect(plain(await handle(text(amina, 'عسلامة')))).toContain('أهلًا Amina!');
    expect(plain(await handle(text(amina, 'مع السلامة')))).toContain('إلى اللقاء يا Amina');
  });
});
