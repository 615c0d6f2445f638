//! Tenant folders on disk: `root/sites/<domain>/` (no identity, no
//! database needed) and `root/<identity>/<domain>/` (served only while the
//! identity is active in the system registry). Discovery reads directory
//! entries only, so ten thousand folders take milliseconds.

use crate::tenant::Image;
use ahash::AHashMap;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[derive(Clone, Debug)]
pub struct Site {
    pub domain: String,
    pub identity: Option<String>,
    pub dir: PathBuf,
}

#[derive(Default, Clone)]
pub struct Directory {
    pub sites: AHashMap<String, Site>,
}

/// A change a shard applies to its tenant table.
pub enum Update {
    Ready(Arc<Image>),
    Broken(Site, String),
    Added(Site),
    Removed(String),
}

/// A folder name is a domain when it is a valid lower-case host name.
pub fn is_domain(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 253
        && !name.starts_with('.')
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.')
}

fn subdirs(dir: &Path) -> Vec<(String, PathBuf)> {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    rd.filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .filter_map(|e| Some((e.file_name().into_string().ok()?, e.path())))
        .collect()
}

/// The site a path under `root` belongs to: `(identity, domain)`.
pub fn site_of(root: &Path, path: &Path) -> Option<(Option<String>, String)> {
    let rel = path.strip_prefix(root).ok()?;
    let mut parts = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned());
    let first = parts.next()?;
    let second = parts.next()?;
    if first == "sites" {
        return Some((None, second));
    }
    Some((Some(first), second))
}

/// Every servable tenant folder under `root`. `active` says which
/// identities may serve; a domain claimed twice is served by the first
/// found (sites first) and the conflict is logged.
pub fn discover(root: &Path, active: &HashSet<String>) -> Directory {
    let mut d = Directory::default();
    for (domain, dir) in subdirs(&root.join("sites")) {
        if is_domain(&domain) {
            d.sites.insert(
                domain.clone(),
                Site {
                    domain,
                    identity: None,
                    dir,
                },
            );
        }
    }
    for (identity, idir) in subdirs(root) {
        if identity == "sites" || !active.contains(&identity) {
            continue;
        }
        for (domain, dir) in subdirs(&idir) {
            if !is_domain(&domain) {
                continue;
            }
            if d.sites.contains_key(&domain) {
                eprintln!(
                    "warn domain {domain} is claimed twice; {} is ignored",
                    dir.display()
                );
                continue;
            }
            d.sites.insert(
                domain.clone(),
                Site {
                    domain,
                    identity: Some(identity.clone()),
                    dir,
                },
            );
        }
    }
    d
}
