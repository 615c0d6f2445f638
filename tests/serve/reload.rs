//! Hot reload: a save goes live, a broken save keeps the old generation,
//! a new folder goes live, a removed one goes away.

use crate::util::{poll, Root};
use std::time::{Duration, Instant};

fn app(body: &str) -> String {
    format!("import {{ router }} from \"kitwork\"\nrouter.get(\"/\").handle(() => \"{body}\")\n")
}

#[test]
fn a_save_goes_live_and_a_broken_save_keeps_the_old_generation() {
    let root = Root::new("reload-save");
    root.site("r.test", &app("v1"));
    let s = root.serve("cores: 2, hot_reload: true");
    assert_eq!(s.get("r.test", "/").text(), "v1");
    // The watcher starts with the server; give it a moment to add its watches.
    std::thread::sleep(Duration::from_millis(100));

    let saved = Instant::now();
    root.site("r.test", &app("v2"));
    // Both shards (several connections) must see it.
    let live = poll(Duration::from_secs(2), || {
        (0..6)
            .all(|_| s.get("r.test", "/").text() == "v2")
            .then_some(())
    });
    assert!(live.is_some(), "v2 not live after {:?}", saved.elapsed());
    assert!(
        saved.elapsed() < Duration::from_millis(1500),
        "{:?}",
        saved.elapsed()
    );
    s.wait_log(
        false,
        &["reload tenant=r.test", "generation="],
        Duration::from_secs(1),
    );

    // A broken save: `while` is removed from the language.
    root.site(
        "r.test",
        "import { router } from \"kitwork\"\nlet i = 0\nwhile (i < 3) i++\nrouter.get(\"/\").handle(() => \"broken\")\n",
    );
    let line = s.wait_log(
        true,
        &["reload tenant=r.test", "kept the previous generation"],
        Duration::from_secs(2),
    );
    let err = s.stderr();
    assert!(err.contains("app.kitwork.js:3"), "{line}\n{err}");
    assert!(err.contains("while"), "{err}");
    for _ in 0..6 {
        let r = s.get("r.test", "/");
        assert_eq!((r.status, r.text().as_str()), (200, "v2"));
    }
    // Fixing it goes live again.
    root.site("r.test", &app("v3"));
    let live = poll(Duration::from_secs(2), || {
        (0..6)
            .all(|_| s.get("r.test", "/").text() == "v3")
            .then_some(())
    });
    assert!(live.is_some());
    // A change in an imported module reloads too.
    root.site(
        "r.test",
        "import { router } from \"kitwork\"\nimport { v } from \"./lib/v.js\"\nrouter.get(\"/\").handle(() => v)\n",
    );
    root.site_file("r.test", "lib/v.js", "export const v = \"lib1\"\n");
    assert!(poll(Duration::from_secs(2), || (s.get("r.test", "/").text()
        == "lib1")
        .then_some(()))
    .is_some());
    root.site_file("r.test", "lib/v.js", "export const v = \"lib2\"\n");
    let live = poll(Duration::from_secs(2), || {
        (0..6)
            .all(|_| s.get("r.test", "/").text() == "lib2")
            .then_some(())
    });
    assert!(live.is_some(), "{}", s.get("r.test", "/").text());
}

