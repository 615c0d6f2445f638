const o = {
  description: "This is a long description that will definitely exceed the line width limit",
  tags: ["one", "two", "three"],
  nested: { deep: { deeper: { deepest: "value" } } },
};
console.log(o);
