// flags: --max-depth 100000000
// error: tests/limits/depth_huge.js:5: StackLimit: value stack of 65536 slots exhausted
// Any --max-depth is safe: JavaScript calls never grow the Rust stack.
function down(n) {
  return down(n + 1) + 1
}
down(0)
