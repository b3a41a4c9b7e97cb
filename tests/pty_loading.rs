//! A pack large enough to take a while, opened in the explorer on a real
//! pseudo-terminal: the loading screen comes first, the keys typed while
//! it shows reach the explorer in order, and `q` or a signal there ends
//! rolemap cleanly.

use std::path::{Path, PathBuf};
use std::process::Command;

mod pty_harness;
use pty_harness::Session;

/// A generated pack of `size` in `home`; the debug binary takes well over
/// the loading screen's threshold to load even the medium one.
fn generated(home: &Path, size: &str) -> PathBuf {
    let pack = home.join(format!("{size}-pack"));
    let status = Command::new(env!("CARGO_BIN_EXE_rolemap"))
        .args(["generate-pack", "--size", size, "--out"])
        .arg(&pack)
        .env("ROLEMAP_HOME", home)
        .status()
        .unwrap();
    assert!(status.success());
    pack
}

/// rolemap on a pack of `size` generated in its own home, with `env`.
fn opened_on(size: &str, env: &[(&str, &str)]) -> Session {
    let home = tempfile::tempdir().unwrap();
    let pack = generated(home.path(), size);
    let data = pack.to_str().unwrap().to_string();
    Session::start_in(home, &["--data", &data], env)
}

/// Once the explorer shows, `q` ends rolemap cleanly.
fn quit_from_the_explorer(s: &mut Session) {
    s.wait_for_text("q quit");
    s.send("q");
    let status = s.wait_exit();
    assert!(status.success(), "exit status {status:?}");
    s.assert_restored();
}

#[test]
fn the_loading_screen_shows_and_the_keys_typed_meanwhile_are_kept() {
    // The compiled pack is written slowly (in test builds), so that a
    // quit that did not wait for it would cut it.
    let mut s = opened_on("medium", &[("ROLEMAP_TEST_SLOW_KEEP", "1500")]);
    s.wait_for_text("Loading the pack");
    assert!(
        s.contents().contains("q or Ctrl-C to quit"),
        "{}",
        s.contents()
    );
    // Typed before the explorer is there: it must open the search and
    // receive the query, in order.
    s.send("/zq");
    s.wait_for_text("Esc close");
    s.wait_for("the query typed during loading", |s| {
        s.contents().contains("zq")
    });
    s.send("\x1b");
    quit_from_the_explorer(&mut s);
    // Quit at once, the compiled pack was still written whole: one file,
    // no temp file of a cut write.
    let kept: Vec<String> = std::fs::read_dir(s.home.path().join("cache/packs"))
        .map(|dir| {
            dir.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert!(kept[0].ends_with(".pack"), "{kept:?}");
}

/// rolemap on the large pack, ended by `end` while the loading screen
/// shows: it ends before the explorer opens, the terminal given back.
fn ended_on_the_loading_screen(end: impl FnOnce(&mut Session)) -> u32 {
    let mut s = opened_on("large", &[]);
    s.wait_for_text("Loading the pack");
    end(&mut s);
    let status = s.wait_exit();
    assert!(
        !s.contents().contains("q quit"),
        "it ended before the explorer opened"
    );
    s.assert_restored();
    status.exit_code()
}

#[test]
fn q_on_the_loading_screen_quits_at_once_and_restores_the_terminal() {
    assert_eq!(ended_on_the_loading_screen(|s| s.send("q")), 0);
}

#[test]
fn a_signal_on_the_loading_screen_ends_at_once_and_restores_the_terminal() {
    let code = ended_on_the_loading_screen(|s| s.signal(libc::SIGTERM));
    assert_eq!(code, 128 + libc::SIGTERM as u32);
}

/// An installed pack opened by its id loads behind the loading screen as
/// a `--data` pack does (here from its text: the compiled form kept as it
/// was installed is removed).
#[test]
fn an_installed_pack_loads_behind_the_loading_screen() {
    let home = tempfile::tempdir().unwrap();
    let pack = generated(home.path(), "medium");
    let added = Command::new(env!("CARGO_BIN_EXE_rolemap"))
        .args(["packs", "add"])
        .arg(&pack)
        .env("ROLEMAP_HOME", home.path())
        .output()
        .unwrap();
    assert!(added.status.success(), "{added:?}");
    std::fs::remove_dir_all(home.path().join("cache")).unwrap();
    let mut s = Session::start_in(home, &["--pack", "generated-1000-roles-seed-1"], &[]);
    s.wait_for_text("Loading the pack");
    quit_from_the_explorer(&mut s);
    // The profile made then was made on that pack: the next launch opens
    // it, behind the loading screen too.
    std::fs::remove_dir_all(s.home.path().join("cache")).unwrap();
    let home = std::mem::replace(&mut s.home, tempfile::tempdir().unwrap());
    let mut s = Session::start_in(home, &[], &[]);
    s.wait_for_text("Loading the pack");
    s.wait_for_text("Backend Systems Engineer");
    quit_from_the_explorer(&mut s);
}

#[test]
fn a_pack_with_warnings_says_so_in_the_first_frame() {
    let home = tempfile::tempdir().unwrap();
    let pack = home.path().join("warned");
    std::fs::create_dir_all(&pack).unwrap();
    for file in ["pack.ron", "ladder.ron"] {
        let text = std::fs::read_to_string(format!("examples/minimal-pack/{file}")).unwrap();
        // A promotion that drops an essential skill and does not say so.
        let text = text.replacen("            drops: [\"rust\"],\n", "", 1);
        std::fs::write(pack.join(file), text).unwrap();
    }
    let pack = pack.to_str().unwrap().to_string();
    let mut s = Session::start_in(home, &["--data", &pack], &[]);
    s.wait_for_text("This pack has 1 warning(s)");
    s.send("q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}
