const [[a = 1, b = 2] = [], [c = 3] = []] = [[undefined, 20]];
console.log(a, b, c);
const [{ x = "dx" } = {}, { y = "dy" } = { y: "from default obj" }] = [];
console.log(x, y);
const [[, second] = [0, "s"]] = [];
console.log(second);
