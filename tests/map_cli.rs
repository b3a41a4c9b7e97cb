//! `rolemap map` through the real binary: the layout as text and as DOT
//! that Graphviz reads.

use std::io::Write;
use std::process::{Command as Process, Stdio};

use predicates::prelude::*;

#[path = "support/home.rs"]
mod home;

use home::Home;

#[test]
fn the_map_as_text_lists_each_band_by_track_and_every_move() {
    let home = Home::new();
    let map = home.run(&["map"]);
    assert!(
        map.starts_with("Map — Rust and systems careers, 60 roles in 5 bands"),
        "{map}"
    );
    let principal = map.find("\nPrincipal\n").unwrap();
    let junior = map.find("\nJunior\n").unwrap();
    assert!(principal < junior, "the highest band first");
    assert!(
        map.contains("Compiler Engineer → Senior Compiler Engineer  promotion"),
        "{map}"
    );
    for line in map.lines() {
        assert!(line.chars().count() <= 80, "{line:?}");
    }
    let near = home.run(&["map", "--around", "compiler engineer", "--hops", "1"]);
    assert!(
        near.starts_with("Map — the roles one move from Compiler Engineer, 5 roles"),
        "{near}"
    );
    assert!(!near.contains("Principal Architect"), "{near}");
    home.rolemap()
        .args(["map", "--hops", "2"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("give --around ROLE too"));
    home.rolemap()
        .args(["map", "--around", "nosuchrole"])
        .assert()
        .code(2);
}

#[test]
fn the_dot_graph_is_read_by_graphviz() {
    let home = Home::new();
    let dot = home.run(&["map", "--format", "dot"]);
    assert!(dot.contains("digraph rolemap {"));
    assert!(
        dot.contains(
            "\"compiler-engineer\" -> \"senior-compiler-engineer\" [label=\"promotion\"];"
        )
    );
    assert_eq!(dot.matches('{').count(), dot.matches('}').count());
    let needed = std::env::var_os("ROLEMAP_TEST_NEEDS_DOT").is_some();
    let Ok(mut child) = Process::new("dot")
        .arg("-Tplain")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    else {
        assert!(!needed, "Graphviz's dot is not installed");
        return;
    };
    child
        .stdin
        .take()
        .unwrap()
        .write_all(dot.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "dot refused it: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let plain = String::from_utf8(out.stdout).unwrap();
    assert_eq!(plain.lines().filter(|l| l.starts_with("node ")).count(), 60);
}
