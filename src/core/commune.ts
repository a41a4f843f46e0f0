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

/**
 * A team's name for a reader of `locale`: a team created in the chat is named after its commune
 * (« Béja »), so an Arabic reader reads it as the commune's Arabic name; any other name as it is.
 */
export function teamName(team: CommuneNames & { name: string }, locale: Locale): string {
  return team.name === team.commune ? communeName(team, locale) : team.name;
}
