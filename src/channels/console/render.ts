import { cleanText } from '../../core/hygiene.ts';
import type { OutboundMessage } from '../../core/messages.ts';
import { renderNumbered } from '../numbered.ts';

/**
 * Terminal rendering: text as is, choices as numbered lines, files as a line naming where they
 * were saved. Everything printed goes through the inbound filter: a stored name or answer from
 * another channel can never send escape codes to the operator's terminal.
 */
export function renderForConsole(message: OutboundMessage, savedPath?: string): string {
  return cleanText(render(message, savedPath));
}

function render(message: OutboundMessage, savedPath?: string): string {
  switch (message.kind) {
    case 'text':
      return message.text;
    case 'notice':
      return `ℹ️ ${message.text}`;
    case 'choices':
      return renderNumbered(message);
    case 'document':
    case 'image': {
      const icon = message.kind === 'image' ? '🖼' : '📎';
      const caption = message.caption ? `${message.caption}\n` : '';
      return `${caption}${icon} ${message.fileName} (${message.data.byteLength} B)${savedPath ? ` → ${savedPath}` : ''}`;
    }
  }
}
