console.log((10).toString(36));
console.log((10).toString(37));
