//! The `rolemap` binary end to end: every subcommand, its JSON shape, its
//! exit codes and its messages.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn rolemap() -> Command {
    let mut cmd = Command::cargo_bin("rolemap").unwrap();
    cmd.env_remove("NO_COLOR").env_remove("COLUMNS").env(
        "ROLEMAP_HOME",
        std::env::temp_dir().join("rolemap-cli-tests"),
    );
    cmd
}

fn json(args: &[&str]) -> Value {
    let out = rolemap().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

const FIXTURE: &str = "tests/fixtures/valid/single-file.ron";

#[test]
fn help_and_version() {
    rolemap()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("roles").and(predicate::str::contains("validate")));
    rolemap()
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn usage_errors_exit_2() {
    rolemap().arg("frobnicate").assert().code(2);
    rolemap().args(["roles", "--nope"]).assert().code(2);
    rolemap()
        .args(["search", "x", "--limit", "0"])
        .assert()
        .code(2);
    rolemap().args(["path", "a"]).assert().code(2);
    rolemap()
        .args(["search", " "])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("empty"));
}

#[test]
fn without_a_subcommand_the_entry_role_is_shown() {
    rolemap()
        .assert()
        .success()
        .stdout(predicate::str::contains("Junior Systems Programmer"));
}

#[test]
fn roles_lists_every_role_in_text_and_json() {
    rolemap()
        .args(["--data", FIXTURE, "roles"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("Junior Programmer").and(predicate::str::contains("senior")),
        );
    let doc = json(&["--data", FIXTURE, "roles", "--json"]);
    assert_eq!(doc["version"], 2);
    assert_eq!(doc["pack"], "fixture");
    let roles = doc["roles"].as_array().unwrap();
    assert_eq!(roles.len(), 2);
    assert_eq!(roles[0]["id"], "junior");
    assert_eq!(roles[0]["band"], "junior");
    assert_eq!(roles[0]["track"], "systems");
    assert_eq!(roles[0]["track_name"], "Systems");
    assert!(roles[0]["summary"].is_string());
}

#[test]
fn skills_json_carries_every_figure_with_its_status() {
    let doc = json(&["--data", FIXTURE, "skills", "--json"]);
    let skills = doc["skills"].as_array().unwrap();
    let ownership = skills.iter().find(|s| s["id"] == "ownership").unwrap();
    let learning = ownership["learning"].as_array().unwrap();
    assert_eq!(learning.len(), 3);
    assert_eq!(learning[0]["status"], "estimate");
    assert_eq!(learning[0]["basis"], "editorial: the book's chapter");
    assert_eq!(learning[2]["status"], "sourced");
    assert_eq!(learning[2]["source"], "survey");
    assert_eq!(
        ownership["required_by"],
        serde_json::json!(["junior", "senior"])
    );
    let unsafe_rust = skills.iter().find(|s| s["id"] == "unsafe-rust").unwrap();
    // Level 3 without a sourced study time comes with time in a role.
    assert_eq!(unsafe_rust["learning"][2]["status"], "in_role");
    assert!(unsafe_rust["learning"][2]["min"].is_null());
    assert_eq!(
        unsafe_rust["prerequisites"],
        serde_json::json!(["ownership"])
    );
    rolemap()
        .args(["--data", FIXTURE, "skills"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "  Unsafe Rust  unsafe-rust      1  ~4–8 mo (est.)\n",
        ))
        // A sourced level 3 is priced as study, after the time to level 2.
        .stdout(predicate::str::contains(
            "~1.5–4 mo (est.); level 3 4–8 mo\n",
        ));
}

#[test]
fn show_accepts_ids_titles_and_fragments() {
    for query in ["senior", "Senior Programmer", "senior programmer", "SENIOR"] {
        rolemap()
            .args(["--data", FIXTURE, "show", query])
            .assert()
            .success()
            .stdout(predicate::str::starts_with("Senior Programmer  (senior)"));
    }
}

#[test]
fn show_lists_candidates_for_ambiguous_and_unknown_roles() {
    rolemap()
        .args(["--data", FIXTURE, "show", "programmer"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("matches 2 roles")
                .and(predicate::str::contains("junior  (Junior Programmer)")),
        );
    rolemap()
        .args(["--data", FIXTURE, "show", "senoir"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean").and(predicate::str::contains("senior")));
}

#[test]
fn show_prints_the_card_with_moves_and_sources() {
    let out = rolemap()
        .args(["--data", FIXTURE, "show", "junior"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains(
            "  skill      level          need       time from none\n  \
             Ownership  1 recognition  essential  ~0.5–1 mo (est.)\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("Leads to\n  promotion       Senior Programmer"),
        "{text}"
    );
    assert!(
        text.contains("Senior Programmer  1 skill (+1 optional), ~5–11 mo (est.)"),
        "{text}"
    );
    assert!(
        text.contains("Typical experience before it: unknown."),
        "{text}"
    );
    assert!(text.contains("Comes from\n  none"), "{text}");
}

#[test]
fn show_json_shape() {
    let doc = json(&["--data", FIXTURE, "show", "senior", "--json"]);
    let role = &doc["role"];
    assert_eq!(role["id"], "senior");
    assert_eq!(role["skills"][1]["id"], "unsafe-rust");
    assert_eq!(role["skills"][1]["need"], "optional");
    assert_eq!(role["skills"][0]["time_to_reach"]["min_months"], 5.5);
    assert_eq!(role["skills"][0]["time_to_reach"]["max_months"], 12.0);
    assert_eq!(role["sources"][0]["kind"], "secondary");
    assert!(role["wage_reference"].is_null());
    let from = &role["comes_from"][0];
    assert_eq!(from["kind"], "promotion");
    assert_eq!(from["role"]["id"], "junior");
    assert_eq!(from["experience_years"]["status"], "unknown");
    assert_eq!(from["skills"][0]["from_level"], 1);
    assert_eq!(from["skills"][0]["to_level"], 3);
    assert!(role["leads_to"].as_array().unwrap().is_empty());
}

#[test]
fn search_marks_matches_and_ranks_results() {
    rolemap()
        .args(["--data", FIXTURE, "search", "unsafe"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("skill  [Unsafe] Rust"));
    let doc = json(&["--data", FIXTURE, "search", "own", "--json"]);
    let first = &doc["results"][0];
    assert_eq!(first["kind"], "skill");
    assert_eq!(first["id"], "ownership");
    assert_eq!(first["matched_field"], "name");
    assert_eq!(first["matched_positions"], serde_json::json!([0, 1, 2]));
    let scores: Vec<i64> = doc["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["score"].as_i64().unwrap())
        .collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]));
    let limited = json(&["search", "engineer", "--limit", "3", "--json"]);
    assert_eq!(limited["results"].as_array().unwrap().len(), 3);
    rolemap()
        .args(["--data", FIXTURE, "search", "zzzqqq"])
        .assert()
        .success()
        .stdout(predicate::str::contains("nothing matches"));
}

#[test]
fn path_gives_the_cheapest_route_and_alternatives() {
    let doc = json(&[
        "path",
        "junior-systems-programmer",
        "principal-architect",
        "--alternatives",
        "2",
        "--json",
    ]);
    let routes = doc["routes"].as_array().unwrap();
    assert_eq!(routes.len(), 3);
    let mids: Vec<f64> = routes
        .iter()
        .map(|r| {
            (r["cost"]["min_months"].as_f64().unwrap() + r["cost"]["max_months"].as_f64().unwrap())
                / 2.0
        })
        .collect();
    assert!(mids.windows(2).all(|w| w[0] <= w[1]), "{mids:?}");
    let best: Vec<&str> = routes[0]["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["to"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(best.last(), Some(&"principal-architect"));
    assert_eq!(routes[0]["cost"]["estimated"], true);

    rolemap()
        .args(["path", "junior systems", "principal architect"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Fastest route from Junior Systems Programmer to Principal Architect",
        ));
}

#[test]
fn path_without_a_route_exits_1_and_says_why() {
    rolemap()
        .args(["--data", FIXTURE, "path", "senior", "junior"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "no route from Senior Programmer to Junior Programmer",
        ));
    rolemap()
        .args(["--data", FIXTURE, "path", "junior", "junior"])
        .assert()
        .success()
        .stdout(predicate::str::contains("no move is needed"));
}

#[test]
fn completions_are_generated() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        rolemap()
            .args(["completions", shell])
            .assert()
            .success()
            .stdout(predicate::str::contains("rolemap"));
    }
    rolemap().args(["completions", "tcsh"]).assert().code(2);
}

#[test]
fn the_bundled_pack_and_the_examples_validate() {
    rolemap()
        .args(["validate", "assets/rust-careers", "examples/minimal-pack"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("assets/rust-careers: valid")
                .and(predicate::str::contains("examples/minimal-pack: valid —")),
        );
    for fixture in [
        "tests/fixtures/valid/single-file.ron",
        "tests/fixtures/valid/split-pack",
    ] {
        rolemap()
            .args(["validate", fixture])
            .assert()
            .success()
            .stdout(predicate::str::contains("valid —"));
    }
}

#[test]
fn every_invalid_fixture_fails_at_its_place() {
    // (fixture, line:column of the first error, part of its message)
    let expected = [
        ("bad-date", "15:19", "`December 2025` is not a date"),
        ("bad-id-case", "36:17", "not lowercase kebab-case"),
        ("bad-url", "14:18", "is not a web address"),
        (
            "bare-number",
            "42:17",
            "expected a figure, found the bare number `4`",
        ),
        (
            "both-ways-promotion",
            "75:68",
            "a promotion move cannot go both ways",
        ),
        ("duplicate-id", "60:17", "duplicate role id `junior`"),
        ("empty-text", "54:22", "`summary` is empty"),
        ("estimate-min-above-max", "31:31", "larger than its max"),
        ("learning-count", "40:23", "it needs 2"),
        (
            "level-three-estimate",
            "32:17",
            "level 3 is priced as months of study, but no source states it",
        ),
        ("level-out-of-range", "67:45", "level 5 is out of range"),
        ("many-problems", "15:19", "`someday` is not a date"),
        ("missing-field", "59:9", "missing field named `summary`"),
        ("move-to-itself", "75:30", "from `junior` to itself"),
        (
            "no-pack-section",
            "",
            "no file of the pack has a `pack` section",
        ),
        ("not-a-struct", "1:1", "must be a struct of sections"),
        (
            "prerequisite-cycle",
            "46:29",
            "ownership → unsafe-rust → ownership",
        ),
        (
            "sourced-without-value",
            "32:17",
            "needs either `value` or both `min` and `max`",
        ),
        ("syntax-missing-comma", "13:13", "expected comma"),
        ("unknown-field", "62:13", "unexpected field named `bnad`"),
        ("unknown-role-in-move", "75:30", "unknown role `seniro`"),
        ("unknown-section", "20:5", "unknown section `trakcs`"),
        ("unknown-skill", "68:25", "unknown skill `unsafe`"),
        ("unknown-source", "32:49", "unknown source `surveys`"),
        (
            "unknown-variant",
            "38:23",
            "unexpected variant named `System`",
        ),
        (
            "unterminated-string",
            "21:51",
            "this string runs on to line 25",
        ),
    ];
    let listed = std::fs::read_dir("tests/fixtures/invalid").unwrap().count();
    assert_eq!(listed, expected.len(), "every fixture has an expectation");
    for (name, place, message) in expected {
        let path = format!("tests/fixtures/invalid/{name}.ron");
        let out = rolemap().args(["validate", &path]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{name}");
        let text = String::from_utf8(out.stdout).unwrap();
        // The first error block: from its `error:` line to the next blank line.
        let start = text.find("error: ").expect("an error is reported");
        let first = text[start..].split("\n\n").next().unwrap();
        assert!(first.contains(message), "{name}: {text}");
        if !place.is_empty() {
            assert!(
                first.contains(&format!("--> {path}:{place}\n")),
                "{name}: {text}"
            );
        }
        assert!(text.contains("= help: "), "{name} gives a hint: {text}");
        assert!(!text.contains("panicked"));
    }
}

#[test]
fn all_problems_are_reported_in_one_run() {
    let out = rolemap()
        .args([
            "validate",
            "tests/fixtures/invalid/many-problems.ron",
            "--json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let pack = &doc["packs"][0];
    assert_eq!(pack["valid"], false);
    assert_eq!(pack["errors"], 4);
    assert!(pack["counts"].is_null());
    let d = &pack["diagnostics"][0];
    assert_eq!(d["severity"], "error");
    assert_eq!(d["file"], "tests/fixtures/invalid/many-problems.ron");
    assert_eq!(d["line"], 15);
    assert_eq!(d["column"], 19);
    assert!(d["hint"].is_string());
}

#[test]
fn validate_reports_each_path_and_fails_if_any_fails() {
    rolemap()
        .args([
            "validate",
            "examples/minimal-pack",
            "tests/fixtures/invalid/bad-url.ron",
        ])
        .assert()
        .code(2)
        .stdout(
            predicate::str::contains("examples/minimal-pack: valid")
                .and(predicate::str::contains("bad-url.ron: 1 error, 0 warnings")),
        );
    rolemap()
        .args(["validate", "tests/fixtures/does-not-exist"])
        .assert()
        .code(2)
        .stdout(predicate::str::contains(
            "cannot read `tests/fixtures/does-not-exist`",
        ));
}

#[test]
fn an_invalid_data_pack_stops_other_commands_with_exit_2() {
    rolemap()
        .args([
            "--data",
            "tests/fixtures/invalid/unknown-skill.ron",
            "roles",
        ])
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("unknown-skill.ron:68:25"));
}

#[test]
fn warnings_do_not_stop_a_pack_and_control_characters_never_reach_the_output() {
    let path = "tests/fixtures/valid/control-characters.ron";
    rolemap()
        .args(["validate", path])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "warning: text contains control characters",
        ));
    let out = rolemap()
        .args(["--data", path, "show", "senior"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("1 warning;"));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("Senior[2J Programmer  (senior)"), "{text}");
    assert!(!text.chars().any(|c| c == '\u{1b}' || c == '\u{202e}'));
}

#[test]
fn output_to_a_pipe_has_no_colour_even_without_no_color() {
    for args in [
        vec!["roles"],
        vec!["show", "junior-systems-programmer"],
        vec!["search", "tokio"],
    ] {
        let out = rolemap().args(&args).output().unwrap();
        assert!(!out.stdout.contains(&0x1b), "{args:?}");
    }
}

#[test]
fn arguments_with_control_characters_are_cleaned_in_messages() {
    rolemap()
        .args(["show", "\u{1b}]0;pwned\u{7}"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains('\u{1b}')
                .not()
                .and(predicate::str::contains("]0;pwned")),
        );
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    use std::process::{Command as Std, Stdio};
    let mut child = Std::new(assert_cmd::cargo::cargo_bin("rolemap"))
        .args(["skills", "--json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{out:?}");
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}

#[test]
fn special_files_are_refused_not_read() {
    rolemap()
        .args(["validate", "/dev/zero"])
        .timeout(std::time::Duration::from_secs(20))
        .assert()
        .code(2)
        .stdout(predicate::str::contains("not a regular file"));
    rolemap()
        .args(["--data", "/dev/null", "roles"])
        .assert()
        .code(2);
}

#[test]
fn text_output_fits_the_columns_asked_for_and_cuts_nothing() {
    let ids: Vec<String> = json(&["roles", "--json"])["roles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    let mut runs: Vec<Vec<String>> = vec![
        vec!["roles".into()],
        vec!["skills".into()],
        vec!["search".into(), "rust".into()],
    ];
    for id in ["tokio", "async-patterns", "rust-fundamentals"] {
        runs.push(vec!["skill".into(), id.into()]);
    }
    for id in &ids {
        runs.push(vec!["show".into(), id.clone()]);
        runs.push(vec![
            "path".into(),
            "junior-systems-programmer".into(),
            id.clone(),
            "--alternatives".into(),
            "1".into(),
        ]);
    }
    for args in runs {
        let out = rolemap().args(&args).env("COLUMNS", "80").output().unwrap();
        for line in String::from_utf8(out.stdout).unwrap().lines() {
            assert!(!line.contains('…'), "{args:?} cuts: {line:?}");
            // A web address stays whole so that it can be followed.
            if line.trim_start().starts_with("http") {
                continue;
            }
            assert!(line.chars().count() <= 80, "{args:?}: {line:?}");
        }
    }
}

/// A pack whose skills section holds `n` broken or clashing items, on one
/// line or on a line each: the shapes that once made validate's cost grow
/// with errors × file size.
fn hostile_pack(n: usize, one_line: bool, same_id: bool) -> String {
    let sep = if one_line { " " } else { "\n" };
    let items: Vec<String> = (0..n)
        .map(|i| {
            let id = if same_id { "dup".to_string() } else { format!("s{i}") };
            let field = if same_id { "category" } else { "categroy" };
            format!(
                "(id: \"{id}\", name: \"S\", {field}: Language, summary: \"s\", \
                 learning: [Estimate(min: 1, max: 2, basis: \"b\"), Estimate(min: 1, max: 2, basis: \"b\")], \
                 resources: [(title: \"R\", url: \"https://example.com\", kind: OfficialDocs, price: Free)]),"
            )
        })
        .collect();
    let needed = if same_id { "dup" } else { "s0" };
    format!(
        "(pack: (id: \"p\", name: \"P\", version: \"1\", description: \"d\", licence: \"l\"),\n\
         tracks: [(id: \"t\", name: \"T\", summary: \"s\")],\n\
         roles: [(id: \"r\", title: \"R\", band: Junior, track: \"t\", summary: \"s\", responsibilities: [\"r\"], skills: [(skill: \"{needed}\", level: 1)], requirements_basis: \"b\")],\n\
         skills: [{}]\n)",
        items.join(sep)
    )
}

#[test]
fn validate_output_stays_bounded_however_many_problems_a_file_has() {
    let dir = tempfile::tempdir().unwrap();
    for (name, n, one_line, same_id) in [
        ("one-line", 3000, true, false),
        ("many-lines", 3000, false, false),
        ("same-id", 3000, false, true),
    ] {
        let path = dir.path().join(format!("{name}.ron"));
        std::fs::write(&path, hostile_pack(n, one_line, same_id)).unwrap();
        let out = rolemap().args(["validate"]).arg(&path).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{name}");
        let text = String::from_utf8(out.stdout).unwrap();
        // 100 located problems of at most a few hundred bytes, and a summary.
        assert!(
            text.len() < 100_000,
            "{name}: {} bytes of output",
            text.len()
        );
        let shown = text.matches("\nerror: ").count() + usize::from(text.starts_with("error: "));
        assert!(shown <= 102, "{name}: {shown} shown");
        assert!(
            text.contains("more errors in `"),
            "{name}: {}",
            &text[text.len() - 400..]
        );
        // The totals still count every problem.
        let expected = if same_id { n - 1 } else { n };
        assert!(
            text.contains(&format!("{expected} errors")),
            "{name}: {}",
            &text[text.len() - 300..]
        );
        let out = rolemap()
            .args(["validate", "--json"])
            .arg(&path)
            .output()
            .unwrap();
        let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(doc["packs"][0]["errors"], expected);
        assert!(doc["packs"][0]["diagnostics"].as_array().unwrap().len() <= 102);
    }
}

/// A copy of the split-pack fixture in a temp folder, to add links to.
fn pack_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir("tests/fixtures/valid/split-pack").unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.path().join(entry.file_name())).unwrap();
    }
    dir
}

#[test]
fn links_out_of_a_pack_folder_are_not_followed_and_other_files_not_echoed() {
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("secrets.ron");
    std::fs::write(&secret, "TOKEN=hunter2-very-secret\nPASSWORD=swordfish\n").unwrap();
    for target in [secret.as_path(), std::path::Path::new("/proc/self/environ")] {
        let pack = pack_folder();
        std::os::unix::fs::symlink(target, pack.path().join("zz.ron")).unwrap();
        let out = rolemap().arg("validate").arg(pack.path()).output().unwrap();
        assert_eq!(out.status.code(), Some(2));
        let text = String::from_utf8_lossy(&out.stdout).to_string();
        assert!(
            text.contains("links to a place outside the pack folder"),
            "{text}"
        );
        assert!(
            !text.contains("hunter2") && !text.contains("PATH="),
            "{text}"
        );
    }
    // A link to a file inside the folder is read like the file.
    let pack = pack_folder();
    std::fs::create_dir(pack.path().join("parts")).unwrap();
    std::fs::rename(
        pack.path().join("c-moves.ron"),
        pack.path().join("parts/moves.txt"),
    )
    .unwrap();
    std::os::unix::fs::symlink(
        pack.path().join("parts/moves.txt"),
        pack.path().join("c-moves.ron"),
    )
    .unwrap();
    // And a link back to the folder itself does not loop.
    std::os::unix::fs::symlink(pack.path(), pack.path().join("parts/again")).unwrap();
    rolemap()
        .arg("validate")
        .arg(pack.path())
        .assert()
        .success()
        .stdout(predicate::str::contains("valid —"));
    // A file given by name that is not a pack file is named, never quoted.
    for path in [secret.as_path(), std::path::Path::new("/proc/self/environ")] {
        let out = rolemap().arg("validate").arg(path).output().unwrap();
        assert_eq!(out.status.code(), Some(2));
        let text = String::from_utf8_lossy(&out.stdout).to_string();
        assert!(
            !text.contains("hunter2") && !text.contains("PATH="),
            "{text}"
        );
        assert!(text.contains("error: "), "{text}");
    }
}

#[test]
fn a_pack_too_large_in_all_is_refused_before_it_is_read() {
    let pack = pack_folder();
    // Sparse files: large on paper, nothing on disk; 270 MiB in all.
    for n in 0..18 {
        let f = std::fs::File::create(pack.path().join(format!("big-{n:02}.ron"))).unwrap();
        f.set_len(15 * 1024 * 1024).unwrap();
    }
    let out = rolemap().arg("validate").arg(pack.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(text.contains("more than a pack may"), "{text}");
    assert!(text.contains("split it into separate packs"), "{text}");
}

/// The valid fixture with `from` replaced by `to`, written to a temp file.
fn altered_fixture(dir: &std::path::Path, from: &str, to: &str) -> std::path::PathBuf {
    let text = std::fs::read_to_string(FIXTURE).unwrap();
    assert!(text.contains(from), "{from}");
    let path = dir.join("altered.ron");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    path
}

#[test]
fn addresses_that_could_break_out_of_a_link_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    for bad in [
        "https://example.com/a>[click](javascript:alert(1))<img/src=x/onerror=alert(2)>",
        "javascript:alert(1)",
        "https://exa mple.com",
        "https://example.com/\\\"onmouseover=x",
        "https://",
    ] {
        let path = altered_fixture(
            dir.path(),
            "url: \"https://example.com/survey\"",
            &format!("url: \"{bad}\""),
        );
        let out = rolemap().arg("validate").arg(&path).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad}");
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("is not a web address"),
            "{bad}"
        );
    }
}

#[test]
fn text_from_a_pack_cannot_forge_lines_markup_or_hide_characters() {
    let dir = tempfile::tempdir().unwrap();
    let hostile = "Own[er](javascript:alert(1))<img/src=x/onerror=alert(2)>\\n# Forged heading\\u{202e}\\u{200b}\\u{2028}| forged | row |";
    let path = altered_fixture(
        dir.path(),
        "name: \"Ownership\"",
        &format!("name: \"{hostile}\""),
    );
    // A line break in a name is a warning, and the name becomes one line.
    let out = rolemap().arg("validate").arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("holds a line break or tab"));
    let home = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let out = rolemap()
            .env("ROLEMAP_HOME", home.path())
            .arg("--data")
            .arg(&path)
            .args(args)
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    run(&["profile", "new", "eve"]);
    run(&[
        "profile",
        "set",
        "eve",
        "--current",
        "junior",
        "--target",
        "senior",
    ]);
    let outputs = [
        run(&["skills"]),
        run(&["search", "own"]),
        run(&["show", "senior"]),
        run(&["skills", "--json"]),
        run(&["plan", "--profile", "eve", "--format", "md"]),
    ];
    for text in &outputs {
        assert!(
            !text.contains('\u{202e}') && !text.contains('\u{200b}') && !text.contains('\u{2028}')
        );
        assert!(!text.lines().any(|l| l.starts_with("# Forged")), "{text}");
    }
    let md = &outputs[4];
    assert!(md.contains("Own"), "{md}");
    // Every angle bracket and link bracket from the pack is escaped.
    assert!(!md.replace("\\<", "").contains("<img"), "{md}");
    assert!(!md.contains("](javascript"), "{md}");
    assert!(
        md.contains("\\<img") && md.contains("\\]\\(javascript"),
        "{md}"
    );
    // The name's table row stays one row: its pipes are escaped.
    let row = md.lines().find(|l| l.contains("Own")).unwrap();
    assert!(row.contains("\\| forged \\| row \\|"), "{row}");
}

#[test]
fn figures_out_of_any_sane_range_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    for (from, to, message) in [
        (
            "Sourced(min: 4, max: 8, source: \"survey\")",
            "Estimate(min: 1e308, max: 1.7e308, basis: \"b\")",
            "too large for months",
        ),
        (
            "Sourced(min: 4, max: 8, source: \"survey\")",
            "Sourced(min: 4, max: 1e6, source: \"survey\")",
            "too large for months",
        ),
    ] {
        let path = altered_fixture(dir.path(), from, to);
        let out = rolemap().arg("validate").arg(&path).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{to}");
        let text = String::from_utf8_lossy(&out.stdout).to_string();
        assert!(text.contains(message), "{text}");
        assert!(text.len() < 2000, "a huge number is shown short: {text}");
    }
    let wage = "(\n    wage_references: [(id: \"w\", code: \"1\", occupation: \"O\", scope: \"s\", currency: \"USD\", period: \"year\", median: Sourced(value: 18446744073709551615, source: \"survey\"))],\n)";
    let pack = pack_folder();
    std::fs::write(pack.path().join("wages.ron"), wage).unwrap();
    // The fixture's source lives in another file of the folder; add one.
    let sources = "(sources: [(id: \"survey\", title: \"S\", publisher: \"P\", url: \"https://example.com\", date: \"2025\", kind: Primary, note: \"n\")])";
    std::fs::write(pack.path().join("z-sources.ron"), sources).unwrap();
    let out = rolemap().arg("validate").arg(pack.path()).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(text.contains("too large for a wage"), "{text}");
}

