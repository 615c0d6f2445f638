console.log(JSON.parse({}));
