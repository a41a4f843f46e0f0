import { SendError } from '../../core/messages.ts';

/** How long a sender should wait before retrying while WhatsApp is not connected. */
export const notConnectedRetryMs = 60_000;

export function notConnected(): SendError {
  return new SendError('WhatsApp is not connected', false, notConnectedRetryMs);
}

/**
 * The channel-neutral failure of a send. An id WhatsApp does not know will never work; anything
 * else (page reloading, browser closed, network) may work after a reconnect.
 */
export function toSendError(error: unknown): SendError {
  if (error instanceof SendError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const permanent = /invalid wid|wid error|no lid for user|not a valid|not registered/i.test(message);
  return new SendError(
    `WhatsApp send failed: ${message.slice(0, 300)}`,
    permanent,
    permanent ? undefined : notConnectedRetryMs,
  );
}
