// Runs a WASI preview 1 module on V8 for gowgc's benchmark harness.
// Usage: node v8.mjs MODULE STDOUT_FILE COMPILES WARMUP RUNS ARGV0 [ARGS...]
// Prints one JSON line: compile and run times (ms), the first run's exit
// status and stderr, and the largest linear memory seen. The first run's
// stdout goes to STDOUT_FILE, the others' to /dev/null.
import { readFileSync, openSync, closeSync } from 'node:fs';
import { WASI } from 'node:wasi';

const [wasmPath, outPath, compiles, warmup, runs, ...argv] = process.argv.slice(2);
const bytes = readFileSync(wasmPath);
const result = { compileMs: [], runMs: [], exit: null, stderr: '', memory: 0 };
try {
  let mod;
  for (let i = 0; i < Number(compiles); i++) {
    const t = performance.now();
    mod = new WebAssembly.Module(bytes);
    result.compileMs.push(performance.now() - t);
  }
  const total = Number(warmup) + Number(runs);
  for (let i = 0; i < total; i++) {
    const errPath = outPath + '.stderr';
    const out = openSync(i === 0 ? outPath : '/dev/null', 'w');
    const err = openSync(i === 0 ? errPath : '/dev/null', 'w');
    const wasi = new WASI({
      version: 'preview1', args: argv, env: {}, stdout: out, stderr: err, returnOnExit: true,
    });
    const t = performance.now();
    const inst = new WebAssembly.Instance(mod, wasi.getImportObject());
    const code = wasi.start(inst);
    const dt = performance.now() - t;
    closeSync(out);
    closeSync(err);
    if (i === 0) {
      result.exit = code;
      result.stderr = readFileSync(errPath, 'utf8').slice(0, 2000);
    }
    if (i >= Number(warmup)) result.runMs.push(dt);
    const mem = inst.exports.memory;
    if (mem) result.memory = Math.max(result.memory, mem.buffer.byteLength);
  }
} catch (e) {
  result.error = String(e && e.stack ? e.stack.split('\n').slice(0, 3).join(' / ') : e);
}
console.log(JSON.stringify(result));
