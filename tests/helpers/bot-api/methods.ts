import { ApiFailure, type BotState } from './bot-state.ts';
import { attachedFile, type ParsedRequest } from './request.ts';
import { str, type Params, type RateLimit, type StoredMessage } from './types.ts';

/** A stored message in Telegram's JSON shape. */
export function toTelegram(state: BotState, m: StoredMessage): Record<string, unknown> {
  const out: Record<string, unknown> = {
    message_id: m.message_id,
    date: m.date,
    chat: { id: m.chatId, type: 'private', first_name: `User ${m.chatId}` },
    from: m.fromBot
      ? { id: state.botId, is_bot: true, first_name: 'Jawda', username: 'jawda_test_bot' }
      : { id: m.chatId, is_bot: false, first_name: `User ${m.chatId}` },
  };
  if (m.text !== undefined) out.text = m.text;
  if (m.caption !== undefined) out.caption = m.caption;
  if (m.reply_markup) out.reply_markup = m.reply_markup;
  if (m.edits > 0) out.edit_date = m.date;
  const fileId = `file-${m.chatId}-${m.message_id}`;
  if (m.kind === 'photo')
    out.photo = [{ file_id: fileId, file_unique_id: fileId, width: 90, height: 90, file_size: m.file?.bytes.length }];
  if (m.kind === 'document')
    out.document = { file_id: fileId, file_unique_id: fileId, file_name: m.file?.name, mime_type: m.file?.mimeType };
  return out;
}

export interface MethodContext {
  state: BotState;
  parsed: ParsedRequest;
  rateLimit: RateLimit | undefined;
  /** Resolves when the HTTP request is closed early (a long poll aborted by the bot). */
  closed: Promise<void>;
}

type Method = (ctx: MethodContext) => unknown;

function sending(ctx: MethodContext, method: string): number {
  const chatId = Number(ctx.parsed.params.chat_id);
  ctx.state.checkChat(chatId);
  ctx.state.checkRate(method, chatId, ctx.rateLimit);
  return chatId;
}

/** The Bot API methods the stand-in implements; anything else answers 404 like Telegram. */
export const methods: Record<string, Method> = {
  getMe: ({ state }) => ({
    id: state.botId,
    is_bot: true,
    first_name: 'Jawda',
    username: 'jawda_test_bot',
    can_join_groups: false,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
  }),
  getUpdates: ({ state, parsed, closed }) => state.getUpdates(parsed.params, closed),
  sendMessage: (ctx) => {
    sending(ctx, 'sendMessage');
    return toTelegram(ctx.state, ctx.state.sendMessage(ctx.parsed.params));
  },
  sendPhoto: (ctx) => {
    sending(ctx, 'sendPhoto');
    return toTelegram(ctx.state, ctx.state.sendFile('photo', ctx.parsed.params, attachedFile('photo', ctx.parsed)));
  },
  sendDocument: (ctx) => {
    sending(ctx, 'sendDocument');
    return toTelegram(
      ctx.state,
      ctx.state.sendFile('document', ctx.parsed.params, attachedFile('document', ctx.parsed)),
    );
  },
  editMessageText: ({ state, parsed }) => toTelegram(state, state.editText(parsed.params)),
  editMessageReplyMarkup: ({ state, parsed }) => toTelegram(state, state.editMarkup(parsed.params)),
  answerCallbackQuery: ({ state, parsed }) => state.answerCallbackQuery(parsed.params),
  sendChatAction: ({ state, parsed }) => {
    state.checkChat(Number(parsed.params.chat_id));
    return true;
  },
  setMyCommands: ({ state, parsed }) => {
    const commands = parsed.params.commands as Params[] | undefined;
    if (!Array.isArray(commands)) throw new ApiFailure(400, 'Bad Request: commands must be an array');
    for (const c of commands) {
      if (!/^[a-z0-9_]{1,32}$/.test(str(c.command))) throw new ApiFailure(400, 'Bad Request: BOT_COMMAND_INVALID');
      const length = [...str(c.description)].length;
      if (length < 1 || length > 256) throw new ApiFailure(400, 'Bad Request: BOT_COMMAND_DESCRIPTION_INVALID');
    }
    state.commands.push(parsed.params);
    return true;
  },
  getMyCommands: ({ state, parsed }) => {
    const code = parsed.params.language_code ?? '';
    return state.commands.filter((c) => (c.language_code ?? '') === code).at(-1)?.commands ?? [];
  },
  setWebhook: ({ state, parsed }) => {
    const url = str(parsed.params.url);
    state.webhook = url ? { url, secret: parsed.params.secret_token as string | undefined } : undefined;
    return true;
  },
  deleteWebhook: ({ state, parsed }) => {
    state.webhook = undefined;
    if (parsed.params.drop_pending_updates) state.updates.length = 0;
    return true;
  },
  getWebhookInfo: ({ state }) => ({
    url: state.webhook?.url ?? '',
    has_custom_certificate: false,
    pending_update_count: state.updates.length,
  }),
};
