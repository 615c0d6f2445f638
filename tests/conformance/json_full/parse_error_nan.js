console.log(JSON.parse("NaN"));
