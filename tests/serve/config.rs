//! A bad field in `server.run` is refused at start, by name.

use crate::util::{bootstrap, Root, Server};

fn refused(name: &str, extra: &str, field: &str) {
    let root = Root::new(name);
    root.site(
        "c.test",
        "import { router } from \"kitwork\"\nrouter.get(\"/\").handle(() => \"ok\")\n",
    );
    root.write("server.kitwork.js", &bootstrap(extra));
    let (status, stderr) = Server::run_to_exit(&root.dir, "server.kitwork.js");
    assert!(!status.success(), "{extra}: exit {status}");
    assert!(
        stderr.contains(field),
        "{extra}: stderr does not name {field}:\n{stderr}"
    );
}

#[test]
fn a_bad_field_is_refused_at_start() {
    // `port: env.PORT` comes first in the bootstrap; a later key wins in
    // JavaScript object literals, as it does here.
    refused("cfg-port", "port: \"abc\"", "port");
    refused("cfg-unknown", "portt: 8080", "\"portt\"");
    refused("cfg-cores", "cores: 0", "cores");
    refused("cfg-cores-frac", "cores: 1.5", "cores");
    refused("cfg-timeout", "read_timeout: \"soon\"", "read_timeout");
    refused("cfg-bool", "hot_reload: \"yes\"", "hot_reload");
    refused(
        "cfg-limits",
        "limits: { max_energi: 5 }",
        "limits.max_energi",
    );
    refused("cfg-host", "host: \"localhost\"", "host");
    refused("cfg-root", "root: \"missing\"", "root");
}

#[test]
fn a_bootstrap_that_never_calls_run_or_fails_to_compile() {
    let root = Root::new("cfg-norun");
    root.write(
        "server.kitwork.js",
        "import { env } from \"kitwork\"\nconst x = 1\n",
    );
    let (status, stderr) = Server::run_to_exit(&root.dir, "server.kitwork.js");
    assert!(!status.success());
    assert!(stderr.contains("server.run"), "{stderr}");

    root.write(
        "server.kitwork.js",
        "import { server } from \"kitwork\"\nlet i = 0\nwhile (i < 3) i++\nserver.run({})\n",
    );
    let (status, stderr) = Server::run_to_exit(&root.dir, "server.kitwork.js");
    assert!(!status.success());
    assert!(stderr.contains("server.kitwork.js:3"), "{stderr}");
    assert!(stderr.contains("while"), "{stderr}");
}

#[test]
fn a_port_in_use_is_refused_at_start() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port();
    refused("cfg-inuse", &format!("port: {port}"), "port");
    drop(taken);
}
