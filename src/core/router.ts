import { canAccess, type Access, type CommandInfo, type Context } from './context.ts';
import { leaveSideList, sideListShown } from './side-list.ts';

export interface Command extends CommandInfo {
  run(ctx: Context, args: string): Promise<void>;
}

/** Handles answers to choice prompts whose promptId starts with `prefix`. */
export interface ChoiceHandler {
  prefix: string;
  run(ctx: Context, values: string[], promptId: string): Promise<void>;
}

/**
 * Gets the first look at every message (e.g. an open questionnaire takes its answers, `?`,
 * `/back`...). `wants` must be cheap and side-effect free.
 */
export interface Interceptor {
  name: string;
  wants(ctx: Context): boolean;
  run(ctx: Context): Promise<void>;
  /**
   * A message it did not want (another command, another list's button): a step that waits for one
   * reply only (a value to type) is left then, so that a later text is never taken for it.
   */
  passed?(ctx: Context): void;
}

/** A feature plugs commands, choice handlers and interceptors into the router. */
export interface Feature {
  name: string;
  commands?: Command[];
  choices?: ChoiceHandler[];
  interceptors?: Interceptor[];
  /** Shows what the chat is in the middle of (an open question); false when nothing. */
  current?: (ctx: Context) => Promise<boolean>;
  /**
   * Whether the chat is in the middle of this feature's work (cheap, from the chat state). After a
   * command or button of another feature, `current` shows that work again, so the next plain
   * answer goes where the person expects.
   */
  busy?: (ctx: Context) => boolean;
}

export interface Router {
  dispatch(ctx: Context): Promise<void>;
  /** Shows the chat's current prompt, from the first feature that has one. */
  resume(ctx: Context): Promise<void>;
}

/** `/lang@JawdaBot ar` → { name: "lang", args: "ar" }; null when the text is not a command. */
export function parseCommand(text: string): { name: string; args: string } | null {
  // Invisible marks are ignored in front: a command copied from an Arabic reply starts with one (RLM),
  // and its Latin part is isolated (LRI … PDI), so direction marks are dropped wherever they are.
  const bare = text.replace(/^[\s\p{Cf}]+/u, '').replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  const match = /^\/([\p{L}\p{N}_]+)(?:@\w+)?(?:\s+([\s\S]*))?$/u.exec(bare.trim());
  if (!match?.[1]) return null;
  return { name: match[1].toLowerCase(), args: (match[2] ?? '').trim() };
}

const accessMessage: Record<Exclude<Access, 'anyone'>, string> = {
  member: 'not-enrolled',
  coordinator: 'not-allowed',
};

/**
 * Order: interceptors (in feature order), then commands, then choice answers, then `fallback`
 * for free text. Unknown commands and stale choices get an explicit answer, never silence.
 */
export function createRouter(features: Feature[], fallback: (ctx: Context) => Promise<void>): Router {
  const commands = new Map<string, { command: Command; feature: Feature }>();
  const ordered: Command[] = [];
  for (const feature of features) {
    for (const command of feature.commands ?? []) {
      for (const name of [command.name, ...(command.aliases ?? [])]) {
        if (commands.has(name)) throw new Error(`Command /${name} is defined twice (feature ${feature.name})`);
        commands.set(name, { command, feature });
      }
      ordered.push(command);
    }
  }
  const interceptors = features.flatMap((f) => f.interceptors ?? []);
  const choiceHandlers = features.flatMap((f) => (f.choices ?? []).map((handler) => ({ handler, feature: f })));
  const currents = features.flatMap((f) => (f.current ? [f.current] : []));

  /** Runs the message's handler; returns the feature it belonged to (undefined: core answers). */
  async function route(ctx: Context): Promise<Feature | undefined> {
    const { message } = ctx;
    if (message.kind === 'choice') {
      const found = choiceHandlers.find((h) => message.promptId.startsWith(h.handler.prefix));
      if (found) await found.handler.run(ctx, message.values, message.promptId);
      else ctx.reply({ kind: 'notice', text: ctx.t('stale-choice') });
      return found?.feature;
    }
    if (message.kind === 'text') {
      const parsed = parseCommand(message.text);
      if (parsed) {
        const found = commands.get(parsed.name);
        if (!found) ctx.say('unknown-command', { command: `/${parsed.name}` });
        else if (found.command.access !== 'anyone' && !canAccess(ctx.person, found.command.access))
          ctx.say(
            found.command.refusedMember && ctx.person.teams.length > 0
              ? found.command.refusedMember
              : accessMessage[found.command.access],
          );
        else await found.command.run(ctx, parsed.args);
        return found?.feature;
      }
    }
    await fallback(ctx);
    return undefined;
  }

  return {
    async dispatch(ctx) {
      ctx.available = ordered.filter((c) => canAccess(ctx.person, c.access));
      leaveSideList(ctx.state);
      const interceptor = interceptors.find((i) => i.wants(ctx));
      for (const other of interceptors) if (other !== interceptor) other.passed?.(ctx);
      if (interceptor) return interceptor.run(ctx);
      const busy = features.find((f) => f.busy?.(ctx));
      ctx.busy = busy !== undefined;
      const handledBy = await route(ctx);
      // The side trip is answered; the open work comes back, unless its own feature just acted on it
      // or the side trip showed a list to answer first (see side-list.ts).
      if (busy?.current && handledBy !== busy && busy.busy?.(ctx) && !sideListShown(ctx.state)) await busy.current(ctx);
    },
    async resume(ctx) {
      const side = sideListShown(ctx.state);
      if (side) return ctx.reply(side);
      for (const current of currents) if (await current(ctx)) return;
    },
  };
}
