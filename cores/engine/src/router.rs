//! The route table: a trie over path segments. At each segment a static
//! child is tried before a `:param` child, and both before a `*wildcard`,
//! with backtracking, so `/users/new` beats `/users/:id` whatever the order
//! of registration. Built once per tenant generation, shared read-only.

use ahash::AHashMap;
use kitwork_http::percent_decode;

/// Methods a route can answer; `All` matches any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Put,
    Patch,
    Delete,
    Head,
    Options,
    All,
}

impl Method {
    pub const LIST: [Method; 7] = [
        Method::Get,
        Method::Post,
        Method::Put,
        Method::Patch,
        Method::Delete,
        Method::Head,
        Method::Options,
    ];

    pub fn parse(s: &str) -> Option<Method> {
        Some(match s {
            "GET" => Method::Get,
            "POST" => Method::Post,
            "PUT" => Method::Put,
            "PATCH" => Method::Patch,
            "DELETE" => Method::Delete,
            "HEAD" => Method::Head,
            "OPTIONS" => Method::Options,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
            Method::Head => "HEAD",
            Method::Options => "OPTIONS",
            Method::All => "ALL",
        }
    }

    fn slot(self) -> usize {
        self as usize
    }
}

/// A node's static children: a list scanned in order while short (cheaper
/// than hashing the segment), with a hash index once it is long.
#[derive(Default)]
struct Statics {
    list: Vec<(Box<str>, Node)>,
    index: Option<AHashMap<Box<str>, usize>>,
}

/// Past this many children a node's statics are looked up by hash.
const LINEAR_STATICS: usize = 8;

impl Statics {
    fn position(&self, seg: &str) -> Option<usize> {
        match &self.index {
            Some(index) => index.get(seg).copied(),
            None => self.list.iter().position(|(k, _)| &**k == seg),
        }
    }

    fn get(&self, seg: &str) -> Option<&Node> {
        let i = self.position(seg)?;
        self.list.get(i).map(|(_, n)| n)
    }

    fn get_or_insert(&mut self, seg: &str) -> &mut Node {
        let i = match self.position(seg) {
            Some(i) => i,
            None => {
                let i = self.list.len();
                self.list.push((seg.into(), Node::default()));
                if let Some(index) = &mut self.index {
                    index.insert(seg.into(), i);
                } else if self.list.len() > LINEAR_STATICS {
                    self.index = Some(
                        self.list
                            .iter()
                            .enumerate()
                            .map(|(i, (k, _))| (k.clone(), i))
                            .collect(),
                    );
                }
                i
            }
        };
        &mut self.list[i].1
    }
}

#[derive(Default)]
struct Node {
    statics: Statics,
    param: Option<(Box<str>, Box<Node>)>,
    /// `*name`: the rest of the path (possibly empty).
    wildcard: Option<(Box<str>, [Option<u32>; 8])>,
    /// Route id per method slot (`All` last).
    routes: [Option<u32>; 8],
}

/// The answer of a lookup.
#[derive(Debug, PartialEq)]
pub enum Found {
    Route {
        id: u32,
        params: Vec<(String, String)>,
    },
    /// The path exists with other methods: 405 with `Allow`.
    MethodNotAllowed(Vec<&'static str>),
    NotFound,
}

#[derive(Default)]
pub struct Router {
    root: Node,
}

/// A pattern the router refuses (named in the tenant's error).
#[derive(Debug, PartialEq)]
pub struct PatternError(pub String);

impl Router {
    /// Adds `pattern` (`/users/:id`, `/files/*path`) for `method` as route `id`.
    pub fn add(&mut self, method: Method, pattern: &str, id: u32) -> Result<(), PatternError> {
        if !pattern.starts_with('/') {
            return Err(PatternError(format!(
                "route path {pattern:?} must start with '/'"
            )));
        }
        let segs: Vec<&str> = segments(pattern).collect();
        let mut node = &mut self.root;
        for (i, seg) in segs.iter().enumerate() {
            if let Some(name) = seg.strip_prefix('*') {
                if i + 1 != segs.len() {
                    return Err(PatternError(format!(
                        "in {pattern:?}: a wildcard must be the last segment"
                    )));
                }
                let name = if name.is_empty() { "*" } else { name };
                let w = node
                    .wildcard
                    .get_or_insert_with(|| (name.into(), [None; 8]));
                if &*w.0 != name {
                    return Err(PatternError(format!(
                        "in {pattern:?}: wildcard '*{name}' conflicts with '*{}'",
                        w.0
                    )));
                }
                return put(&mut w.1, method, id, pattern);
            }
            if let Some(name) = seg.strip_prefix(':') {
                if name.is_empty() {
                    return Err(PatternError(format!(
                        "in {pattern:?}: a parameter needs a name"
                    )));
                }
                let p = node
                    .param
                    .get_or_insert_with(|| (name.into(), Box::default()));
                if &*p.0 != name {
                    return Err(PatternError(format!(
                        "in {pattern:?}: parameter ':{name}' conflicts with ':{}' at the same place",
                        p.0
                    )));
                }
                node = &mut p.1;
            } else {
                node = node.statics.get_or_insert(seg);
            }
        }
        put(&mut node.routes, method, id, pattern)
    }

