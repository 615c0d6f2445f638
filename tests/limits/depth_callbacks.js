// flags: --max-depth 100000000
// error: tests/limits/depth_callbacks.js:5: StackLimit: value stack of 65536 slots exhausted
// Callbacks from builtins (map) recurse through frames, not the Rust stack.
function nest(n) {
  return [n].map(x => nest(x + 1))
}
nest(0)
