import type { Feature } from '../../../src/core/router.ts';

export const pdfBytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0xff, 0x00, 0x01]);
export const pngBytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x7f]);

/** A long value name: its callback data cannot hold it, so the button is named by index. */
export const longValue = 'a_very_long_choice_value_that_does_not_fit_in_callback_data';

/**
 * A feature that exercises what the basics do not: a multiple-choice question that refuses stale
 * answers, a long list, long texts, files both ways, and the deep-link payload of /start.
 */
export const testFeature: Feature = {
  name: 'telegram-test',
  commands: [
    {
      name: 'tools',
      access: 'anyone',
      run: async (ctx) => {
        const round = ((ctx.state.round as number | undefined) ?? 0) + 1;
        ctx.state.round = round;
        ctx.reply({
          kind: 'choices',
          text: 'Quels outils utilisez-vous ?',
          promptId: `tools:${round}`,
          multiple: true,
          selected: ['survey'],
          choices: [
            { value: 'survey', label: 'Enquête' },
            { value: 'register', label: 'Registre' },
            { value: 'kpi', label: 'Indicateurs' },
            { value: longValue, label: 'Autre' },
          ],
        });
      },
    },
    {
      name: 'slow',
      access: 'anyone',
      run: async (ctx, args) => {
        // Slow work (an LLM answer, an export): the webhook must not wait for it.
        await new Promise((resolve) => setTimeout(resolve, Number(args) || 1500));
        ctx.reply({ kind: 'text', text: `slow done ${args}` });
      },
    },
    {
      name: 'many',
      access: 'anyone',
      run: async (ctx) => {
        const choices = Array.from({ length: 40 }, (_, i) => ({
          value: `c${i + 1}`,
          label: `Commune numéro ${i + 1}`,
        }));
        ctx.reply({ kind: 'choices', text: 'Choisissez une commune :', promptId: 'many:1', choices });
      },
    },
    {
      name: 'levels',
      access: 'anyone',
      run: async (ctx) => {
        // Nine labels too long for a button, each starting with its own number, as a scale's.
        const choices = Array.from({ length: 9 }, (_, i) => ({
          value: `l${i + 1}`,
          label: `${i + 1} — Niveau ${i + 1} : une description trop longue pour un bouton`,
        }));
        ctx.reply({ kind: 'choices', text: 'Quel niveau ?', promptId: 'levels:1', choices });
      },
    },
    {
      name: 'long',
      access: 'anyone',
      run: async (ctx) => {
        const paragraph = (n: number) => `Paragraphe ${n}. ${'Lorem ipsum dolor sit amet. '.repeat(70).trim()}`;
        ctx.reply({ kind: 'text', text: [1, 2, 3, 4].map(paragraph).join('\n\n') });
      },
    },
    {
      name: 'files',
      access: 'anyone',
      run: async (ctx) => {
        ctx.reply(
          {
            kind: 'document',
            fileName: 'plan.pdf',
            mimeType: 'application/pdf',
            data: pdfBytes,
            caption: 'Plan « A & B » <b>',
          },
          { kind: 'image', fileName: 'chart.png', mimeType: 'image/png', data: pngBytes },
        );
      },
    },
  ],
  choices: [
    {
      prefix: 'tools:',
      run: async (ctx, values, promptId) => {
        if (promptId !== `tools:${String(ctx.state.round)}`)
          return ctx.reply({ kind: 'notice', text: ctx.t('stale-choice') });
        if (values.length === 0) return ctx.reply({ kind: 'notice', text: 'Cochez au moins une case' });
        ctx.answered(promptId);
        ctx.reply({ kind: 'text', text: `outils=${values.join(',')}` });
      },
    },
    {
      prefix: 'many:',
      run: async (ctx, values, promptId) => {
        ctx.answered(promptId);
        ctx.reply({ kind: 'text', text: `commune=${values.join(',')}` });
      },
    },
    {
      prefix: 'levels:',
      run: async (ctx, values, promptId) => {
        ctx.answered(promptId);
        ctx.reply({ kind: 'text', text: `levels=${values.join(',')}` });
      },
    },
  ],
  interceptors: [
    {
      name: 'files-and-deep-links',
      wants: (ctx) =>
        ctx.message.kind === 'photo' ||
        ctx.message.kind === 'document' ||
        (ctx.message.kind === 'text' && ctx.message.text.startsWith('/start ')),
      run: async (ctx) => {
        const m = ctx.message;
        if (m.kind === 'photo') ctx.reply({ kind: 'text', text: `photo=${m.fileRef} caption=${m.caption ?? ''}` });
        if (m.kind === 'document') ctx.reply({ kind: 'text', text: `document=${m.fileRef} name=${m.fileName ?? ''}` });
        if (m.kind === 'text') ctx.reply({ kind: 'text', text: `deep-link=${m.text}` });
      },
    },
  ],
};
