const a = [10, 20, 30];
console.log(a.at(0), a.at(-1), a.at(3), a.at(-4));
console.log(a.at(1.9), a.at("-1"), a.at(NaN), a.at());
console.log([, 1].at(0), [].at(0));
