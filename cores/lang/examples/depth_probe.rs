use kitwork_lang::intern::Interner;
use kitwork_lang::parser::parse_here as parse;
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (o, c) = (args[1].clone(), args[2].clone());
    let n: usize = args[3].parse().unwrap();
    let kb: usize = args[4].parse().unwrap();
    let src = format!("x = {}1{}", o.repeat(n), c.repeat(n));
    let r = std::thread::Builder::new().stack_size(kb << 10).spawn(move || {
        let mut i = Interner::new();
        match parse(&src, &mut i) { Ok(_) => "ok".to_string(), Err(e) => format!("{:?}", e.kind) }
    }).unwrap().join().unwrap();
    println!("{r}");
}
