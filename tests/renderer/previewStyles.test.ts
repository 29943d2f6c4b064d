import { describe, expect, it } from 'vitest';
import { lowerDocumentDefaults } from '../../renderer/src/logic/previewStyles';

describe('the preview’s document defaults', () => {
  it('lose to the paragraph styles (the title stays centred) but keep the rest of the sheet as it was', () => {
    const css =
      'p.docx_title { text-align: center; }\n' +
      '.docx p { text-indent: 32pt; text-align: justify; }\n' +
      '.docx p, p.docx_normal { line-height: 28.95pt; }\n' +
      '.docx p span, .docx pre { color: red; }\n' +
      '.docx span { font-size: 16pt; }\n' +
      '.docx-wrapper>section.docx { margin-bottom: 30px; }';
    expect(lowerDocumentDefaults(css)).toBe(
      'p.docx_title { text-align: center; }\n' +
        ':where(.docx) p { text-indent: 32pt; text-align: justify; }\n' +
        ':where(.docx) p, p.docx_normal { line-height: 28.95pt; }\n' +
        ':where(.docx) p span, .docx pre { color: red; }\n' +
        '.docx span { font-size: 16pt; }\n' +
        '.docx-wrapper>section.docx { margin-bottom: 30px; }',
    );
  });
});
