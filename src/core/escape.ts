/**
 * Text written into markup as a string (the static HTML and SVG renders, the exported SVG): the
 * five characters that could end a text node or a quoted attribute, escaped. The elements never
 * need it: Lit binds text as text.
 */
export const escapeMarkup = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
