export { createBotApi, defaultToken, type BotApi, type BotApiOptions } from './server.ts';
export type { ApiCall, Fault, RateLimit, SentMessage, StoredMessage, Update } from './types.ts';
export type { SimulatedUser, UserOptions } from './users.ts';
export type { BotView, Delivery } from './view.ts';
