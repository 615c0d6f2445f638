console.log(Array.from("héllo"));
console.log(Array.from(new Set([1, 2, 2, 3])));
console.log(Array.from(new Map([["a", 1], ["b", 2]])));
console.log(Array.from(new Map([["a", 1]]).keys()));
console.log(Array.from([1, , 3]));
console.log(Array.from([1, 2, 3].entries()));
