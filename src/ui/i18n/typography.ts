/**
 * French typography for texts shown in the pane: a no-break space before « : ; ! ? » and inside
 * guillemets, so that no line starts with a colon or a closing guillemet. The core's messages are
 * written with plain spaces (the CLI's terminal and the report sheet do not wrap them); the pane,
 * which wraps them at 320 px, sets them here. Dutch and English need nothing.
 */
import type { Lang } from '../../core';

export function typeset(text: string, lang: Lang): string {
  if (lang !== 'fr') return text;
  return text.replace(/ ([:;!?»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');
}
