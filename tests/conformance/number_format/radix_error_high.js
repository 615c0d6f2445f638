console.log((10).toString(37));
