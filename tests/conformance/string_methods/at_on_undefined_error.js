const data = { name: "x" };
console.log(data.name.at(0));
console.log(data.title.at(0));
