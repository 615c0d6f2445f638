console.log(["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]);
console.log(["a", "b", "c", "d", "e", "f", "g"]);
console.log(Array.from({ length: 27 }, (_, i) => "item" + i));
