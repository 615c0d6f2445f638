console.log((1).toFixed(-1));
