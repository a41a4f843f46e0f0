import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { chromiumArgs, createClientOptions } from '../../../src/channels/whatsapp/client.ts';
import { sessionDir } from '../../../src/channels/whatsapp/session.ts';
import { WAStates } from '../../helpers/whatsapp-stand-in/index.ts';
import { createHarness, eventually, person, startLinked, type Harness } from './harness.ts';

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const harnesses: Harness[] = [];
function harness(...args: Parameters<typeof createHarness>) {
  const h = createHarness(...args);
  harnesses.push(h);
  return h;
}
const reconnectDelays = (h: Harness) => h.logs.filter((l) => l.msg === 'whatsapp reconnecting').map((l) => l.delayMs);

afterEach(async () => {
  for (const h of harnesses.splice(0)) await h.cleanup();
});

describe('WhatsApp session', () => {
  it('first start: prints the QR code in the terminal, writes it as a PNG, and removes the PNG once linked', async () => {
    const h = harness();
    await h.adapter.start(await h.core());
    const png = join(h.dataDir, 'qr.png');
    await eventually(() => expect(h.terminal()).toContain('scannez ce QR code'));
    expect(readFileSync(png).subarray(0, 8)).toEqual(pngSignature);
    expect(h.terminal()).toContain('scannez ce QR code');
    expect(h.terminal()).toContain(png);
    // The code itself: rows of half blocks (colour codes stripped: the last row has one around each
    // character, and a row of ten blocks in a row depends on the code's content).
    const rows = stripVTControlCharacters(h.terminal())
      .split('\n')
      .filter((row) => /^[ █▀▄]{21,}$/.test(row) && /[█▀▄]/.test(row));
    expect(rows.length).toBeGreaterThanOrEqual(10);
    h.standIn.live().scan();
    await h.adapter.whenReady();
    await eventually(() => expect(existsSync(png)).toBe(false));
    expect(h.terminal()).toContain('WhatsApp est connecté');
  });

  it('uses LocalAuth in the data folder and Debian Chromium with server flags; a restart needs no QR scan', async () => {
    const first = harness();
    await startLinked(first);
    const options = first.standIn.clients[0]?.options;
    expect(options?.puppeteer).toMatchObject({
      executablePath: '/usr/bin/chromium',
      headless: true,
      userDataDir: sessionDir(first.dataDir),
    });
    expect(chromiumArgs).toEqual(
      expect.arrayContaining(['--no-sandbox', '--disable-gpu', '--disable-background-networking']),
    );
    await first.shutdown();

    const again = harness({ dataDir: first.dataDir });
    again.standIn.world.validSessions = first.standIn.world.validSessions;
    await again.adapter.start(await again.core());
    await again.adapter.whenReady();
    expect(again.standIn.clients[0]?.events).toEqual(['authenticated', 'ready']);
    expect(existsSync(join(first.dataDir, 'qr.png'))).toBe(false);
  });

  it('watchdog: restarts the client when ready does not follow authenticated in time', async () => {
    const h = harness({ readyTimeoutMs: 50 });
    h.standIn.world.hangsAfterAuthenticated = 1;
    await h.adapter.start(await h.core());
    await eventually(() => expect(h.standIn.live().events).toContain('qr'));
    h.standIn.live().scan();
    await h.adapter.whenReady();
    expect(h.standIn.clients).toHaveLength(2);
    expect(h.standIn.clients[0]?.destroyed).toBe(true);
    expect(h.standIn.clients[0]?.events).toEqual(['qr', 'authenticated']);
    expect(h.standIn.clients[1]?.events).toEqual(['authenticated', 'ready']);
    expect(h.logs.some((l) => l.msg === 'whatsapp ready did not follow authenticated: restarting the client')).toBe(
      true,
    );
  });

  it('start watchdog: restarts a client whose page never loads (no QR code, no login), more patiently each time', async () => {
    const h = harness({ startTimeoutMs: 20 });
    h.standIn.world.hangsAtStart = 2;
    await h.adapter.start(await h.core());
    await eventually(() => expect(h.standIn.clients.at(-1)?.events).toEqual(['qr']));
    expect(h.standIn.clients).toHaveLength(3);
    for (const stuck of h.standIn.clients.slice(0, 2)) {
      expect(stuck.events).toEqual([]);
      expect(stuck.browser).toBe('closed');
    }
    const timeouts = h.logs
      .filter((l) => l.msg === 'whatsapp showed neither a QR code nor a login in time: restarting the client')
      .map((l) => l.timeoutMs);
    expect(timeouts).toEqual([20, 40]);
    h.standIn.live().scan();
    await h.adapter.whenReady();
    expect(h.logs.some((l) => l.msg === 'whatsapp client failed to start')).toBe(false);
  });

  it('start watchdog: a QR code waiting for its scan is never cut off, nor a restored session', async () => {
    const h = harness({ startTimeoutMs: 20 });
    await h.adapter.start(await h.core());
    await eventually(() => expect(h.standIn.live().events).toEqual(['qr']));
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(h.standIn.clients).toHaveLength(1);
    h.standIn.live().scan();
    await h.adapter.whenReady();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(h.standIn.clients).toHaveLength(1);
  });

  it('start watchdog: a browser that finishes launching after its client was replaced is closed', async () => {
    const h = harness({ startTimeoutMs: 20 });
    h.standIn.world.launchDelaysMs = [80];
    await h.adapter.start(await h.core());
    await eventually(() => expect(h.standIn.clients[1]?.events).toEqual(['qr']));
    const late = h.standIn.clients[0];
    // destroy() came while Chromium was still launching: the library had no browser to close yet.
    await eventually(() => expect(late?.browser).not.toBe('none'));
    await eventually(() => expect(late?.browser).toBe('closed'));
    h.standIn.live().scan();
    await h.adapter.whenReady();
  });

  it('reconnects with a growing delay after a disconnection, reset once ready again', async () => {
    const h = harness();
    await startLinked(h);
    h.standIn.world.failLaunches = 2;
    await h.standIn.live().loseConnection(WAStates.CONFLICT);
    await h.adapter.whenReady();
    expect(reconnectDelays(h)).toEqual([5, 10, 20]);
    expect(h.standIn.clients).toHaveLength(4);
    // TIMEOUT is a state the library rides out: no disconnection, no new client.
    await h.standIn.live().loseConnection(WAStates.TIMEOUT);
    expect(h.standIn.clients).toHaveLength(4);
    await h.standIn.live().loseConnection(WAStates.DEPRECATED_VERSION);
    await h.adapter.whenReady();
    expect(reconnectDelays(h)).toEqual([5, 10, 20, 5]);
    h.standIn.live().deliver({ from: person, body: 'encore là ?' });
    await h.idle();
    expect(h.standIn.textsTo(person)).toEqual(['ok']);
  });

  it('the known trap: a client started on a logged-out profile shows neither a QR code nor the chats', async () => {
    const h = harness();
    await startLinked(h);
    const linked = h.standIn.live();
    await h.shutdown();
    await linked.logoutFromPhone(true);
    const stale = h.standIn.factory(createClientOptions({ chromiumPath: '/usr/bin/chromium', dataDir: h.dataDir }));
    await stale.initialize();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(stale.events).toEqual([]);
  });

  it.each([
    ['logged out from the phone, profile left behind (EBUSY)', (h: Harness) => h.standIn.live().logoutFromPhone(true)],
    [
      'logged out from the phone, profile removed by the library',
      (h: Harness) => h.standIn.live().logoutFromPhone(false),
    ],
    ['disconnected: UNPAIRED', (h: Harness) => h.standIn.live().loseConnection(WAStates.UNPAIRED)],
    ['auth_failure', (h: Harness) => h.standIn.live().failAuthentication()],
  ])('%s: clears the session folder and offers a new QR code', async (_name, logout) => {
    const h = harness();
    await startLinked(h);
    const profile = sessionDir(h.dataDir);
    expect(existsSync(join(profile, 'stand-in-paired.json'))).toBe(true);
    await logout(h);
    await eventually(() => expect(h.standIn.clients.length).toBe(2));
    await eventually(() => expect(h.standIn.live().events).toEqual(['qr']));
    expect(h.standIn.clients[0]?.destroyed).toBe(true);
    expect(existsSync(join(profile, 'stand-in-paired.json'))).toBe(false);
    await eventually(() => expect(existsSync(join(h.dataDir, 'qr.png'))).toBe(true));
    h.standIn.live().scan();
    await h.adapter.whenReady();
    expect(h.terminal()).toContain("n'est plus reliée au téléphone");
  });

  it('stop: finishes the replies in hand, closes the browser without logging out, and never reconnects', async () => {
    const h = harness();
    await startLinked(h, await h.core(() => [{ kind: 'text', text: 'réponse' }]));
    const client = h.standIn.live();
    client.deliver({ from: person, body: 'dernière question' });
    await h.shutdown();
    expect(h.standIn.textsTo(person)).toEqual(['réponse']);
    expect(client.destroyed).toBe(true);
    expect(h.standIn.world.validSessions.size).toBe(1);
    expect(existsSync(join(sessionDir(h.dataDir), 'stand-in-paired.json'))).toBe(true);
    expect(h.standIn.clients).toHaveLength(1);
  });

  it('stop while waiting for a scan removes the QR image: its code is dead with the process', async () => {
    const h = harness();
    await h.adapter.start(await h.core());
    await eventually(() => expect(h.terminal()).toContain('scannez ce QR code'));
    await h.shutdown();
    expect(existsSync(join(h.dataDir, 'qr.png'))).toBe(false);
    expect(h.standIn.clients[0]?.destroyed).toBe(true);
  });

  it('refuses to start without Chromium, naming the fix', async () => {
    const h = harness({ chromiumPath: '/nonexistent/chromium' });
    await expect(h.adapter.start(await h.core())).rejects.toThrow('apt-get install chromium');
    expect(h.standIn.clients).toHaveLength(0);
  });
});
