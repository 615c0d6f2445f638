console.log("parsing undefined");
JSON.parse(undefined);
