//! Template literals print numbers straight into the concatenation
//! (`ToStr` leaves a number for `Concat`); the text is node's.

mod common;

use common::run;
use kitwork_vm::Limits;

const SRC: &str = r#"
const xs = [0, -0, 7, 42, -5, 1.5, 0.1, 1e21, 1e-7, -1e-7, 123456789012345680000, NaN, Infinity, -Infinity, 2 ** 53, 4294967295, 1 / 3];
for (const x of xs) {
  const alone = `${x}`;
  console.log([`a${x}b`, alone, typeof alone, `é${x}`, `${x}é`, `${x}${x}`, `${x}` + 1, `${x}`.length].join("|"));
}
const o = { [`k${3}`]: 1 };
console.log(Object.keys(o)[0], `${"s"}${1}${true}${null}${undefined}${[1, 2]}${2}`);
"#;

/// `node` 20 on `SRC`.
const NODE: &str = r#"a0b|0|string|é0|0é|00|01|1
a0b|0|string|é0|0é|00|01|1
a7b|7|string|é7|7é|77|71|1
a42b|42|string|é42|42é|4242|421|2
a-5b|-5|string|é-5|-5é|-5-5|-51|2
a1.5b|1.5|string|é1.5|1.5é|1.51.5|1.51|3
a0.1b|0.1|string|é0.1|0.1é|0.10.1|0.11|3
a1e+21b|1e+21|string|é1e+21|1e+21é|1e+211e+21|1e+211|5
a1e-7b|1e-7|string|é1e-7|1e-7é|1e-71e-7|1e-71|4
a-1e-7b|-1e-7|string|é-1e-7|-1e-7é|-1e-7-1e-7|-1e-71|5
a123456789012345680000b|123456789012345680000|string|é123456789012345680000|123456789012345680000é|123456789012345680000123456789012345680000|1234567890123456800001|21
aNaNb|NaN|string|éNaN|NaNé|NaNNaN|NaN1|3
aInfinityb|Infinity|string|éInfinity|Infinityé|InfinityInfinity|Infinity1|8
a-Infinityb|-Infinity|string|é-Infinity|-Infinityé|-Infinity-Infinity|-Infinity1|9
a9007199254740992b|9007199254740992|string|é9007199254740992|9007199254740992é|90071992547409929007199254740992|90071992547409921|16
a4294967295b|4294967295|string|é4294967295|4294967295é|42949672954294967295|42949672951|10
a0.3333333333333333b|0.3333333333333333|string|é0.3333333333333333|0.3333333333333333é|0.33333333333333330.3333333333333333|0.33333333333333331|18
k3 s1truenullundefined1,22
"#;

#[test]
fn numbers_in_templates_match_node() {
    assert_eq!(run(SRC, Limits::default()).as_deref(), Ok(NODE));
}
