import { randomUUID } from 'node:crypto';
import wwebjs from 'whatsapp-web.js';
import type { MessageTypes } from 'whatsapp-web.js';
import type { WhatsAppMessage } from '../../../src/channels/whatsapp/client.ts';

const { MessageMedia } = wwebjs;
export const botId = '21670000000@c.us';

/** A message someone sends the bot; everything but `from` has a default. */
export interface Incoming {
  from: string;
  body?: string;
  type?: MessageTypes;
  /** Unix seconds; now by default. */
  timestamp?: number;
  id?: string;
  author?: string;
  notifyName?: string;
  media?: { mimetype: string; data: Buffer; filename?: string };
  /** A video sent as a GIF. */
  isGif?: boolean;
  /** WhatsApp no longer has the file: downloadMedia() answers undefined. */
  mediaExpired?: boolean;
}

/** The fields of the library's Message for a received message, as the library fills them. */
export function receivedMessage(incoming: Incoming): WhatsAppMessage {
  const id = incoming.id ?? randomUUID().replace(/-/g, '').slice(0, 20).toUpperCase();
  const media = incoming.media;
  return {
    id: { fromMe: false, remote: incoming.from, id, _serialized: `false_${incoming.from}_${id}` },
    from: incoming.from,
    to: botId,
    author: incoming.author,
    fromMe: false,
    timestamp: incoming.timestamp ?? Math.floor(Date.now() / 1000),
    type: incoming.type ?? wwebjs.MessageTypes.TEXT,
    body: incoming.body ?? '',
    hasMedia: Boolean(media),
    isGif: incoming.isGif ?? false,
    isStatus: incoming.from === 'status@broadcast',
    broadcast: false,
    rawData: { notifyName: incoming.notifyName },
    // The typings promise a MessageMedia; the library answers undefined when the file is gone.
    downloadMedia: async () =>
      (media && !incoming.mediaExpired
        ? new MessageMedia(media.mimetype, media.data.toString('base64'), media.filename, media.data.length)
        : undefined) as InstanceType<typeof MessageMedia>,
  };
}
