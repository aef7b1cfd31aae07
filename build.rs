//! Build script: checks `data/catalog.toml` and compiles it into `$OUT_DIR/catalog_data.rs`, the
//! statics of `rules::catalog`, so the shipped wasm carries no TOML parser. A broken catalog fails
//! the build with one line per problem, each naming the file, the entry and the field.

#[path = "build/validate.rs"]
mod validate;

use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=data/catalog.toml");
    println!("cargo:rerun-if-changed=build/validate.rs");
    println!("cargo:rerun-if-changed=src/rules/date.rs");

    // Cargo runs build scripts in the package root, so messages name `data/catalog.toml`.
    let catalog = match validate::load(Path::new("data/catalog.toml")) {
        Ok(catalog) => catalog,
        Err(problems) => fail(&problems),
    };
    let Some(out_dir) = std::env::var_os("OUT_DIR") else {
        fail("OUT_DIR is not set")
    };
    let out = PathBuf::from(out_dir).join("catalog_data.rs");
    if let Err(e) = std::fs::write(&out, validate::generate(&catalog)) {
        fail(&format!("cannot write {}: {e}", out.display()));
    }
}

/// Prints the problems where cargo shows them (stderr of a failed build script) and stops.
fn fail(problems: &str) -> ! {
    eprintln!("{problems}");
    std::process::exit(1)
}
