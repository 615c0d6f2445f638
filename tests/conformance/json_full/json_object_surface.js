console.log(typeof JSON, String(JSON), Object.keys(JSON), typeof JSON.parse, typeof JSON.stringify);
