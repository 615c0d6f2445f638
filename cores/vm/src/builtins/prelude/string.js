// JavaScript twins of the String built-ins that call user code: `replace`
// and `replaceAll` with a function replacement (the natives answer
// NeedsJs), or with arguments whose own toString is user code.

$twin(String.prototype.replace, function replace(searchValue, replaceValue) {
  if (this === undefined || this === null) {
    return $typeError("String.prototype.replace called on null or undefined");
  }
  const string = `${this}`;
  const search = `${searchValue}`;
  if (!$isCallable(replaceValue)) {
    // All strings now: the native does it without calling user code.
    return string.replace(search, `${replaceValue}`);
  }
  const pos = string.indexOf(search);
  if (pos === -1) {
    return string;
  }
  const replacement = `${replaceValue(search, pos, string)}`;
  return string.slice(0, pos) + replacement + string.slice(pos + search.length);
});

$twin(String.prototype.replaceAll, function replaceAll(searchValue, replaceValue) {
  if (this === undefined || this === null) {
    return $typeError("String.prototype.replaceAll called on null or undefined");
  }
  const string = `${this}`;
  const search = `${searchValue}`;
  if (!$isCallable(replaceValue)) {
    return string.replaceAll(search, `${replaceValue}`);
  }
  const len = search.length;
  const advance = len > 0 ? len : 1;
  // Every match is found before the first call, as the spec orders it.
  const positions = [];
  for (let p = string.indexOf(search, 0); p !== -1; ) {
    positions.push(p);
    const next = p + advance;
    p = next > string.length ? -1 : string.indexOf(search, next);
  }
  let result = "";
  let end = 0;
  for (const p of positions) {
    result = result + string.slice(end, p) + `${replaceValue(search, p, string)}`;
    end = p + len;
  }
  return result + string.slice(end);
});
