console.log((10).toString(10), (10).toString(undefined), (10).toString("16"), (10).toString(2.9));
console.log((10).toString(1));
