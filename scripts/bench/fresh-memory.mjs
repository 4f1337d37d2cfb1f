// What memory costs the first time it is touched on this machine (docs/BENCHMARKS.md, "Fresh memory"):
// 200 MB written twice (the first pass takes the page faults, the second does not), then 100 buffers
// of 1 MB, each filled from another: made fresh each time, or the same one reused.
//
//   node scripts/bench/fresh-memory.mjs
const MB = 1 << 20;
const ms = (since) => `${(performance.now() - since).toFixed(0)} ms`;

for (let pass = 1; pass <= 3; pass++) {
  let since = performance.now();
  const big = Buffer.allocUnsafe(200 * MB);
  big.fill(1);
  const first = ms(since);
  since = performance.now();
  big.fill(2);
  console.log(`200 MB, run ${pass}: first touch ${first}, second ${ms(since)}`);
}

const source = new Uint8Array(MB).fill(7);
let since = performance.now();
const kept = [];
for (let i = 0; i < 100; i++) {
  const fresh = new Uint8Array(MB);
  fresh.set(source);
  kept.push(fresh);
  if (kept.length > 2) kept.shift();
}
console.log(`100 fresh 1 MB buffers, each filled: ${ms(since)}`);
since = performance.now();
const reused = new Uint8Array(MB);
for (let i = 0; i < 100; i++) reused.set(source);
console.log(`one 1 MB buffer filled 100 times: ${ms(since)}`);
