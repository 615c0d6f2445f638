const arr = ["x", "y", "z"];
arr.extra = "e";
for (const i in arr) console.log(i, typeof i, arr[i]);
const sparse = [1, , 3];
for (const i in sparse) console.log("sparse", i);
for (const i in "ab") console.log("str", i);
