//! Tenants by the Host header: port stripped, case folded, unknown hosts.

use crate::util::Root;

fn two_sites(root: &Root) {
    root.site(
        "localhost",
        "import { router } from \"kitwork\"\nrouter.get(\"/\").handle(() => \"site localhost\")\n",
    );
    root.site(
        "a.test",
        "import { router } from \"kitwork\"\nrouter.get(\"/\").handle(() => \"site a.test\")\n",
    );
}

#[test]
fn host_port_stripped_and_case_folded() {
    let root = Root::new("host");
    two_sites(&root);
    let s = root.serve("cores: 1");
    for host in ["localhost", "LOCALHOST:1234", "LocalHost", "localhost:80"] {
        let r = s.get(host, "/");
        assert_eq!(
            (r.status, r.text().as_str()),
            (200, "site localhost"),
            "Host: {host}"
        );
    }
    for host in ["a.test", "A.TEST:8080", "a.Test:1"] {
        let r = s.get(host, "/");
        assert_eq!(
            (r.status, r.text().as_str()),
            (200, "site a.test"),
            "Host: {host}"
        );
    }
    // The absolute-form target's authority names the tenant.
    let r = s.request("GET http://A.test:9/ HTTP/1.1\r\nHost: localhost\r\n\r\n");
    assert_eq!((r.status, r.text().as_str()), (200, "site a.test"));
}

#[test]
fn unknown_host_is_404_without_default_site() {
    let root = Root::new("host404");
    two_sites(&root);
    let s = root.serve("cores: 1");
    for host in ["b.test", "localhost.evil", "a.test.", "test"] {
        let r = s.get(host, "/");
        assert_eq!(r.status, 404, "Host: {host}");
        assert!(!r.text().contains("site"), "Host: {host}");
    }
    // An HTTP/1.0 request without Host has no tenant either.
    let r = s.request("GET / HTTP/1.0\r\n\r\n");
    assert_eq!(r.status, 404);
    // HTTP/1.1 requires Host.
    let r = s.request("GET / HTTP/1.1\r\n\r\n");
    assert_eq!(r.status, 400);
}

#[test]
fn default_site_answers_unknown_hosts() {
    let root = Root::new("hostdefault");
    two_sites(&root);
    let s = root.serve("cores: 1, default_site: \"localhost\"");
    for host in ["b.test", "203.0.113.9", "[::1]:8080"] {
        let r = s.get(host, "/");
        assert_eq!(
            (r.status, r.text().as_str()),
            (200, "site localhost"),
            "Host: {host}"
        );
    }
    let r = s.request("GET / HTTP/1.0\r\n\r\n");
    assert_eq!((r.status, r.text().as_str()), (200, "site localhost"));
    // A known host still gets its own site.
    let r = s.get("a.test", "/");
    assert_eq!(r.text(), "site a.test");
}
