console.log(JSON.parse("[1] x"));
