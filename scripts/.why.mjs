import { build } from 'vite';
const targets = process.argv.slice(2);
await build({ logLevel: 'silent', build: { outDir: '/tmp/tr/dist-why', emptyOutDir: true }, plugins: [{ name: 'why', generateBundle(_, bundle) {
  const index = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry);
  const inIndex = new Set(index.moduleIds);
  for (const t of targets) {
    const id = index.moduleIds.find((m) => m.includes(t));
    if (!id) { console.log(t, 'not in index'); continue; }
    // path from entry: BFS over importers within index
    const parents = new Map([[id, null]]); const q = [id]; let found;
    while (q.length) { const m = q.shift(); const info = this.getModuleInfo(m); if (info.isEntry) { found = m; break; } for (const imp of info.importers) if (!parents.has(imp)) { parents.set(imp, m); q.push(imp); } }
    const chain = []; let c = found; while (c) { chain.push(c.replace(process.cwd(), '')); c = parents.get(c); }
    console.log(t, index.modules[id].renderedLength, ':', chain.join(' -> '));
  }
} }] });
