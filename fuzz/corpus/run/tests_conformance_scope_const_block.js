const a = 1;
{
  const a = 2;
  console.log(a);
}
console.log(a);
const obj = { n: 1 };
obj.n = 2;
console.log(obj);
const arr = [1];
arr.push(2);
console.log(arr);
for (const k of ["p", "q"]) {
  console.log(k);
}