#[test]
fn a_byte_order_mark_at_the_start_of_a_file_is_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bom.ron");
    let text = std::fs::read_to_string(FIXTURE).unwrap();
    std::fs::write(&path, format!("\u{feff}{text}")).unwrap();
    rolemap()
        .arg("validate")
        .arg(&path)
        .assert()
        .success()
        .stdout(predicate::str::contains("valid —"));
}

#[test]
fn skill_prints_its_card_with_levels_roles_and_what_it_leads_to() {
    let out = rolemap().args(["skill", "tokio"]).output().unwrap();
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8(out.stdout).unwrap();
    for part in [
        "Async with Tokio\nAsync skill · tokio\n",
        "Levels\n  1 recognition  ~",
        "    Spawns tasks, uses Tokio channels",
        "  3 influence    in role: comes with time in a role\n",
        "Builds on\n  async/await (async-await)\n",
        "Leads to\n",
        "  gRPC and Protocol Buffers (grpc)\n",
        "Needed by 10 roles\n",
        "  Backend Developer               backend-developer               2 execution    essential\n",
        "https://tokio.rs/tokio/tutorial",
    ] {
        assert!(text.contains(part), "{part:?} in:\n{text}");
    }
    // A name fragment finds it too; a role's name is not a skill.
    let by_name = rolemap()
        .args(["skill", "async with tokio"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(by_name.stdout).unwrap(), text);
    rolemap()
        .args(["skill", "nosuchskill"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no skill matches `nosuchskill`"));
    // Asking `show` for a skill says where it is.
    rolemap()
        .args(["show", "tokio"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "it is a skill (Async with Tokio); `rolemap skill tokio` shows it",
        ));
}

#[test]
fn skill_json_shape() {
    let doc = json(&["skill", "tokio", "--json"]);
    let s = &doc["skill"];
    assert_eq!(doc["version"], 2);
    assert_eq!(s["id"], "tokio");
    assert_eq!(s["category"], "async");
    let levels = s["levels"].as_array().unwrap();
    assert_eq!(levels.len(), 3);
    assert_eq!(levels[0]["name"], "recognition");
    assert_eq!(levels[0]["learning"]["status"], "estimate");
    assert_eq!(levels[2]["learning"]["status"], "in_role");
    assert!(
        levels[1]["shows"]
            .as_str()
            .unwrap()
            .starts_with("Runs a Tokio service")
    );
    assert_eq!(s["prerequisites"], serde_json::json!(["async-await"]));
    assert!(s["leads_to"].as_array().unwrap().contains(&"grpc".into()));
    let needed = s["needed_by"].as_array().unwrap();
    assert_eq!(needed.len(), 10);
    let backend = needed
        .iter()
        .find(|n| n["role"]["id"] == "backend-developer")
        .unwrap();
    assert_eq!(
        (backend["level"].as_u64(), backend["need"].as_str()),
        (Some(2), Some("essential"))
    );
    assert_eq!(s["resources"][0]["kind"], "official docs");
    // Without descriptors in the pack, `shows` is null.
    let plain = json(&["--data", FIXTURE, "skill", "ownership", "--json"]);
    assert!(plain["skill"]["levels"][0]["shows"].is_null());
}
