const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));
console.log(clamp(5, 0, 10), clamp(-5, 0, 10), clamp(50, 0, 10), clamp(NaN, 0, 10), Object.is(clamp(-0, -0, 0), -0));
const lerp = (a, b, t) => a + (b - a) * t;
console.log(lerp(0, 10, 0.5), lerp(10, 20, 0.25), lerp(-1, 1, 0.75), lerp(0, 1, 2));
