const cases = ["a,b,,c", ",", "", "no-sep", ",,,"];
for (const c of cases) {
  const parts = c.split(",");
  console.log(JSON.stringify(c), parts.length, JSON.stringify(parts), parts.join(",") === c);
}
