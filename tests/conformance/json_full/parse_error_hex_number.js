console.log(JSON.parse("0x10"));
