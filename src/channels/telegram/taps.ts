import type { Api, Context } from 'grammy';
import type { InlineKeyboardMarkup } from 'grammy/types';
import { listSeparator, localeFromLanguageCode, withDirection, type I18n, type Locale } from '../../core/i18n.ts';
import type { InboundHandler } from '../../core/messages.ts';
import { foldText, toAsciiDigits } from '../../core/text.ts';
import { decodeTap, type ItemRef } from './callback-data.ts';
import type { TappedPrompt } from './delivery.ts';
import { senderOf } from './inbound.ts';
import { buildKeyboard, labelOf, marksFrom, setMark } from './keyboard.ts';
import { closeLeft } from './left.ts';
import type { PromptEntry, PromptRegistry } from './prompts.ts';
import { renderOutbound, type Operation } from './render.ts';
import { maxTextLength, truncate } from './split.ts';

export interface TapDeps {
  handle: InboundHandler;
  registry: PromptRegistry;
  i18n: I18n;
  defaultLocale: Locale;
  /** Sends the replies to the chat; a new page of the prompt `tapped` was on goes in its message. */
  reply(chatId: number, operations: Operation[], tapped?: TappedPrompt): Promise<void>;
  /** Edits that fail are not worth failing the tap for; this logs them. */
  warn(error: unknown, what: string): void;
}

/** Shows a question as answered: its text, then "✅ answer"; without reply_markup the keyboard goes. */
export async function showAnswered(
  api: Api,
  chatId: number,
  messageId: number,
  text: string,
  labels: string[],
  locale: Locale,
): Promise<void> {
  const line = withDirection(locale, `✅ ${labels.join(listSeparator(locale)) || '—'}`);
  await api.editMessageText(chatId, messageId, truncate(`${text}\n\n${line}`, maxTextLength));
}

/**
 * The labels a typed reply picks on a keyboard — by number ("2", "1,3") or by label, accents and
 * Arabic variants ignored — or null when it is not an answer to that keyboard.
 */
export function typedChoice(prompt: PromptEntry, text: string): string[] | null {
  // A choice with a shortcut ("+" for the next page, a team's number) is answered by it as well.
  const typed = toAsciiDigits(text.trim());
  const byKey = prompt.choices.find((c) => c.key !== undefined && c.key === typed);
  if (byKey) return [byKey.label];
  const tokens = text
    .split(/\s*[,،;]\s*/)
    .map(foldText)
    .filter(Boolean);
  if (tokens.length === 0 || (tokens.length > 1 && !prompt.multiple)) return null;
  // Choices named by a word (« Non mesuré » beside a measured value) are not numbered: a typed
  // number is the value itself, never the first or second button.
  const numbered = prompt.choices.every((c) => c.key === undefined);
  const labels = tokens.map((token) =>
    /^\d+$/.test(token)
      ? numbered
        ? prompt.choices[Number(token) - 1]?.label
        : undefined
      : prompt.choices.find((c) => foldText(c.label) === token)?.label,
  );
  return labels.every((l): l is string => l !== undefined) ? labels : null;
}

function valueOf(item: ItemRef, entry: PromptEntry | undefined): string | undefined {
  return 'value' in item ? item.value : entry?.choices[item.index]?.value;
}

/**
 * A button tap. Toggles and page turns are handled here, by editing the keyboard in place; a
 * pick or a validation goes to the core as one `choice` message. Once the core accepts it, the
 * keyboard is replaced by "✅ <answer>"; a notice (stale prompt) becomes the tap's toast. A page
 * the core turns (a list it pages itself) is shown in the tapped message.
 */
