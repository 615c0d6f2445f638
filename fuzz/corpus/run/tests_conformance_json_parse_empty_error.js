console.log("empty input next");
JSON.parse("");
