//! The invariants of ARCHITECTURE.md that a machine can check, read from the source as text:
//! no import cycle between files, the web crates only in the web rooms, `cfg(feature …)` only
//! where a module is declared, every module opens with `//!`, and the TypeScript id unions are
//! the catalog's and the rule sets'.

#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use mpn_eligibility::rules::catalog::{COMPETENCIES, FAMILIES};
use mpn_eligibility::rules::sets;

fn sources() -> BTreeMap<String, String> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    walk(&root.join("src"), &mut files);
    files
        .into_iter()
        .map(|p| {
            let rel = p
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (rel, fs::read_to_string(&p).unwrap())
        })
        .collect()
}

/// `src/ui/form.rs` → `["ui", "form"]`; `src/lib.rs` → `[]`.
fn module_of(file: &str) -> Vec<String> {
    let p = file.trim_start_matches("src/").trim_end_matches(".rs");
    if p == "lib" {
        return Vec::new();
    }
    p.split('/').map(str::to_owned).collect()
}

/// The code without comments and string literals (enough for paths: no path hides in them).
fn code(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let line = line.split("//").next().unwrap_or_default();
        let mut in_str = false;
        let mut prev = ' ';
        for c in line.chars() {
            if c == '"' && prev != '\\' {
                in_str = !in_str;
                out.push(' ');
            } else if !in_str {
                out.push(c);
            }
            prev = c;
        }
        out.push('\n');
    }
    out
}

/// The files each file refers to (`crate::…`, `super::…`, `self::…` paths and `use` groups,
/// and child modules by name), leaving out a file's own ancestors and descendants: a module and
/// its submodules are one room.
fn imports(files: &BTreeMap<String, String>) -> BTreeMap<String, BTreeSet<String>> {
    let by_module: BTreeMap<Vec<String>, String> =
        files.keys().map(|f| (module_of(f), f.clone())).collect();
    let resolve = |cur: &[String], path: &[&str]| -> Option<String> {
        let (mut base, rest): (Vec<String>, &[&str]) = match *path.first()? {
            "crate" => (Vec::new(), &path[1..]),
            "self" => (cur.to_vec(), &path[1..]),
            "super" => {
                let mut b = cur.to_vec();
                let mut i = 0;
                while path.get(i) == Some(&"super") {
                    b.pop();
                    i += 1;
                }
                (b, &path[i..])
            }
            _ => return None,
        };
        let mut best = None;
        for n in 0..=rest.len() {
            let mut m = base.clone();
            m.extend(rest[..n].iter().map(|s| s.to_string()));
            if let Some(f) = by_module.get(&m) {
                best = Some(f.clone());
            }
        }
        base.clear();
        best
    };
    let related = |a: &[String], b: &[String]| a.starts_with(b) || b.starts_with(a);
    let mut out = BTreeMap::new();
    for (file, text) in files {
        let cur = module_of(file);
        let src = code(text);
        let mut targets = BTreeSet::new();
        let words: Vec<&str> = src
            .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':' || c == '{' || c == ','))
            .filter(|w| w.contains("::"))
            .collect();
        for w in words {
            // `a::b::{c, d::e}` → a::b::c, a::b::d::e.
            let (head, group) = match w.split_once("::{") {
                Some((h, g)) => (h, Some(g)),
                None => (w.trim_end_matches("::"), None),
            };
            let head: Vec<&str> = head.split("::").filter(|s| !s.is_empty()).collect();
            let mut paths = vec![head.clone()];
            if let Some(g) = group {
                for item in g.split(',') {
                    let mut p = head.clone();
                    p.extend(
                        item.split("::")
                            .filter(|s| !s.is_empty() && *s != "self" && !s.contains('{')),
                    );
                    paths.push(p);
                }
            }
            for p in paths {
                let Some(first) = p.first() else { continue };
                let target = if ["crate", "self", "super"].contains(first) {
                    resolve(&cur, &p)
                } else {
                    let mut child = cur.clone();
                    child.push(first.to_string());
                    by_module.get(&child).cloned()
                };
                if let Some(t) = target {
                    if t != *file && !related(&cur, &module_of(&t)) {
                        targets.insert(t);
                    }
                }
            }
        }
        out.insert(file.clone(), targets);
    }
    out
}

#[test]
fn no_import_cycle_between_files() {
    let graph = imports(&sources());
    // Every file that can reach itself again is on a cycle.
    let mut on_cycle = Vec::new();
    for start in graph.keys() {
        let mut seen = BTreeSet::new();
        let mut stack: Vec<&String> = graph[start].iter().collect();
        while let Some(f) = stack.pop() {
            if f == start {
                on_cycle.push(format!("{start} → … → {start} (via {:?})", graph[start]));
                break;
            }
            if seen.insert(f.clone()) {
                stack.extend(graph.get(f).into_iter().flatten());
            }
        }
    }
    assert!(
        on_cycle.is_empty(),
        "import cycles:\n{}",
        on_cycle.join("\n")
    );
    // The check sees imports at all (a parser that finds none would pass anything).
    assert!(graph["src/rules/evaluate.rs"].contains("src/rules/entitlement.rs"));
    assert!(graph["src/ui/embed.rs"].contains("src/wasm/io.rs"));
}

