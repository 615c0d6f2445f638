console.log(JSON.parse());
