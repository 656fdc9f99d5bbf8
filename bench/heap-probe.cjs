// Preloaded into the language server by the benchmark (`node --expose-gc -r bench/heap-probe.cjs dist/server.js`).
// On SIGUSR2 it collects garbage and writes process.memoryUsage() to $FENGONG_HEAP_PROBE. It changes nothing else.
'use strict';
const fs = require('node:fs');
const out = process.env.FENGONG_HEAP_PROBE;
if (out) {
  process.on('SIGUSR2', () => {
    if (typeof global.gc === 'function') {
      global.gc();
      global.gc();
    }
    fs.writeFileSync(out + '.tmp', JSON.stringify(process.memoryUsage()));
    fs.renameSync(out + '.tmp', out);
  });
}
