import wwebjs from 'whatsapp-web.js';
import { describe, expect, it } from 'vitest';
import type { OutboundMessage } from '../../../src/core/messages.ts';
import {
  boldLine,
  escapeFormatting,
  maxTextLength,
  renderForWhatsApp,
  splitText,
} from '../../../src/channels/whatsapp/render.ts';

const ZWSP = '\u200B';
const RLM = '\u200F';
const visible = (text: string) => text.replaceAll(ZWSP, '');

describe('escapeFormatting', () => {
  it.each([
    ['plain text', 'Bonjour Salma', 'Bonjour Salma'],
    ['bold pair', 'un *urgent* dossier', `un ${ZWSP}*${ZWSP}urgent${ZWSP}*${ZWSP} dossier`],
    ['italic pair', '_note_', `${ZWSP}_${ZWSP}note${ZWSP}_${ZWSP}`],
    ['strike pair', '~barré~ ici', `${ZWSP}~${ZWSP}barré${ZWSP}~${ZWSP} ici`],
    ['monospace', '```code```', '```code```'.replaceAll('`', `${ZWSP}\`${ZWSP}`)],
    ['a lone star', '5 * 3 = 15', '5 * 3 = 15'],
    ['underscores inside a word', 'fichier_plan_v2.docx', 'fichier_plan_v2.docx'],
    ['a code with no markers', '/link AB3K7Q', '/link AB3K7Q'],
    ['markers on two lines do not pair', 'a *b\nc* d', 'a *b\nc* d'],
    ['Arabic', '‏خطة *التحسين*', `‏خطة ${ZWSP}*${ZWSP}التحسين${ZWSP}*${ZWSP}`],
  ])('%s', (_name, input, expected) => {
    expect(escapeFormatting(input)).toBe(expected);
    expect(visible(escapeFormatting(input))).toBe(input);
  });
});

describe('boldLine', () => {
  it.each([
    ['Section 1/5 · Question 2', '*Section 1/5 · Question 2*'],
    [`${RLM}اختر لغتك:`, `${RLM}*اختر لغتك:*`],
    [' padded', ' padded'],
    ['', ''],
    [`a ${ZWSP}*${ZWSP}b`, `a ${ZWSP}*${ZWSP}b`],
  ])('%j → %j', (input, expected) => expect(boldLine(input)).toBe(expected));
});

describe('splitText', () => {
  it('keeps a short text whole and splits a long one on paragraph boundaries, losing nothing', () => {
    expect(splitText('court')).toEqual(['court']);
    const paragraph = 'Lorem ipsum dolor sit amet. '.repeat(60).trim();
    const text = Array.from({ length: 5 }, () => paragraph).join('\n\n');
    const parts = splitText(text);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(maxTextLength);
    expect(parts.join(' ').replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
  });

  it('cuts a text without spaces hard, never inside a surrogate pair', () => {
    const parts = splitText('😀'.repeat(3000), 4001);
    expect(parts.every((p) => !/[\uD800-\uDBFF]$/.test(p))).toBe(true);
    expect(parts.join('')).toBe('😀'.repeat(3000));
  });
});

const bytes = new Uint8Array([1, 2, 3, 4]);
type Case = [string, OutboundMessage, ({ content: string } | { media: true; options: object })[]];

describe('renderForWhatsApp', () => {
  it.each<Case>([
    [
      'text, user content escaped',
      { kind: 'text', text: 'Votre réponse : *5*' },
      [{ content: `Votre réponse : ${ZWSP}*${ZWSP}5${ZWSP}*${ZWSP}` }],
    ],
    ['notice as plain text', { kind: 'notice', text: 'Liste périmée.' }, [{ content: 'Liste périmée.' }]],
    [
      'a question without choices: its heading in bold, as a choice question',
      { kind: 'text', text: 'Question 2/9 · Identification\nDans quelle commune ?', heading: true },
      [{ content: '*Question 2/9 · Identification*\nDans quelle commune ?' }],
    ],
    [
      'an Arabic heading keeps its right-to-left mark in front',
      { kind: 'text', text: '\u200fالسؤال 2/9 · التعريف\n\u200fفي أي بلدية؟', heading: true },
      [{ content: '\u200f*السؤال 2/9 · التعريف*\n\u200fفي أي بلدية؟' }],
    ],
    [
      'choices: question in bold, numbered lines',
      {
        kind: 'choices',
        text: 'Choisissez votre langue :',
        promptId: 'lang:pick',
        choices: [
          { value: 'fr', label: 'Français' },
          { value: 'ar', label: 'العربية' },
        ],
      },
      [{ content: '*Choisissez votre langue :*\n1. Français\n2. العربية' }],
    ],
    [
      'multiple choices with the current selection ticked',
      {
        kind: 'choices',
        text: 'Q3\nPlusieurs réponses',
        promptId: 'qn:q3',
        multiple: true,
        selected: ['b'],
        choices: [
          { value: 'a', label: 'Accueil' },
          { value: 'b', label: '_Délais_' },
        ],
      },
      [{ content: `*Q3*\nPlusieurs réponses\n1. Accueil\n2. ${ZWSP}_${ZWSP}Délais${ZWSP}_${ZWSP} ✅` }],
    ],
    [
      'a document as a file, with its caption',
      {
        kind: 'document',
        fileName: 'plan.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        data: bytes,
        caption: 'Plan',
      },
      [{ media: true, options: { sendMediaAsDocument: true, caption: 'Plan' } }],
    ],
    [
      'an image, no caption',
      { kind: 'image', fileName: 'chart.png', mimeType: 'image/png', data: bytes },
      [{ media: true, options: {} }],
    ],
    [
      'an image whose caption is too long: the caption follows as text',
      { kind: 'image', fileName: 'chart.png', mimeType: 'image/png', data: bytes, caption: 'x'.repeat(1500) },
      [{ media: true, options: {} }, { content: 'x'.repeat(1500) }],
    ],
  ])('%s', (_name, message, expected) => {
    const sends = renderForWhatsApp(message);
    expect(sends).toHaveLength(expected.length);
    sends.forEach((send, i) => {
      const want = expected[i];
      if (want && 'media' in want) {
        expect(send.content).toBeInstanceOf(wwebjs.MessageMedia);
        expect(send.options).toEqual(want.options);
      } else {
        expect(send.content).toBe(want?.content);
      }
    });
  });

  it('puts the file in a MessageMedia: base64 data, MIME type, name and size', () => {
    const [send] = renderForWhatsApp({
      kind: 'document',
      fileName: 'export.xlsx',
      mimeType: 'application/vnd.ms-excel',
      data: bytes,
    });
    expect(send?.content).toMatchObject({
      mimetype: 'application/vnd.ms-excel',
      data: Buffer.from(bytes).toString('base64'),
      filename: 'export.xlsx',
      filesize: 4,
    });
  });

  it('splits a long text into several messages', () => {
    const text = `${'Mot '.repeat(900)}\n\n${'Autre '.repeat(500)}`;
    const sends = renderForWhatsApp({ kind: 'text', text });
    expect(sends.length).toBe(2);
    expect(sends.map((s) => (s.content as string).split(' ')[0])).toEqual(['Mot', 'Autre']);
    expect(sends.every((s) => typeof s.content === 'string' && s.content.length <= maxTextLength)).toBe(true);
  });
});
