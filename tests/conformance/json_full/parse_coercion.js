console.log(JSON.parse(1), JSON.parse(true), JSON.parse(null), JSON.parse([5]), JSON.parse(" \n\t\r 7 "));
console.log(JSON.parse(new String('"boxed"')), JSON.parse({ toString: () => "[1]" }));
