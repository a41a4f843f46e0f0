// Questions as a secretary general types them on a phone during the training or an immersion,
// through the real knowledge service (and conversation) on the real pages: asked in Arabic around a
// Latin acronym, « is X legal? », « how do I make an action plan », a bare term, a deadline.
import { describe, expect, it } from 'vitest';
import { useKnowledgeConversation } from '../../helpers/knowledge.ts';
import { plain, sender, text } from '../../helpers/messages.ts';

const handle = useKnowledgeConversation();

/** Text without the isolation and direction marks. */
const unmarked = (s: string) => s.replace(/[\u2066-\u2069\u200f]/g, '');

describe('an Arabic question around a Latin term is answered in Arabic', () => {
  // A person whose setting is French (the console default) types Tunisian Arabic around « PDCA ».
  const sami = sender({ externalId: 'sami-phone', displayName: 'Sami' });

  it.each(['شنوة PDCA', 'SERVQUAL شنوة'])('%s', async (question) => {
    const out = unmarked(plain(await handle(text(sami, question))));
    expect(out).toMatch(/^📖 /);
    expect(out).toContain('المصادر:');
    expect(out).toContain('هل أفادتك هذه الإجابة؟');
    expect(out).not.toContain('Sources :');
  });
});
