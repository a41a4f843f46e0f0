import { GrammyError, HttpError } from 'grammy';
import { SendError } from '../../core/messages.ts';

/** 403 (blocked, deactivated) and 400 "chat not found"-like answers: this person cannot be reached. */
export function isUnreachable(error: unknown): boolean {
  if (!(error instanceof GrammyError)) return false;
  if (error.error_code === 403) return true;
  return (
    error.error_code === 400 &&
    /chat not found|user not found|PEER_ID_INVALID|user is deactivated|bot can't initiate/i.test(error.description)
  );
}

/** "message is not modified" and "query is too old": harmless answers to an edit or tap answer. */
export function isHarmless(error: unknown): boolean {
  return (
    error instanceof GrammyError &&
    error.error_code === 400 &&
    /not modified|query is too old|query ID is invalid/i.test(error.description)
  );
}

/** The channel-neutral failure for a send: permanent unless retrying later may work. */
export function toSendError(error: unknown, scrub: (text: string) => string): SendError {
  if (error instanceof SendError) return error;
  if (error instanceof GrammyError) {
    const retryAfter = error.parameters.retry_after;
    const transient = error.error_code === 429 || error.error_code >= 500;
    return new SendError(
      `Telegram ${error.method}: ${error.description}`,
      !transient,
      retryAfter === undefined ? undefined : retryAfter * 1000,
    );
  }
  const message = error instanceof HttpError ? `${error.message} ${String(error.error)}` : String(error);
  return new SendError(scrub(message), false);
}

/**
 * A loggable description of an error with the bot token removed: network errors carry the
 * request URL, and the URL carries the token.
 */
export function describeError(error: unknown, scrub: (text: string) => string): Record<string, unknown> {
  if (error instanceof GrammyError)
    return { type: 'GrammyError', method: error.method, code: error.error_code, description: error.description };
  if (error instanceof HttpError)
    return { type: 'HttpError', message: scrub(`${error.message} ${String(error.error)}`) };
  if (error instanceof Error)
    return { type: error.name, message: scrub(error.message), stack: scrub(error.stack ?? '') };
  return { message: scrub(String(error)) };
}

export function createScrubber(token: string): (text: string) => string {
  const secret = token.trim();
  if (!secret) return (text) => text;
  return (text) => text.split(secret).join('[token]');
}
