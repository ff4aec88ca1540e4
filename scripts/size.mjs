// Prints the size of every built JS/CSS chunk (raw and gzip) and what the first paint needs.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = 'dist';
const assets = readdirSync(join(dist, 'assets')).filter((f) => /\.(js|css)$/.test(f));
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const sizes = new Map(
  assets.map((file) => {
    const bytes = readFileSync(join(dist, 'assets', file));
    return [file, { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }];
  }),
);

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entries = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+)"/g)].map((m) => m[1]).filter((f) => sizes.has(f));

// The first paint needs the entry files and everything they import statically (not import()).
const firstPaint = new Set();
const visit = (file) => {
  if (firstPaint.has(file)) return;
  firstPaint.add(file);
  if (!file.endsWith('.js')) return;
  const code = readFileSync(join(dist, 'assets', file), 'utf8');
  for (const match of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"();]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) visit(match[1]);
};
entries.forEach(visit);

console.log('chunk'.padEnd(48), 'raw'.padStart(10), 'gzip'.padStart(10), ' first paint');
for (const [file, size] of [...sizes].sort((a, b) => b[1].gzip - a[1].gzip)) {
  console.log(file.padEnd(48), kb(size.raw).padStart(10), kb(size.gzip).padStart(10), firstPaint.has(file) ? ' yes' : '');
}
const total = (files) => files.reduce((sum, f) => sum + sizes.get(f).gzip, 0);
console.log(`\nFirst paint of the compose screen (gzip): ${kb(total([...firstPaint]))} in ${firstPaint.size} files`);
console.log(`Everything (gzip): ${kb(total([...sizes.keys()]))} in ${sizes.size} files`);
