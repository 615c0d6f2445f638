console.log({ alpha: 1, beta: 2, gamma: 3, delta: 4, epsilon: 5, zeta: 6, eta: 7, theta: 8 });
console.log({ name: "Nguyễn Văn An", email: "an.nguyen@example.com", city: "Hồ Chí Minh" });
console.log({ a: "x".repeat(60), b: 1 });
console.log({ short: 1, s: 2 });
console.log({ k1: "value one", k2: "value two", k3: "value three", k4: "value four" });
