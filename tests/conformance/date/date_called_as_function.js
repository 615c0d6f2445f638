console.log(typeof Date(), typeof Date(0), Date(0) === Date(1) || true);
console.log(typeof new Date(0), new Date(0) instanceof Date);
