// Who may do what, through the real application (every feature, a fresh database): someone not
// enrolled has /start, /help, /lang and knowledge questions (plus the means to enrol: /join, and
// /link to join an enrolled account); a participant sees their own team only.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/app.ts';
import type { Command } from '../../../src/core/router.ts';
import { createConfig } from '../../../src/config.ts';
import { freshDatabase, type FreshDatabase } from '../../helpers/db.ts';
import { plain, sender, text } from '../../helpers/messages.ts';

const notEnrolled = "réservée aux membres d'une équipe";
const notAllowed = 'réservée aux coordinateurs';
const codeOf = (reply: string) => /: ([A-Z2-9]{8})\b/.exec(reply)?.[1] ?? '';

describe('access rules in the real application', () => {
  let fresh: FreshDatabase;
  let app: App;
  const say = async (who: string, body: string) =>
    plain(
      (await app.handle(text(sender({ externalId: who, displayName: who[0]?.toUpperCase() + who.slice(1) }), body)))
        .replies,
    );

  beforeAll(async () => {
    fresh = await freshDatabase();
    app = await createApp(
      createConfig({
        DATABASE_URL: fresh.url,
        LOG_LEVEL: 'silent',
        COORDINATORS: 'console:boss',
        QUIET_HOURS: 'off',
      }),
      pino({ level: 'silent' }),
    );
  });
  afterAll(async () => {
    await app.close();
    await fresh.drop();
  });

  it('someone not enrolled may use /start, /help, /lang and knowledge questions, nothing else', async () => {
    const open = new Set(['start', 'help', 'lang', 'ask', 'join', 'link']);
    const usable: string[] = [];
    for (const command of app.commands as Command[]) {
      for (const name of [command.name, ...(command.aliases ?? [])]) {
        const reply = await say('nadia', `/${name}`);
        if (!reply.includes(notEnrolled) && !reply.includes(notAllowed)) usable.push(command.name);
      }
    }
    expect(new Set(usable)).toEqual(open);
    expect(await say('nadia', '/start')).toContain("Vous n'êtes encore membre d'aucune équipe");
    expect(await say('nadia', '/lang fr')).toContain("C'est noté");
    const help = await say('nadia', '/help');
    expect(help).toContain('/lang');
    for (const hidden of ['/deadlines', '/diagnostic', '/broadcast', '/invite']) expect(help).not.toContain(hidden);
    // Free text is a knowledge question, answered (with sources or a "not found"), never refused.
    const answer = await say('nadia', "C'est quoi le cycle PDCA ?");
    expect(answer).not.toContain(notEnrolled);
    expect(answer.length).toBeGreaterThan(40);
    // Reminder buttons of a deadline for everyone do nothing for her.
    await say('boss', '/deadline 2030-01-10 17:00 Guide pratique');
    const deadline = await app.db.deadline.findFirstOrThrow();
    const tap = plain(
      (
        await app.handle({
          id: 'tap-1',
          from: sender({ externalId: 'nadia', displayName: 'Nadia' }),
          receivedAt: new Date(),
          kind: 'choice',
          promptId: `rem:${deadline.id}`,
          values: ['done'],
        })
      ).replies,
    );
    expect(tap).toContain("plus d'actualité");
    expect(await app.db.deadlineStatus.count()).toBe(0);
  });

  it('a participant cannot broadcast, invite or see another team', async () => {
    await say('boss', '/team add sfax Commune de Sfax');
    await say('boss', '/team add tunis Commune de Tunis');
    expect(await say('amel', `/join ${codeOf(await say('boss', '/invite sfax'))}`)).toContain('Bienvenue');
    expect(await say('tarek', `/join ${codeOf(await say('boss', '/invite tunis'))}`)).toContain('Bienvenue');
    for (const command of [
      '/broadcast',
      '/broadcasts',
      '/invite sfax',
      '/invite tunis',
      '/team add x Y',
      '/teams',
      '/people',
      '/people sfax',
      '/progress',
      '/export progress',
      '/deadline list',
      '/promote amel',
      '/calendar import',
      '/reopen diagnostic-service',
    ]) {
      expect(await say('tarek', command), command).toContain(notAllowed);
    }
    // Sfax starts its diagnostic and sets a team deadline; Tunis sees neither.
    await say('amel', '/diagnostic diagnostic-service');
    await say('amel', "Bureau d'ordre");
    expect(await say('amel', '/diagnostic')).toContain('en cours : 1/');
    expect(await say('tarek', '/diagnostic')).not.toContain('en cours');
    await say('boss', '/deadline 2030-02-01 17:00 Rapport Sfax team=sfax');
    expect(await say('amel', '/deadlines')).toContain('Rapport Sfax');
    expect(await say('tarek', '/deadlines')).not.toContain('Rapport Sfax');
    expect(await app.db.broadcast.count()).toBe(0);
    expect(await app.db.inviteCode.count()).toBe(2);
  });
});
