const age = (birth, at) => {
  let a = at.getUTCFullYear() - birth.getUTCFullYear();
  const m = at.getUTCMonth() - birth.getUTCMonth();
  if (m < 0 || (m === 0 && at.getUTCDate() < birth.getUTCDate())) a--;
  return a;
};
const at = new Date("2024-06-15T00:00:00Z");
for (const b of ["1990-06-15", "1990-06-16", "2000-02-29", "2024-01-01", "1985-12-31"]) console.log(b, age(new Date(b), at));
