console.log({ "valid_id": 1, "with space": 2, "kebab-case": 3, "123": 4, "1a": 5, "$dollar": 6, "": 7, "ệ": 8 });
console.log({ "a.b": 1, "null": 2, "class": 3, "-1": 4, "01": 5 });
