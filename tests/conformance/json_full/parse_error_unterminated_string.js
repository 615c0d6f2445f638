console.log(JSON.parse('"abc'));