#[test]
fn the_web_crates_stay_in_the_web_rooms() {
    for (file, text) in sources() {
        let web_room = file.starts_with("src/ui")
            || file.starts_with("src/wasm")
            || file == "src/clock.rs"
            || file == "src/beyond.rs";
        if web_room {
            continue;
        }
        for krate in [
            "wasm_bindgen",
            "web_sys",
            "js_sys",
            "gloo_events",
            "gloo_timers",
        ] {
            assert!(
                !code(&text).contains(&format!("{krate}::")),
                "{file} uses {krate}: the core (rules, describe, share) stays pure"
            );
        }
    }
}

#[test]
fn feature_cfg_only_where_a_module_is_declared() {
    for (file, text) in sources() {
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let t = line.trim_start();
            if !(t.starts_with("#[cfg(") || t.starts_with("#[cfg_attr(")) || !t.contains("feature")
            {
                continue;
            }
            // The next line that is not another attribute must declare a module.
            let next = lines[i + 1..]
                .iter()
                .map(|l| l.trim_start())
                .find(|l| !l.starts_with("#["))
                .unwrap_or_default();
            let declares = ["mod ", "pub mod ", "pub(crate) mod "]
                .iter()
                .any(|p| next.starts_with(p));
            assert!(
                declares,
                "{file}:{}: `{t}` does not stand on a module declaration",
                i + 1
            );
        }
    }
}

#[test]
fn every_module_opens_with_a_doc_line() {
    for (file, text) in sources() {
        let first = text
            .lines()
            .find(|l| !l.trim().is_empty() && !l.starts_with("#!["))
            .unwrap_or_default();
        assert!(
            first.starts_with("//!"),
            "{file} does not open with a //! line"
        );
    }
}

/// The members of `export type NAME = "a" | "b" …;` in a TypeScript file.
fn union(ts: &str, name: &str) -> BTreeSet<String> {
    let start = ts
        .find(&format!("export type {name} ="))
        .unwrap_or_else(|| panic!("no type {name}"));
    let body = &ts[start..];
    let body = &body[..body.find(';').unwrap()];
    body.split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_typescript_id_unions_are_the_catalogs_and_the_rule_sets() {
    let ts = include_str!("../src/wasm/types.d.ts");
    let families: BTreeSet<String> = FAMILIES.iter().map(|f| f.id.to_owned()).collect();
    let comps: BTreeSet<String> = COMPETENCIES.iter().map(|c| c.id.to_owned()).collect();
    let rule_sets: BTreeSet<String> = sets::ALL.iter().map(|s| s.code().to_owned()).collect();
    assert_eq!(union(ts, "FamilyId"), families);
    assert_eq!(union(ts, "CompetencyId"), comps);
    assert_eq!(union(ts, "RuleSetId"), rule_sets);
    let fields: BTreeSet<String> = mpn_eligibility::rules::partial::FIELD_PATHS
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    assert_eq!(union(ts, "UnknownField"), fields);
}

/// The repository stands on its own (issue 16): no file it tracks points into the shared folder
/// beside it (the brief's inputs), and every relative link in its Markdown resolves to a file.
#[test]
fn the_repository_needs_nothing_beside_it_and_its_docs_links_resolve() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = std::process::Command::new("git")
        .args(["ls-files"])
        .current_dir(root)
        .output();
    // A source tarball without git: nothing to list, nothing to check.
    let Ok(out) = out else { return };
    let listed = String::from_utf8(out.stdout).unwrap();
    let mut checked = 0;
    for file in listed.lines() {
        let path = root.join(file);
        let Ok(text) = fs::read_to_string(&path) else {
            continue; // binary or removed in the work tree
        };
        assert!(
            !text.contains(&format!("..{}shared", '/')),
            "{file} points into the shared folder beside the repository"
        );
        // The articles are Microsoft's pages as published, with their site's own links.
        if !file.ends_with(".md") || file.starts_with("data/articles/") {
            continue;
        }
        for (i, _) in text.match_indices("](") {
            let target: String = text[i + 2..]
                .chars()
                .take_while(|c| !matches!(c, ')' | '#' | ' '))
                .collect();
            if target.is_empty()
                || target.contains("://")
                || target.starts_with("mailto:")
                || target.starts_with('/')
            {
                continue;
            }
            let dir = path.parent().unwrap();
            assert!(
                dir.join(&target).exists(),
                "{file}: link to {target}, which is not there"
            );
            checked += 1;
        }
    }
    assert!(checked >= 10, "the check saw only {checked} links");
}
