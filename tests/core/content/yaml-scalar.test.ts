import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { yamlScalar } from '../../../src/core/content/yaml-scalar.ts';
import { YAML_SCHEMA } from '../../../src/core/content/yaml-positions.ts';

const TRICKY = [
  '- Acme Help', '? Why', "'quoted", '"quoted"', '#hashtag', '*star', '&anchor', '!tag', '| pipe', '> folded', '%directive', '@at', '`tick',
  'true', 'No', 'null', '~', '42', '3.14', '-1', '1e3', '0x1F', '.inf',
  'Refunds: how long?', 'Can I, maybe, return it?', 'A [bracket] and {brace}', ' padded ', 'trailing ', 'line\nbreak',
];

describe('text written into YAML for editors', () => {
  it('reads back as the same text, in a block or inside a [...] list, whatever it holds', () => {
    for (const text of TRICKY) {
      expect(jsYaml.load(`value: ${yamlScalar(text)}`, { schema: YAML_SCHEMA }), text).toEqual({ value: text });
      expect(jsYaml.load(`value: [${yamlScalar(text)}, next]`, { schema: YAML_SCHEMA }), text).toEqual({ value: [text, 'next'] });
    }
  });

  it('stays plain where nothing in it means more to YAML, so the files read as written', () => {
    expect(['How do I reset my password?', "What's the return window?", '如何退货？', 'Wi-Fi (5 GHz)', 'help-desk'].map(yamlScalar)).toEqual([
      'How do I reset my password?', "What's the return window?", '如何退货？', 'Wi-Fi (5 GHz)', 'help-desk',
    ]);
  });
});
