console.log(typeof Number.isFinite, typeof Number.parseFloat, Number.length, Number.name);
console.log(Number(), Number(""), Number(" \n"), Number("-"), Number("+"), Number("0.0.0"));
