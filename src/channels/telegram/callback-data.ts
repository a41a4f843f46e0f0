/**
 * Inline button payloads, at most 64 bytes: `<promptId>|<action>`. The promptId (ASCII, ≤ 40
 * bytes, no `|`) ties a tap to the exact question. A choice is named by its value when it fits
 * (`=value`, so a tap still resolves after a restart) and by its index otherwise (`#3`).
 */
export const maxCallbackBytes = 64;

export type ItemRef = { value: string } | { index: number };

export type TapAction =
  /** Answer a single-choice question with this item. */
  | { op: 'pick'; item: ItemRef }
  /** Multiple choice: mark or unmark this item (idempotent, so a replayed tap changes nothing). */
  | { op: 'select' | 'unselect'; item: ItemRef }
  /** Multiple choice: send the marked items. */
  | { op: 'validate' }
  /** Show another page of a long list. */
  | { op: 'page'; page: number }
  /** The page indicator: does nothing. */
  | { op: 'noop' };

const ops = { pick: 'c', select: '+', unselect: '-' } as const;

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export function encodeTap(promptId: string, action: TapAction, index?: number): string {
  switch (action.op) {
    case 'validate':
      return `${promptId}|ok`;
    case 'page':
      return `${promptId}|p${action.page}`;
    case 'noop':
      return `${promptId}|_`;
    default: {
      const head = `${promptId}|${ops[action.op]}`;
      if ('value' in action.item) {
        const byValue = `${head}=${action.item.value}`;
        if (bytes(byValue) <= maxCallbackBytes) return byValue;
        if (index === undefined) throw new Error(`callback data too long for ${promptId}`);
        return `${head}#${index}`;
      }
      return `${head}#${action.item.index}`;
    }
  }
}

/** Parses callback data; null for anything this adapter did not write. */
export function decodeTap(data: string | undefined): { promptId: string; action: TapAction } | null {
  if (!data) return null;
  const bar = data.indexOf('|');
  if (bar <= 0) return null;
  const promptId = data.slice(0, bar);
  const rest = data.slice(bar + 1);
  if (rest === 'ok') return { promptId, action: { op: 'validate' } };
  if (rest === '_') return { promptId, action: { op: 'noop' } };
  const page = /^p(\d{1,4})$/.exec(rest);
  if (page) return { promptId, action: { op: 'page', page: Number(page[1]) } };
  const item = /^([c+-])(?:=(.*)|#(\d{1,4}))$/s.exec(rest);
  if (!item) return null;
  const ref: ItemRef = item[2] !== undefined ? { value: item[2] } : { index: Number(item[3]) };
  const op = item[1] === 'c' ? 'pick' : item[1] === '+' ? 'select' : 'unselect';
  return { promptId, action: { op, item: ref } };
}
