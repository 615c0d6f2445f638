for (let r = 2; r <= 36; r++) {
  console.log(r, (255).toString(r), (1000000).toString(r), (35).toString(r));
}
