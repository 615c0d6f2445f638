function pair() {
  let v = 0;
  const set = (x) => {
    v = x;
  };
  const get = () => v;
  return [set, get];
}
const [set, get] = pair();
console.log(get());
set(5);
console.log(get());
set("changed");
console.log(get());
const [set2, get2] = pair();
console.log(get2(), get());
