import type { Locale } from './i18n.ts';

/** A commune's names: in French (« Béja »), and in Arabic (« باجة ») once a coordinator gave it. */
export interface CommuneNames {
  commune: string;
  communeAr?: string | null;
}

/**
 * The commune's name for a reader of `locale`: the Arabic name for an Arabic reader when there is
 * one, the French name otherwise (and always for a French reader).
 */
export function communeName(team: CommuneNames, locale: Locale): string {
  return locale === 'ar' && team.communeAr ? team.communeAr : team.commune;
}

/** A team's names: in French, and in Arabic once a coordinator gave it, with its commune's. */
export interface TeamNames extends CommuneNames {
  name: string;
  nameAr?: string | null;
}

/**
 * A team's name for a reader of `locale`: its Arabic name for an Arabic reader when a coordinator
 * gave one; else a team named after its commune (« Béja », as teams created in the chat are) is
 * read as the commune's name in the reader's language, and any other name as it is.
 */
export function teamName(team: TeamNames, locale: Locale): string {
  if (locale === 'ar' && team.nameAr) return team.nameAr;
  return team.name === team.commune ? communeName(team, locale) : team.name;
}

/**
 * A team's name with the code a coordinator types (team=…, /invite): « Sfax (sfax) », « صفاقس (sfax) »;
 * the name alone when it is the code.
 */
export function teamWithSlug(team: CommuneNames & { name: string; slug: string }, locale: Locale): string {
  const name = teamName(team, locale);
  return name === team.slug ? name : `${name} (${team.slug})`;
}
