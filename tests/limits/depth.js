// stdout: deep
// error: tests/limits/depth.js:5: DepthLimit: Maximum call depth of 64 exceeded
console.log("deep")
function down(n) {
  return down(n + 1) + 1
}
down(0)
