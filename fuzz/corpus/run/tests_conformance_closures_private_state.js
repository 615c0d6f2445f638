function bankAccount(owner) {
  let balance = 0;
  const history = [];
  function record(kind, amount) {
    history.push(`${kind}:${amount}`);
  }
  return {
    owner,
    deposit(n) {
      balance += n;
      record("in", n);
      return balance;
    },
    withdraw(n) {
      if (n > balance) return "insufficient";
      balance -= n;
      record("out", n);
      return balance;
    },
    history: () => history.slice(),
  };
}
const acc = bankAccount("Minh");
console.log(acc.deposit(100));
console.log(acc.withdraw(30));
console.log(acc.withdraw(500));
console.log(acc.history());
console.log(acc.balance);
console.log(Object.keys(acc));
