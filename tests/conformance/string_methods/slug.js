const titles = ["Hello World", "  Many   Spaces  ", "Kebab-Case Already", "ends with !"];
const slug = (t) => t.trim().toLowerCase().split(" ").filter((w) => w !== "").join("-").replaceAll("!", "");
for (const t of titles) console.log(JSON.stringify(slug(t)));
