// `npm run gen:t2s`: writes utils/analysis/t2s-table.ts from OpenCC's tables (see t2s-source.ts).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { t2sModule } from './t2s-source.ts';

const out = resolve(import.meta.dirname, '../../utils/analysis/t2s-table.ts');
writeFileSync(out, t2sModule());
console.log(`wrote ${out}`);
