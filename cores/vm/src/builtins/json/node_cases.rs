//! Expected JSON.parse results and SyntaxError messages recorded from node 20
//! (generated, not edited).

pub const PARSE_ERRORS: &[(&str, &str)] = &[
    ("", "Unexpected end of JSON input"),
    (" ", "Unexpected end of JSON input"),
    ("{", "Expected property name or '}' in JSON at position 1"),
    (
        "{\"a\":1,}",
        "Expected double-quoted property name in JSON at position 7",
    ),
    ("[1,]", "Unexpected token ']', \"[1,]\" is not valid JSON"),
    ("\"abc", "Unterminated string in JSON at position 4"),
    ("tru", "Unexpected end of JSON input"),
    (
        "true1",
        "Unexpected non-whitespace character after JSON at position 4",
    ),
    (
        "1 2",
        "Unexpected non-whitespace character after JSON at position 2",
    ),
    ("\"\\x\"", "Bad escaped character in JSON at position 2"),
    (
        "\"\u{a}\"",
        "Bad control character in string literal in JSON at position 1",
    ),
    (
        "[1",
        "Expected ',' or ']' after array element in JSON at position 2",
    ),
    (
        "{\"a\" 1}",
        "Expected ':' after property name in JSON at position 5",
    ),
    (
        "{\"a\":1 \"b\"",
        "Expected ',' or '}' after property value in JSON at position 7",
    ),
    ("-", "No number after minus sign in JSON at position 1"),
    ("1.", "Unterminated fractional number in JSON at position 2"),
    (
        "1e",
        "Exponent part is missing a number in JSON at position 2",
    ),
    ("01", "Unexpected number in JSON at position 1"),
    (
        "{\"a\":1,}xxxxxxxxxxxxxxxxxxxxxxxx",
        "Expected double-quoted property name in JSON at position 7",
    ),
    (
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx{",
        "Unexpected token 'x', \"xxxxxxxxxx\"... is not valid JSON",
    ),
    (
        "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,x]",
        "Unexpected token 'x', ...\",14,15,16,x]\" is not valid JSON",
    ),
    ("undefined", "\"undefined\" is not valid JSON"),
    ("NaN", "\"NaN\" is not valid JSON"),
    ("Infinity", "\"Infinity\" is not valid JSON"),
    ("[object Object]", "\"[object Object]\" is not valid JSON"),
    (
        "[1 2]",
        "Expected ',' or ']' after array element in JSON at position 3",
    ),
    (
        "{\"a\":1 2}",
        "Expected ',' or '}' after property value in JSON at position 7",
    ),
    (
        "{1:2}",
        "Expected property name or '}' in JSON at position 1",
    ),
    (
        "{'a':1}",
        "Expected property name or '}' in JSON at position 1",
    ),
    ("\"\\u12\"", "Bad Unicode escape in JSON at position 5"),
    ("\"\\u12x4\"", "Bad Unicode escape in JSON at position 5"),
    ("[", "Unexpected end of JSON input"),
    ("[1,", "Unexpected end of JSON input"),
    ("{\"a\":", "Unexpected end of JSON input"),
    (
        "{\"a\"",
        "Expected ':' after property name in JSON at position 4",
    ),
    ("nul", "Unexpected end of JSON input"),
    ("n", "Unexpected end of JSON input"),
    ("[-]", "No number after minus sign in JSON at position 2"),
    ("-a", "No number after minus sign in JSON at position 1"),
    (
        "1.e3",
        "Unterminated fractional number in JSON at position 2",
    ),
    (".5", "Unexpected token '.', \".5\" is not valid JSON"),
    ("+1", "Unexpected token '+', \"+1\" is not valid JSON"),
    (
        "1e+",
        "Exponent part is missing a number in JSON at position 3",
    ),
    (
        "[1e]",
        "Exponent part is missing a number in JSON at position 3",
    ),
    ("\"a", "Unterminated string in JSON at position 2"),
    ("\"\\", "Unexpected end of JSON input"),
    ("\"\\u", "Bad Unicode escape in JSON at position 3"),
    ("x", "Unexpected token 'x', \"x\" is not valid JSON"),
    (
        "{\"a\":1}}",
        "Unexpected non-whitespace character after JSON at position 7",
    ),
    (
        "[]]",
        "Unexpected non-whitespace character after JSON at position 2",
    ),
    (" 5", "Unexpected token ' ', \" 5\" is not valid JSON"),
    (
        "\"\u{9}\"",
        "Bad control character in string literal in JSON at position 1",
    ),
    (
        "[1,2,,3]",
        "Unexpected token ',', \"[1,2,,3]\" is not valid JSON",
    ),
    (",", "Unexpected token ',', \",\" is not valid JSON"),
    ("]", "Unexpected token ']', \"]\" is not valid JSON"),
    ("}", "Unexpected token '}', \"}\" is not valid JSON"),
    (":", "Unexpected token ':', \":\" is not valid JSON"),
    (
        "[1:2]",
        "Expected ',' or ']' after array element in JSON at position 2",
    ),
    (
        "{\"a\",1}",
        "Expected ':' after property name in JSON at position 4",
    ),
    (
        "12345678901234567890x",
        "Unexpected non-whitespace character after JSON at position 20",
    ),
    (
        "abcdefghijk",
        "Unexpected token 'a', \"abcdefghijk\" is not valid JSON",
    ),
    (
        "abcdefghij",
        "Unexpected token 'a', \"abcdefghij\" is not valid JSON",
    ),
    ("[0000]", "Unexpected number in JSON at position 2"),
    ("-01", "Unexpected number in JSON at position 2"),
    (
        "123456789012x",
        "Unexpected non-whitespace character after JSON at position 12",
    ),
    (
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "Unexpected token 'x', \"xxxxxxxxxx\"... is not valid JSON",
    ),
    (
        "[1,2,3,4,5,6,7,8,9,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,x]",
        "Unexpected token 'x', ...\"1,1,1,1,1,x]\" is not valid JSON",
    ),
    ("[😀]", "Unexpected token '�', \"[😀]\" is not valid JSON"),
    ("trux", "Unexpected token 'x', \"trux\" is not valid JSON"),
    ("nulx", "Unexpected token 'x', \"nulx\" is not valid JSON"),
    (
        "{\"a\":tx}",
        "Unexpected token 'x', \"{\"a\":tx}\" is not valid JSON",
    ),
    (
        "[fals]",
        "Unexpected token ']', \"[fals]\" is not valid JSON",
    ),
    (
        "[11 ]x",
        "Unexpected non-whitespace character after JSON at position 5",
    ),
    (
        "1\u{a}2",
        "Unexpected non-whitespace character after JSON at position 2",
    ),
    (
        "{\"a\":1,\"b\" 2}",
        "Unexpected number in JSON at position 11",
    ),
    (
        "{\"a\":1,\"b\"}",
        "Unexpected token '}', \"{\"a\":1,\"b\"}\" is not valid JSON",
    ),
    ("{\"a\":1,\"b\"", "Unexpected end of JSON input"),
    (
        "{\"a\":1,2}",
        "Expected double-quoted property name in JSON at position 7",
    ),
    ("tr1e", "Unexpected number in JSON at position 2"),
    ("tr\"e", "Unexpected string in JSON at position 2"),
    ("\"\\é\"", "Bad escaped character in JSON at position 2"),
    (
        "\"\\Ā\"",
        "Unexpected token 'Ā', \"\"\\Ā\"\" is not valid JSON",
    ),
    (
        "[1,2,3,4,5,6,7,8,9,0,1,2,3,4,5,6,7,8,9,x",
        "Unexpected token 'x', ...\"5,6,7,8,9,x\" is not valid JSON",
    ),
    (
        "0x10",
        "Unexpected non-whitespace character after JSON at position 1",
    ),
    (
        "-0x",
        "Unexpected non-whitespace character after JSON at position 2",
    ),
    (
        "[1.5e",
        "Exponent part is missing a number in JSON at position 5",
    ),
    (
        "{\"a\":[}",
        "Unexpected token '}', \"{\"a\":[}\" is not valid JSON",
    ),
    (
        "\"abc\u{0}\"",
        "Bad control character in string literal in JSON at position 4",
    ),
    (" ", "Unexpected token ' ', \" \" is not valid JSON"),
    (
        "[1] ",
        "Unexpected non-whitespace character after JSON at position 3",
    ),
    (
        "1e400x",
        "Unexpected non-whitespace character after JSON at position 5",
    ),
];

pub const PARSE_OK: &[(&str, &str)] = &[
    ("0", "0 "),
    ("-0", "0 -0"),
    ("1.5e3", "1500 "),
    ("-1.25E-2", "-0.0125 "),
    ("1e400", "null "),
    ("-1e400", "null "),
    ("123456789012345678901234567890", "1.2345678901234568e+29 "),
    ("0.1", "0.1 "),
    ("5e-324", "5e-324 "),
    ("\"\\ud800\"", "\"\\ud800\" "),
    (
        "\"\\u00e9\\n\\t\\\"\\\\\\/\\b\\f\\r\"",
        "\"é\\n\\t\\\"\\\\/\\b\\f\\r\" ",
    ),
    (
        "{\"b\":1,\"a\":2,\"1\":3,\"0\":4,\"b\":5}",
        "{\"0\":4,\"1\":3,\"b\":5,\"a\":2} ",
    ),
    ("{\"__proto__\":{\"x\":1}}", "{\"__proto__\":{\"x\":1}} "),
    (" [ 1 , { \"a\" : [ ] } , \"x\" ] ", "[1,{\"a\":[]},\"x\"] "),
    ("\"é😀\"", "\"é😀\" "),
    ("[true,false,null]", "[true,false,null] "),
    ("{\"\":1}", "{\"\":1} "),
    ("[[[[[]]]]]", "[[[[[]]]]] "),
    ("{\"a\":{\"b\":{\"c\":{}}}}", "{\"a\":{\"b\":{\"c\":{}}}} "),
    ("-0.0", "0 -0"),
    ("1E+2", "100 "),
    ("999999999", "999999999 "),
    ("1000000000", "1000000000 "),
    ("-999999999", "-999999999 "),
    ("4294967295", "4294967295 "),
    (
        "{\"4294967295\":1,\"4294967294\":2}",
        "{\"4294967294\":2,\"4294967295\":1} ",
    ),
];
