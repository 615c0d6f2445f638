export default {
  name: "settings",
  items: [1, 2, 3],
  nested: { enabled: true },
};
