// Lets the README's rule-test example run on its own: vitest run --config examples/vitest.config.mjs
export default { test: { include: ['*.test.mjs'] } };
