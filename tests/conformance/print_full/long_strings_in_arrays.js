console.log(["a fairly long string that goes on", "another fairly long string here", "third"]);
console.log(["x".repeat(80)]);
console.log(["short", "x".repeat(30), "y".repeat(30)]);
console.log(["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]);
