import { benchAutosave, benchDemo, benchRescore } from './core-bench';
import { benchImport } from './import-bench';
import { benchReport } from './report-bench';
import { benchReview } from './review-bench';
import { printTable, type Figure } from './stats';
import { benchUi } from './ui-bench';

/** `npm run bench`: prints figures; nothing here passes or fails on time. */
const figures: Figure[] = [];
for (const bench of [benchAutosave, benchRescore, benchDemo, benchUi, benchReport, benchImport, benchReview]) {
  figures.push(...(await bench()));
}
console.log(`Dabiao benchmarks — node ${process.version}, ${process.platform}/${process.arch}`);
printTable(figures);
