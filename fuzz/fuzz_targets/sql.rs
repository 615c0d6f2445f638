//! Tenant text that becomes SQL: `db.raw` statements (placeholders and the
//! names the registry guard checks) and `where` lambdas translated to
//! conditions. Any panic is a bug; refusals are fine. Whatever is accepted
//! must come out with exactly one placeholder per bound parameter.
#![no_main]

use kitwork_db::builder::{raw, raw_names, Op, Query};
use kitwork_db::{lambda, Dialect, SqlValue};
use libfuzzer_sys::fuzz_target;

/// Placeholders in the dialect's own style (`?N` or `$N`) outside
/// literals, as the numbering promises: 1..=n, each once or more.
fn highest_placeholder(sql: &str, mark: char) -> usize {
    let mut max = 0;
    let b: Vec<char> = sql.chars().collect();
    let mut i = 0;
    while i < b.len() {
        if b[i] == mark {
            let mut j = i + 1;
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            if let Ok(n) = b[i + 1..j].iter().collect::<String>().parse::<usize>() {
                max = max.max(n);
            }
            i = j;
        } else {
            i += 1;
        }
    }
    max
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    if mode % 2 == 0 {
        let names = raw_names(&text);
        for dialect in [Dialect::Sqlite, Dialect::Postgres] {
            // The lexer decides both: the same text is accepted or refused
            // alike, whatever the parameter count.
            for n in 0..4 {
                let params = vec![SqlValue::Int(1); n];
                match raw(&text, params, dialect) {
                    Ok(b) => {
                        assert!(names.is_ok(), "raw accepted what raw_names refused");
                        assert_eq!(b.params.len(), n);
                    }
                    Err(_) => {}
                }
            }
        }
    } else {
        let mut resolve = |_: &str| Some(SqlValue::Int(7));
        let Ok(cond) = lambda::translate(&text, "fuzz.js", 1, 1, &mut resolve) else {
            return;
        };
        let q = Query {
            table: "t".into(),
            wheres: vec![cond],
            ..Query::default()
        };
        for (dialect, mark) in [(Dialect::Sqlite, '?'), (Dialect::Postgres, '$')] {
            if let Ok(b) = q.build(&Op::List(None), dialect, true) {
                // Values never reach the text: the conditions' values are
                // all parameters, numbered 1..=n.
                assert_eq!(highest_placeholder(&b.sql, mark), b.params.len(), "{}", b.sql);
            }
        }
    }
});
