// A rule of your own: flag any claim attributed to an anonymous source.
import { analyze, defineRule } from 'corroborate';

const anonymousSource = defineRule({
  id: 'anonymous-source',
  meta: {
    description: 'A claim that rests on people who are not named',
    severity: 'warning',
    kinds: ['event', 'role', 'attribute'],
    messages: { anonymous: '{{outlet}} attributes this to {{source}}' },
  },
  check(group, context) {
    return group.claims
      .filter((c) => /people familiar|sources? (?:said|say)|anonymity/iu.test(c.modality.attributedTo ?? ''))
      .map((c) => ({ messageId: 'anonymous', sides: [[c.id]], data: { outlet: context.outlet(c.doc), source: c.modality.attributedTo ?? '' } }));
  },
});

const report = await analyze(
  [{ id: 'a', published: '2023-05-02', text: 'Acme Corp was valued at $2 billion in March, according to people familiar with the matter.' }],
  { customRules: [anonymousSource] },
);
for (const f of report.findings) console.log(`${f.rule}: ${f.message}`);
