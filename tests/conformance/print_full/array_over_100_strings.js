console.log(Array.from({ length: 105 }, (_, i) => "s" + i));
