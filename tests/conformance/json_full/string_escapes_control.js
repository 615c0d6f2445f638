const chars = [];
for (let i = 0; i < 32; i++) chars.push(String.fromCharCode(i));
console.log(JSON.stringify(chars.join("")));
console.log(JSON.stringify("\u007f\u0080\u00a0"));
console.log(JSON.stringify('quote " backslash \\ slash /'));
console.log(JSON.stringify("tab\tnl\ncr\rbs\bff\f"));