#[test]
fn a_new_site_goes_live_and_a_removed_one_answers_404() {
    let root = Root::new("reload-sites");
    root.site("old.test", &app("old"));
    let s = root.serve("cores: 2, hot_reload: true");
    assert_eq!(s.get("old.test", "/").text(), "old");
    assert_eq!(s.get("new.test", "/").status, 404);
    std::thread::sleep(Duration::from_millis(100));

    root.site("new.test", &app("new"));
    let live = poll(Duration::from_secs(2), || {
        (0..6)
            .all(|_| s.get("new.test", "/").text() == "new")
            .then_some(())
    });
    assert!(live.is_some(), "new.test not live");

    std::fs::remove_dir_all(root.site_dir("old.test")).unwrap();
    let gone = poll(Duration::from_secs(2), || {
        (0..6)
            .all(|_| s.get("old.test", "/").status == 404)
            .then_some(())
    });
    assert!(gone.is_some(), "old.test still answers");
    s.wait_log(
        false,
        &["reload tenant=old.test removed"],
        Duration::from_secs(1),
    );
    assert_eq!(s.get("new.test", "/").text(), "new");
    // Put back, it is live again.
    root.site("old.test", &app("back"));
    let live = poll(Duration::from_secs(2), || {
        (0..6)
            .all(|_| s.get("old.test", "/").text() == "back")
            .then_some(())
    });
    assert!(live.is_some(), "old.test not back");
}

#[test]
fn a_site_broken_at_start_goes_live_when_fixed() {
    let root = Root::new("reload-broken");
    root.site(
        "b.test",
        "import { router } from \"kitwork\"\nrouter.get(\"/\").handle(() => {\n  do { } while (false)\n})\n",
    );
    let s = root.serve("cores: 2, hot_reload: true");
    let r = s.get("b.test", "/");
    assert_eq!(r.status, 500);
    assert_eq!(r.text(), "Internal Server Error");
    let line = s.wait_log(true, &["error tenant=b.test"], Duration::from_secs(2));
    assert!(
        s.stderr().contains("app.kitwork.js:3"),
        "{line}\n{}",
        s.stderr()
    );
    std::thread::sleep(Duration::from_millis(100));
    root.site("b.test", &app("fixed"));
    let live = poll(Duration::from_secs(2), || {
        (0..6)
            .all(|_| s.get("b.test", "/").text() == "fixed")
            .then_some(())
    });
    assert!(live.is_some(), "{}", s.get("b.test", "/").text());
}

#[test]
fn a_dotenv_save_reloads_the_tenants_env() {
    let root = Root::new("reload-env");
    root.site(
        "e.test",
        "import { router, env } from \"kitwork\"\nrouter.get(\"/\").handle(() => env.GREETING ?? \"none\")\n",
    );
    root.site_file("e.test", ".env", "GREETING=hello\n");
    let s = root.serve("cores: 1, hot_reload: true");
    assert_eq!(s.get("e.test", "/").text(), "hello");
    std::thread::sleep(Duration::from_millis(100));
    root.site_file("e.test", ".env", "GREETING=bonjour\n");
    let live = poll(Duration::from_secs(2), || {
        (s.get("e.test", "/").text() == "bonjour").then_some(())
    });
    assert!(live.is_some(), "{}", s.get("e.test", "/").text());
}

#[test]
fn an_editor_save_by_rename_goes_live() {
    let root = Root::new("reload-rename");
    root.site("r.test", &app("before"));
    let s = root.serve("cores: 1, hot_reload: true");
    assert_eq!(s.get("r.test", "/").text(), "before");
    std::thread::sleep(Duration::from_millis(100));
    // Like vim or an atomic writer: a temp file renamed over the entry.
    let tmp = root.site_file("r.test", ".app.kitwork.js.swp", &app("after"));
    std::fs::rename(&tmp, root.site_dir("r.test").join("app.kitwork.js")).unwrap();
    let live = poll(Duration::from_secs(2), || {
        (s.get("r.test", "/").text() == "after").then_some(())
    });
    assert!(live.is_some(), "{}", s.get("r.test", "/").text());
}

#[test]
fn without_hot_reload_a_save_changes_nothing() {
    let root = Root::new("reload-off");
    root.site("r.test", &app("first"));
    let s = root.serve("cores: 1");
    assert_eq!(s.get("r.test", "/").text(), "first");
    root.site("r.test", &app("second"));
    std::thread::sleep(Duration::from_millis(400));
    assert_eq!(s.get("r.test", "/").text(), "first");
    assert!(!s.stdout().contains("reload tenant="));
}