    /// Finds the route for `method` and a raw (still percent-encoded) path.
    pub fn find(&self, method: Method, path: &str) -> Found {
        let mut params = Vec::new();
        let Some(slots) = walk(&self.root, path, path, &mut params) else {
            return Found::NotFound;
        };
        let pick = |m: Method| slots[m.slot()].or(slots[Method::All.slot()]);
        let id = pick(method).or_else(|| {
            // HEAD is answered by GET (without the body).
            (method == Method::Head)
                .then(|| pick(Method::Get))
                .flatten()
        });
        match id {
            Some(id) => Found::Route {
                id,
                params: params
                    .into_iter()
                    .map(|(k, v)| (k.to_string(), percent_decode(v, false).into_owned()))
                    .collect(),
            },
            None => {
                let mut allow: Vec<&'static str> = Method::LIST
                    .iter()
                    .filter(|m| slots[m.slot()].is_some())
                    .map(|m| m.as_str())
                    .collect();
                if slots[Method::Get.slot()].is_some() && !allow.contains(&"HEAD") {
                    allow.push("HEAD");
                }
                if allow.is_empty() {
                    Found::NotFound
                } else {
                    Found::MethodNotAllowed(allow)
                }
            }
        }
    }
}

fn put(
    slots: &mut [Option<u32>; 8],
    m: Method,
    id: u32,
    pattern: &str,
) -> Result<(), PatternError> {
    let s = &mut slots[m.slot()];
    if s.is_some() {
        return Err(PatternError(format!(
            "route {} {pattern} is registered twice",
            m.as_str()
        )));
    }
    *s = Some(id);
    Ok(())
}

fn segments(path: &str) -> impl Iterator<Item = &str> {
    path.split('/').filter(|s| !s.is_empty())
}

/// The first non-empty segment of `rest` and what follows it (as
/// [`segments`] splits: empty pieces skipped), without collecting.
fn next_segment(rest: &str) -> Option<(&str, &str)> {
    let rest = rest.trim_start_matches('/');
    if rest.is_empty() {
        return None;
    }
    Some(match rest.find('/') {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    })
}

/// Depth-first: static, then parameter, then wildcard; the slots of the
/// first node that matches the whole path and has any route. `rest` is
/// the part of `path` not matched yet.
fn walk<'a, 'p>(
    node: &'a Node,
    path: &'p str,
    rest: &'p str,
    params: &mut Vec<(&'a str, &'p str)>,
) -> Option<&'a [Option<u32>; 8]> {
    let Some((first, rest)) = next_segment(rest) else {
        if node.routes.iter().any(Option::is_some) {
            return Some(&node.routes);
        }
        return node.wildcard.as_ref().map(|(name, slots)| {
            params.push((name, ""));
            slots
        });
    };
    if let Some(child) = node.statics.get(first) {
        if let Some(found) = walk(child, path, rest, params) {
            return Some(found);
        }
    }
    if let Some((name, child)) = &node.param {
        params.push((name, first));
        if let Some(found) = walk(child, path, rest, params) {
            return Some(found);
        }
        params.pop();
    }
    let (name, slots) = node.wildcard.as_ref()?;
    // The rest of the path from this segment on, as it was written.
    let at = first.as_ptr() as usize - path.as_ptr() as usize;
    params.push((name, &path[at..]));
    Some(slots)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(routes: &[(Method, &str)]) -> Router {
        let mut r = Router::default();
        for (i, (m, p)) in routes.iter().enumerate() {
            r.add(*m, p, i as u32).unwrap();
        }
        r
    }