export async function handleTap(ctx: Context, deps: TapDeps): Promise<void> {
  const query = ctx.callbackQuery;
  if (!query) return;
  const answer = (text?: string) =>
    ctx.answerCallbackQuery(text ? { text } : undefined).then(
      () => undefined,
      (error: unknown) => deps.warn(error, 'answerCallbackQuery'),
    );
  const message = query.message;
  const decoded = decodeTap(query.data);
  if (!message || !decoded || !query.data) return answer();
  const chatId = message.chat.id;
  const messageId = message.message_id;
  const markup: InlineKeyboardMarkup | undefined = 'reply_markup' in message ? message.reply_markup : undefined;
  const text = 'text' in message ? (message.text ?? '') : '';
  const entry = deps.registry.get(chatId, messageId);
  // The keyboard's own language, else the one the platform reports for the person.
  const locale = entry?.locale ?? localeFromLanguageCode(query.from.language_code) ?? deps.defaultLocale;
  const say = (key: string) => deps.i18n.t(locale, key);
  const expired = () => answer(say('telegram-list-expired'));
  const redraw = (keyboard: InlineKeyboardMarkup) =>
    ctx.api
      .editMessageReplyMarkup(chatId, messageId, { reply_markup: keyboard })
      .catch((e: unknown) => deps.warn(e, 'editMessageReplyMarkup'));
  const keyboardOf = (e: PromptEntry) =>
    buildKeyboard(e, {
      page: e.page,
      selected: e.selected,
      validateLabel: say('telegram-validate'),
      rightToLeft: e.locale === 'ar',
    });

  const { promptId, action } = decoded;
  // A pick again on a list the core answers again (a double tap on « Envoyer ») goes to it: it says why nothing is redone.
  const again = entry?.idempotent === true && (action.op === 'pick' || action.op === 'validate');
  if (entry?.answered && !again) return answer(say('stale-choice'));
  // A keyboard left by a command (a tap racing its removal) is not redrawn; a pick goes to the core, which says why.
  if (entry?.left && action.op !== 'pick' && action.op !== 'validate') return answer(say('stale-choice'));
  switch (action.op) {
    case 'noop':
      return answer();
    case 'page':
      if (!entry) return expired();
      entry.page = action.page;
      await redraw(keyboardOf(entry));
      return answer();
    case 'select':
    case 'unselect': {
      const selected = action.op === 'select';
      if (!entry) {
        if (!markup) return expired();
        await redraw(setMark(markup, query.data, selected));
        return answer();
      }
      const value = valueOf(action.item, entry);
      if (value === undefined) return answer();
      if (selected) entry.selected.add(value);
      else entry.selected.delete(value);
      await redraw(keyboardOf(entry));
      return answer();
    }
  }

  let values: string[];
  let labels: string[];
  if (action.op === 'pick') {
    const value = valueOf(action.item, entry);
    if (value === undefined) return expired();
    values = [value];
    labels = [entry?.choices.find((c) => c.value === value)?.label ?? labelOf(markup, query.data) ?? value];
  } else if (entry) {
    const chosen = entry.choices.filter((c) => entry.selected.has(c.value));
    values = chosen.map((c) => c.value);
    labels = chosen.map((c) => c.label);
  } else {
    const marked = marksFrom(markup);
    if (marked.some((m) => !('value' in m.item))) return expired();
    values = marked.map((m) => valueOf(m.item, undefined) as string);
    labels = marked.map((m) => m.label);
  }

  const result = await deps.handle({
    id: String(ctx.update.update_id),
    from: senderOf(query.from),
    receivedAt: new Date(),
    kind: 'choice',
    promptId,
    values,
  });
  const rendered = renderOutbound(result.replies, {
    tap: true,
    locale: result.locale,
    validateLabel: (l) => deps.i18n.t(l, 'telegram-validate'),
  });
  await answer(rendered.toast);
  if (result.answered?.promptId === promptId) {
    if (entry) entry.answered = true;
    const shown = result.answered.shown === undefined ? labels : [result.answered.shown];
    await showAnswered(ctx.api, chatId, messageId, entry?.text ?? text, shown, locale).catch((e: unknown) =>
      deps.warn(e, 'editMessageText'),
    );
  }
  if (result.left) {
    const tapped = result.left.promptId === promptId ? { messageId, known: entry !== undefined } : undefined;
    await closeLeft(ctx.api, deps.registry, chatId, result.left, (e, what) => deps.warn(e, what), tapped);
  }
  await deps.reply(chatId, rendered.operations, { messageId, promptId });
}
