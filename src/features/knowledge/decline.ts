// When not to answer. A question the base covers is answered; anything else is declined, and only
// a question that looks like methodology (it names a term of the glossary) is left for the
// coordinators as "unanswered": football scores and injection attempts are nobody's to-do.
import { normalizeText } from './analyze.ts';
import { hasArabiziDigit } from './arabizi.ts';
import type { GlossaryMatch } from './glossary.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import type { Ranking } from './ranker.ts';
import { isSpecific } from './specific.ts';
import { isAnchored, namesCommuneVocabulary, namesTopic } from './topic.ts';

export type Verdict = 'answer' | 'not-covered' | 'off-topic' | 'injection' | 'empty';

/**
 * Confidence (share of the question's words found together in one passage) from which a question
 * is answered: lower when it names a topic of the base, higher when only its words are found.
 * Calibrated on the tuning set (bench/retrieval-questions.yaml, off-topic and injection included).
 */
export const thresholds = { named: 0.3, anchored: 0.6, anchoredKnown: 0.4 };

/**
 * Text that tries to act on the bot rather than ask it something: SQL and markup fragments, and
 * requests to drop its rules or show its instructions, in English, French, Arabic and arabizi.
 * Read on folded text (no accents, Arabic spelling variants folded).
 */
const injectionPatterns = [
  /'\s*(or|and|ou|et)\s+\S+\s*=\s*\S+/,
  /;\s*(drop|delete|insert|update|select|truncate|alter|exec)\s/,
  /\bunion\s+(all\s+)?select\b|\bselect\b.{1,40}\bfrom\b|\b(delete\s+from|drop\s+table|insert\s+into)\b/,
  /\.\.\/|\/etc\/passwd|\bjndi:/,
  /(^|\s)--\s*$/,
  /<\s*\/?\s*(script|iframe|img|svg|object|embed)\b/,
  /\{\{[^}]*\}\}|\$\{[^}]*\}/,
  /\b(ignore[rsz]?|disregard|forget|bypass|override|oublie[rsz]?|contourne[rsz]?|nsa|tnsa)\b.{0,50}\b(instructions?|rules?|regles?|consignes?|prompt|previous|precedentes?|directives?|9wa3ed)\b/,
  /\b(system prompt|prompt systeme|prompt cache|hidden prompt|jailbreak|you are now|tu es maintenant|developer mode|mode developpeur)\b/,
  /\b(act as|pretend to be|agis comme|fais semblant|joue le role)\b/,
  /\byou are dan\b|\bdan\b.{0,20}\b(mode|now|rules)\b/,
  /^\s*(system|assistant|developer|systeme)\s*:/,
  /\b(reveal|print|show|repeat|dump|leak|affiche[rz]?|revele[rz]?|montre[rz]?|repete[rz]?|donne[rz]?)\b.{0,40}\b(prompt|instructions|consignes)\b/,
  /(^|\s)prompt(\s|$)/,
  // Asking for what others wrote or for secrets is not a question to the training content.
  /\b(donnees|informations|messages|numeros|conversations|historique)\b.{0,20}\b(autres|other)\s+(utilisateurs|participants|membres|users)\b/,
  /\b(mot de passe|password|api key|cle api|token)\b/,
  /(تجاهل|تناس|انس|اهمل)[^.؟?!]{0,40}(التعليمات|القواعد|الاوامر|التوجيهات)/,
  /(التعليمات|الاوامر|التوجيهات)\s+(السابقه|التي اعطيت|الخاصه بك|المخفيه)/,
  /(موجه النظام|رساله النظام|تعليمات النظام)/,
];

export function looksLikeInjection(question: string): boolean {
  const text = normalizeText(question);
  return injectionPatterns.some((pattern) => pattern.test(text));
}

/**
 * The verdict on a ranked question: injection-like text and questions without a single topic word
 * first (whatever the ranking says), then the confidence thresholds; a declined question that names
 * a specific glossary term is "not covered" (forwarded to coordinators), any other "off-topic".
 */
export function verdictOf(kb: KnowledgeBase, question: string, ranking: Ranking): Verdict {
  if (looksLikeInjection(question)) return 'injection';
  if (ranking.tokens.length === 0 && ranking.glossary.length === 0) return 'empty';
  if (ranking.pages.length > 0) {
    // A reference number the base never mentions (ISO 14001, a law it does not cite) is another topic.
    const otherReference = ranking.tokens.some((t) => /^\d{3,}$/.test(t) && kb.index.docFrequency(t) === 0);
    if (!otherReference && ranking.confidence >= thresholds.named && namesTopic(kb, ranking)) return 'answer';
    // Every word known to the base ("impliquer les agents dans l'amélioration"): no foreign subject
    // (a city, a sport, a dish) hides in it, and less of it needs to be found together.
    // A Tunisian word with arabizi digits the base does not know ("nwazz3ou") is most often the
    // verb around the topic, not a foreign subject.
    const allKnown = ranking.tokens.every((t) => kb.index.docFrequency(t) > 0 || hasArabiziDigit(t));
    const anchoredAt = allKnown ? thresholds.anchoredKnown : thresholds.anchored;
    if (ranking.confidence >= anchoredAt && isAnchored(kb, ranking)) return 'answer';
  }
  // A glossary word read in another sense ("certificat de résidence") is still the commune's
  // vocabulary: what the base does not cover there is for the coordinators. So is a term of the
  // commune's own vocabulary no page is about ("recruter un agent contractuel").
  const domain = (m: GlossaryMatch) => !m.weak || m.otherSense === true;
  const named = (m: GlossaryMatch) => (m.term.pages.length > 0 && isSpecific(kb, m)) || namesCommuneVocabulary(m);
  return ranking.glossary.some((m) => domain(m) && named(m)) ? 'not-covered' : 'off-topic';
}
