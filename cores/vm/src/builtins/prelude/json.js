// JSON twins: run when the native JSON.stringify or JSON.parse answers
// NeedsJs (a function replacer, a user toJSON, a reviver, or a value whose
// own toString is user code). Both walk with explicit stacks, never by
// recursion, so nesting depth does not count against the call depth.

// SerializeJSONProperty steps 2-4: toJSON, the replacer, unwrapping boxes.
function jsonPrepare(holder, key, value, replacerFn) {
  if ((typeof value === "object" && value !== null) || typeof value === "function") {
    const toJSON = value.toJSON;
    if ($isCallable(toJSON)) {
      value = toJSON.call(value, key);
    }
  }
  if (replacerFn !== undefined) {
    value = replacerFn.call(holder, key, value);
  }
  if (typeof value === "object" && value !== null) {
    if (value instanceof Number) {
      value = Number(value);
    } else if (value instanceof String) {
      value = String(value);
    } else if (value instanceof Boolean) {
      value = value.valueOf();
    }
  }
  return value;
}

function jsonCtorName(o) {
  const c = o.constructor;
  return "'" + (typeof c === "function" && c.name ? c.name : "Object") + "'";
}

function jsonPathKey(k) {
  return typeof k === "number" ? "index " + k : "property '" + k + "'";
}

// V8's message: the first two links of the circle, "...", the last link.
function jsonCycleMessage(stack, start, closing) {
  const n = stack.length;
  let m = "Converting circular structure to JSON\n    --> starting at object with constructor " + jsonCtorName(stack[start].holder);
  const line = (f) => "\n    |     " + jsonPathKey(f.via) + " -> object with constructor " + jsonCtorName(f.holder);
  const prefixEnd = Math.min(n, start + 3);
  for (let i = start + 1; i < prefixEnd; i++) {
    m += line(stack[i]);
  }
  if (n > prefixEnd + 1) {
    m += "\n    |     ...";
  }
  for (let i = Math.max(prefixEnd, n - 1); i < n; i++) {
    m += line(stack[i]);
  }
  return m + "\n    --- " + jsonPathKey(closing) + " closes the circle";
}

$twin(JSON.stringify, function stringify(value, replacer, space) {
  let replacerFn = undefined;
  let propertyList = undefined;
  if ($isCallable(replacer)) {
    replacerFn = replacer;
  } else if (Array.isArray(replacer)) {
    propertyList = [];
    for (const v of replacer) {
      let item = undefined;
      if (typeof v === "string") {
        item = v;
      } else if (typeof v === "number" || v instanceof Number || v instanceof String) {
        item = String(v);
      }
      if (item !== undefined && !propertyList.includes(item)) {
        propertyList.push(item);
      }
    }
  }
  if (space instanceof Number) {
    space = Number(space);
  } else if (space instanceof String) {
    space = String(space);
  }
  let gap = "";
  if (typeof space === "number") {
    const n = Math.min(10, $toIntegerOrInfinity(space));
    gap = n >= 1 ? " ".repeat(n) : "";
  } else if (typeof space === "string") {
    gap = space.slice(0, 10);
  }

  const parts = [];
  const stack = [];
  let indent = "";

  // Writes a prepared value; false when it is not serializable.
  const emit = (v, via) => {
    if (v === null) {
      parts.push("null");
    } else if (typeof v === "boolean") {
      parts.push(v ? "true" : "false");
    } else if (typeof v === "string") {
      parts.push(JSON.stringify(v));
    } else if (typeof v === "number") {
      parts.push(isFinite(v) ? String(v) : "null");
    } else if (typeof v === "object") {
      for (let i = 0; i < stack.length; i++) {
        if (stack[i].holder === v) {
          return $typeError(jsonCycleMessage(stack, i, via));
        }
      }
      if (stack.length >= 4175) {
        return $rangeError("Maximum call stack size exceeded");
      }
      if (Array.isArray(v)) {
        if (v.length === 0) {
          parts.push("[]");
          return true;
        }
        parts.push("[");
        stack.push({ holder: v, keys: null, index: 0, len: v.length, any: false, via: via });
      } else {
        const keys = propertyList !== undefined ? propertyList : Object.keys(v);
        parts.push("{");
        stack.push({ holder: v, keys: keys, index: 0, len: keys.length, any: false, via: via });
      }
      indent += gap;
    } else {
      return false;
    }
    return true;
  };

  const wrapper = { "": value };
  if (!emit(jsonPrepare(wrapper, "", value, replacerFn), "")) {
    return undefined;
  }
  for (; stack.length > 0; ) {
    const top = stack[stack.length - 1];
    if (top.index >= top.len) {
      stack.pop();
      indent = indent.slice(0, indent.length - gap.length);
      const nonEmpty = top.keys === null ? top.len > 0 : top.any;
      if (nonEmpty && gap !== "") {
        parts.push("\n" + indent);
      }
      parts.push(top.keys === null ? "]" : "}");
      continue;
    }
    const i = top.index;
    top.index = i + 1;
    if (top.keys === null) {
      if (i > 0) {
        parts.push(",");
      }
      if (gap !== "") {
        parts.push("\n" + indent);
      }
      const v = jsonPrepare(top.holder, String(i), top.holder[i], replacerFn);
      if (!emit(v, i)) {
        parts.push("null");
      }
    } else {
      const k = top.keys[i];
      const v = jsonPrepare(top.holder, k, top.holder[k], replacerFn);
      if (v === undefined || typeof v === "function") {
        continue;
      }
      if (top.any) {
        parts.push(",");
      }
      top.any = true;
      if (gap !== "") {
        parts.push("\n" + indent);
      }
      parts.push(JSON.stringify(k) + (gap !== "" ? ": " : ":"));
      emit(v, k);
    }
  }
  return parts.join("");
});

$twin(JSON.parse, function parse(text, reviver) {
  const value = JSON.parse(String(text));
  if (!$isCallable(reviver)) {
    return value;
  }
  // InternalizeJSONProperty, post-order with an explicit stack.
  const stack = [{ holder: { "": value }, name: "", val: undefined, keys: null, index: 0, len: 0, started: false }];
  for (;;) {
    const f = stack[stack.length - 1];
    if (!f.started) {
      f.started = true;
      f.val = f.holder[f.name];
      const val = f.val;
      if (typeof val === "object" && val !== null) {
        if (Array.isArray(val)) {
          f.len = val.length;
        } else {
          f.keys = Object.keys(val);
          f.len = f.keys.length;
        }
      }
    }
    if (f.index < f.len) {
      const name = f.keys === null ? String(f.index) : f.keys[f.index];
      f.index = f.index + 1;
      stack.push({ holder: f.val, name: name, val: undefined, keys: null, index: 0, len: 0, started: false });
      continue;
    }
    const r = reviver.call(f.holder, f.name, f.val);
    stack.pop();
    if (stack.length === 0) {
      return r;
    }
    if (r === undefined) {
      delete f.holder[f.name];
    } else {
      f.holder[f.name] = r;
    }
  }
});
