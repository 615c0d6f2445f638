const count = (s, sub) => {
  if (sub === "") return s.length + 1;
  let n = 0;
  for (let i = s.indexOf(sub); i !== -1; i = s.indexOf(sub, i + sub.length)) n++;
  return n;
};
console.log(count("banana", "a"), count("banana", "ana"), count("aaaa", "aa"), count("abc", ""), count("", "x"));
console.log("banana".split("a").length - 1);