    fn id(f: Found) -> (u32, Vec<(String, String)>) {
        match f {
            Found::Route { id, params } => (id, params),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn static_beats_param_beats_wildcard_whatever_the_order() {
        let r = table(&[
            (Method::Get, "/files/*rest"),
            (Method::Get, "/users/:id"),
            (Method::Get, "/users/new"),
            (Method::Get, "/users/:id/posts/:post"),
            (Method::Get, "/"),
        ]);
        assert_eq!(id(r.find(Method::Get, "/users/new")).0, 2);
        assert_eq!(
            id(r.find(Method::Get, "/users/42")),
            (1, vec![("id".into(), "42".into())])
        );
        assert_eq!(
            id(r.find(Method::Get, "/users/a%20b/posts/7")).1,
            vec![("id".into(), "a b".into()), ("post".into(), "7".into())]
        );
        assert_eq!(
            id(r.find(Method::Get, "/files/a/b/c.txt")),
            (0, vec![("rest".into(), "a/b/c.txt".into())])
        );
        assert_eq!(id(r.find(Method::Get, "/")).0, 4);
        assert_eq!(r.find(Method::Get, "/nope"), Found::NotFound);
    }

    #[test]
    fn backtracks_from_a_dead_static_branch() {
        let r = table(&[(Method::Get, "/a/b/c"), (Method::Get, "/a/:x/d")]);
        assert_eq!(
            id(r.find(Method::Get, "/a/b/d")),
            (1, vec![("x".into(), "b".into())])
        );
    }

    #[test]
    fn head_from_get_and_405_with_allow() {
        let r = table(&[
            (Method::Get, "/x"),
            (Method::Post, "/x"),
            (Method::All, "/any"),
        ]);
        assert_eq!(id(r.find(Method::Head, "/x")).0, 0);
        assert_eq!(
            r.find(Method::Delete, "/x"),
            Found::MethodNotAllowed(vec!["GET", "POST", "HEAD"])
        );
        assert_eq!(id(r.find(Method::Patch, "/any")).0, 2);
    }

    #[test]
    fn many_static_children_and_empty_segments() {
        let mut r = Router::default();
        for i in 0..20u32 {
            r.add(Method::Get, &format!("/s{i}/x"), i).unwrap();
        }
        r.add(Method::Get, "/s3/:p", 20).unwrap();
        for i in 0..20u32 {
            assert_eq!(id(r.find(Method::Get, &format!("/s{i}/x"))).0, i);
        }
        assert_eq!(id(r.find(Method::Get, "//s7//x/")).0, 7);
        assert_eq!(
            id(r.find(Method::Get, "/s3/y")),
            (20, vec![("p".into(), "y".into())])
        );
        assert_eq!(r.find(Method::Get, "/s20/x"), Found::NotFound);
    }

    #[test]
    fn refuses_bad_patterns() {
        let mut r = Router::default();
        assert!(r.add(Method::Get, "x", 0).is_err());
        assert!(r.add(Method::Get, "/a/*w/b", 0).is_err());
        r.add(Method::Get, "/u/:id", 0).unwrap();
        assert!(r.add(Method::Get, "/u/:name/x", 1).is_err());
        assert!(r.add(Method::Get, "/u/:id", 2).is_err());
    }
}
