let calls = 0;
const side = () => {
  calls++;
  return "v";
};
let x = "present";
x ??= side();
x ||= side();
let y = 0;
y &&= side();
console.log(x, y, calls);
let z = null;
z ??= side();
console.log(z, calls);
