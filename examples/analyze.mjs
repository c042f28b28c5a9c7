// Check a folder of articles and print the report as Markdown.
import { analyze, format, loadCorpus } from 'corroborate';

const { documents, diagnostics, gazetteer } = await loadCorpus(process.argv[2] ?? 'corpus');
const report = await analyze(documents, { diagnostics, gazetteer });
console.log(format(report, 'markdown'));
console.error(`${report.findings.filter((f) => f.severity === 'error').length} errors`);
