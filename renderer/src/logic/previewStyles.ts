/**
 * docx-preview writes the document defaults as `.docx p`, after the paragraph styles and with the same specificity
 * (`p.docx_title`), so they override them: the centred title came out justified and indented, table text lost its
 * centring. Lowered to `:where(.docx) p`, the styles win as in Word (a style over the defaults), and the defaults
 * still win over the library's own base rule that comes before them.
 */
export const lowerDocumentDefaults = (css: string): string => css.replace(/\.docx p(?=[\s,{])/g, ':where(.docx) p');
