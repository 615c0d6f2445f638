//! The module graph's access to source text: a [`Loader`] turns an import
//! specifier into a canonical display name and reads the module's text.
//!
//! Display names are `/`-separated paths relative to wherever the program
//! started (`tests/x/main.js`); a relative specifier is resolved against the
//! importer's directory with `.` and `..` segments normalized. `"kitwork"` is
//! the host module and never reaches a loader.

use std::collections::HashMap;

pub trait Loader {
    /// Canonical display name of `spec` imported from module `importer`
    /// (both display names, e.g. "tests/x/main.js" + "./lib/a.js" ->
    /// "tests/x/lib/a.js"), or an error message.
    fn resolve(&mut self, importer: &str, spec: &str) -> Result<String, String>;
    /// The text of a module, or an error message.
    fn read(&mut self, name: &str) -> Result<String, String>;
}

/// Joins a relative specifier onto the importer's directory and normalizes
/// `.` / `..` segments. Non-relative specifiers are refused with node's
/// message `Cannot find module 'x'`.
pub fn resolve_relative(importer: &str, spec: &str) -> Result<String, String> {
    let absolute = spec.starts_with('/');
    if !(spec.starts_with("./") || spec.starts_with("../") || absolute) {
        return Err(format!("Cannot find module '{spec}'"));
    }
    let mut parts: Vec<&str> = Vec::new();
    let importer_abs = importer.starts_with('/');
    if !absolute {
        parts.extend(importer.split('/').filter(|s| !s.is_empty()));
        parts.pop(); // the importer's file name
    }
    // Leading `..` segments that climb above the start are kept.
    let mut ups = 0usize;
    for seg in spec.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                if parts.pop().is_none() {
                    ups += 1;
                }
            }
            s => parts.push(s),
        }
    }
    let mut out = String::new();
    if absolute || (importer_abs && ups == 0) {
        out.push('/');
    }
    for _ in 0..ups {
        out.push_str("../");
    }
    out.push_str(&parts.join("/"));
    Ok(out)
}

/// Reads modules from the file system; display names are paths.
pub struct FsLoader;

impl Loader for FsLoader {
    fn resolve(&mut self, importer: &str, spec: &str) -> Result<String, String> {
        resolve_relative(importer, spec)
    }
    fn read(&mut self, name: &str) -> Result<String, String> {
        std::fs::read_to_string(name).map_err(|_| format!("Cannot find module '{name}'"))
    }
}

/// Modules held in memory (tests, embedded programs): display name -> text.
pub struct MemLoader(pub HashMap<String, String>);

impl Loader for MemLoader {
    fn resolve(&mut self, importer: &str, spec: &str) -> Result<String, String> {
        resolve_relative(importer, spec)
    }
    fn read(&mut self, name: &str) -> Result<String, String> {
        self.0
            .get(name)
            .cloned()
            .ok_or_else(|| format!("Cannot find module '{name}'"))
    }
}

#[cfg(test)]
mod tests {
    use super::resolve_relative as r;

    #[test]
    fn relative_resolution() {
        assert_eq!(
            r("tests/x/main.js", "./lib/a.js").unwrap(),
            "tests/x/lib/a.js"
        );
        assert_eq!(r("tests/x/main.js", "../y.js").unwrap(), "tests/y.js");
        assert_eq!(r("main.js", "./a.js").unwrap(), "a.js");
        assert_eq!(r("main.js", "../a.js").unwrap(), "../a.js");
        assert_eq!(
            r("/srv/app/main.js", "./a/../b.js").unwrap(),
            "/srv/app/b.js"
        );
        assert_eq!(r("a/main.js", "/x/y.js").unwrap(), "/x/y.js");
        assert_eq!(
            r("main.js", "lodash").unwrap_err(),
            "Cannot find module 'lodash'"
        );
    }
}
