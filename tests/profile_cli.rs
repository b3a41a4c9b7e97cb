//! `rolemap profile …`, `rolemap plan` and `rolemap show --profile` through
//! the real binary, each test in a folder of its own (ROLEMAP_HOME).

use std::fs;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

#[path = "support/home.rs"]
mod home;

use home::Home;

/// The profile cases' own helpers.
trait Profiles {
    fn file(&self, name: &str) -> std::path::PathBuf;
    fn ana(&self);
}

impl Profiles for Home {
    fn file(&self, name: &str) -> std::path::PathBuf {
        self.dir.path().join("profiles").join(format!("{name}.ron"))
    }

    /// Ana: a junior systems programmer aiming at senior backend.
    fn ana(&self) {
        self.junior_aiming_at_senior_backend(
            "ana",
            &[
                "--skill",
                "Ownership and borrowing=recognition",
                "--skill",
                "git=2",
            ],
        );
    }
}

#[test]
fn a_profile_is_made_set_shown_listed_and_deleted() {
    let home = Home::new();
    assert!(home.run(&["profile", "list"]).contains("No profiles yet"));
    let made = home.run(&["profile", "new", "ana"]);
    assert!(made.contains("Made profile `ana`"), "{made}");
    let saved = home.run(&[
        "profile",
        "set",
        "ana",
        "--current",
        "junior systems",
        "--target",
        "senior backend",
        "--skill",
        "rust-fundamentals=2",
        "--skill",
        "tokio=execution",
        "--mark",
        "tokio",
        "--hours",
        "4",
    ]);
    assert!(
        saved.contains("current role: Junior Systems Programmer"),
        "{saved}"
    );
    assert!(saved.contains("Async with Tokio: 2 execution"), "{saved}");

    let shown = home.run(&["profile", "show", "ana"]);
    assert!(
        shown.contains("Current role: Junior Systems Programmer"),
        "{shown}"
    );
    assert!(
        shown.contains("Target role:  Senior Backend Engineer"),
        "{shown}"
    );
    assert!(shown.contains("4 h a week"), "{shown}");
    assert!(shown.contains("★ Async with Tokio"), "{shown}");

    let doc = home.json(&["profile", "show", "ana", "--json"]);
    let p = &doc["profile"];
    assert_eq!(p["name"], "ana");
    assert_eq!(p["format"], 2);
    assert_eq!(p["pack"], "rust-careers", "made on the pack in use");
    assert_eq!(p["current_role"]["id"], "junior-systems-programmer");
    assert_eq!(p["target_role"]["id"], "senior-backend-engineer");
    assert_eq!(p["hours_per_week"], 4);
    let skills = p["skills"].as_array().unwrap();
    assert_eq!(skills.len(), 2);
    assert!(
        skills
            .iter()
            .any(|s| s["id"] == "tokio" && s["level"] == 2 && s["marked"] == true)
    );

    let listed = home.json(&["profile", "list", "--json"]);
    assert_eq!(listed["profiles"][0]["name"], "ana");
    assert_eq!(listed["profiles"][0]["problem"], Value::Null);
    assert!(
        home.run(&["profile", "list"])
            .contains("Senior Backend Engineer")
    );

    // Clearing and unmarking.
    home.run(&[
        "profile",
        "set",
        "ana",
        "--clear-target",
        "--unmark",
        "tokio",
        "--skill",
        "tokio=0",
    ]);
    let p = &home.json(&["profile", "show", "ana", "--json"])["profile"];
    assert_eq!(p["target_role"], Value::Null);
    assert_eq!(p["skills"].as_array().unwrap().len(), 1);

    // The explorer's first frame, kept, shows the profile: it goes too.
    let kept = home.dir.path().join("cache/first-frame");
    std::fs::create_dir_all(kept.parent().unwrap()).unwrap();
    std::fs::write(&kept, "a frame").unwrap();
    let cut_short = kept.with_file_name(".first-frame.Ab3xZ9.tmp");
    std::fs::write(&cut_short, "half a frame").unwrap();
    home.run(&["profile", "delete", "ana", "--yes"]);
    assert!(!home.file("ana").exists());
    assert!(!kept.exists(), "the kept first frame went with the profile");
    assert!(!cut_short.exists(), "and what a cut keeping left");
    home.rolemap()
        .args(["profile", "show", "ana"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("there is no profile `ana`"));
}

#[test]
fn profile_mistakes_are_usage_errors_that_say_what_to_do() {
    let home = Home::new();
    home.run(&["profile", "new", "ana"]);
    let fails = |args: &[&str], says: &str| {
        home.rolemap()
            .args(args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(says));
    };
    fails(&["profile", "new", "ANA"], "exists already");
    fails(&["profile", "new", "../x"], "may hold letters");
    fails(&["profile", "set", "ana"], "nothing to set");
    fails(
        &["profile", "set", "ana", "--current", "astronaut"],
        "no role matches",
    );
    fails(
        &["profile", "set", "ana", "--current", "engineer"],
        "matches",
    );
    fails(
        &["profile", "set", "ana", "--skill", "tokio=7"],
        "a level is 0 to 3",
    );
    fails(
        &["profile", "set", "ana", "--skill", "tokio"],
        "write ID=LEVEL",
    );
    fails(
        &["profile", "set", "ana", "--skill", "=2"],
        "no skill before",
    );
    fails(
        &["profile", "set", "ana", "--skill", "cobol-on-cogs=2"],
        "no skill matches",
    );
    fails(
        &["profile", "set", "bo", "--hours", "5"],
        "there is no profile `bo`",
    );
    fails(
        &["profile", "set", "ana", "--hours", "0"],
        "0 is not in 1..=60",
    );
    fails(
        &["profile", "delete", "bo", "--yes"],
        "there is no profile `bo`",
    );
    // A typo of a profile there is: named, and nothing is made.
    for args in [
        &["profile", "show", "anna"][..],
        &["show", "compiler engineer", "--profile", "anna"],
        &["plan", "--profile", "anna", "--to", "compiler engineer"],
        &["profile", "set", "anaa", "--hours", "5"],
    ] {
        fails(args, "(did you mean `ana`?)");
    }
    fails(&["profile", "show", "zoe"], "there is no profile `zoe`; ");
    assert!(!home.file("anna").exists() && !home.file("anaa").exists());
    // Off a terminal, deleting needs --yes; the profile stays.
    fails(&["profile", "delete", "ana"], "add --yes");
    assert!(home.file("ana").exists());
    // None of this touched the file.
    let p = &home.json(&["profile", "show", "ana", "--json"])["profile"];
    assert_eq!(p["skills"].as_array().unwrap().len(), 0);
}

#[test]
fn a_damaged_profile_is_reported_at_its_place_and_left_intact() {
    let home = Home::new();
    home.run(&["profile", "new", "ana"]);
    let damaged = "(\n    version: 1,\n    name: \"ana\",\n    skills: {\"git\": 9},\n    created: \"x\",\n    updated: \"x\",\n)\n";
    fs::write(home.file("ana"), damaged).unwrap();
    for args in [
        &["profile", "show", "ana"][..],
        &["profile", "set", "ana", "--skill", "git=1"],
        &["plan", "--profile", "ana", "--to", "backend developer"],
        &["show", "compiler", "--profile", "ana"],
    ] {
        home.rolemap().args(args).assert().code(2).stderr(
            predicate::str::contains("skill `git` is at level 9")
                .and(predicate::str::contains("ana.ron:4:14"))
                .and(predicate::str::contains("left as it is")),
        );
    }
    assert_eq!(fs::read_to_string(home.file("ana")).unwrap(), damaged);
    let listed = home.run(&["profile", "list"]);
    assert!(listed.contains("cannot be read"), "{listed}");
    let doc = home.json(&["profile", "list", "--json"]);
    assert!(
        doc["profiles"][0]["problem"]
            .as_str()
            .unwrap()
            .contains("level 9")
    );
}

#[test]
fn plan_writes_markdown_for_a_person() {
    let home = Home::new();
    home.ana();
    let md = home.run(&["plan", "--profile", "ana"]);
    assert!(
        md.starts_with("# Plan for ana: Junior Systems Programmer → Senior Backend Engineer\n"),
        "{md}"
    );
    assert!(md.contains("## Fastest route: "), "{md}");
    assert!(md.contains("## Alternative 1: "), "{md}");
    assert!(
        md.contains("| # | Skill | From | To | Need | Time |"),
        "{md}"
    );
    assert!(md.contains("**Total: ~"), "{md}");
    assert!(md.contains("## Sources of the figures"), "{md}");
    assert!(md.contains("- Estimate: editorial"), "{md}");
    // Ana holds Git at 2 already: no step asks her to learn it.
    assert!(!md.contains("| Git |"), "{md}");
    // Ownership is raised from her level 1, not from none.
    assert!(
        md.contains("| Ownership and borrowing | 1 recognition | 2 execution |"),
        "{md}"
    );
    // Every table row has the same number of cells as its header.
    for row in md
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| #"))
    {
        assert_eq!(row.matches(" | ").count(), 5, "{row}");
    }
    // At half the hours, times double.
    home.run(&["profile", "set", "ana", "--hours", "4"]);
    let slow = home.run(&["plan", "--profile", "ana"]);
    assert!(slow.contains("× 2"), "{slow}");
    // Hidden times leave no figure.
    home.run(&["profile", "set", "ana", "--hide-times"]);
    let hidden = home.run(&["plan", "--profile", "ana"]);
    assert!(hidden.contains("Learning times are hidden"), "{hidden}");
    assert!(
        !hidden.contains("mo (est.)") && !hidden.contains('~'),
        "{hidden}"
    );
    assert!(hidden.contains("cites no figures"), "{hidden}");
    assert!(hidden.contains("| # | Skill | From | To | Need |"));
}

#[test]
fn plan_json_has_routes_steps_and_paced_costs() {
    let home = Home::new();
    home.ana();
    home.run(&["profile", "set", "ana", "--hours", "16"]);
    let doc = home.json(&[
        "plan",
        "--profile",
        "ana",
        "--to",
        "principal architect",
        "--format",
        "json",
        "--alternatives",
        "2",
    ]);
    assert_eq!(doc["version"], 2);
    assert_eq!(doc["profile"], "ana");
    assert_eq!(doc["from"]["id"], "junior-systems-programmer");
    assert_eq!(doc["to"]["id"], "principal-architect");
    assert_eq!(doc["pace"], 0.5);
    assert_eq!(doc["exact"], true);
    let routes = doc["routes"].as_array().unwrap();
    assert_eq!(routes.len(), 3);
    let mid =
        |c: &Value| (c["min_months"].as_f64().unwrap() + c["max_months"].as_f64().unwrap()) / 2.0;
    assert!(
        routes
            .windows(2)
            .all(|w| mid(&w[0]["cost"]) <= mid(&w[1]["cost"]))
    );
    for route in routes {
        // Figures are given to two decimals.
        assert!((mid(&route["at_your_pace"]) - mid(&route["cost"]) / 2.0).abs() <= 0.01);
        let steps = route["steps"].as_array().unwrap();
        assert_eq!(steps[0]["from"]["id"], "junior-systems-programmer");
        assert_eq!(steps.last().unwrap()["to"]["id"], "principal-architect");
        let sum: f64 = steps.iter().map(|s| mid(&s["cost"])).sum();
        assert!((sum - mid(&route["cost"])).abs() < 0.01 * steps.len() as f64);
    }
    assert!(!doc["estimate_bases"].as_array().unwrap().is_empty());
}

#[test]
fn plan_output_files_are_written_atomically_and_not_replaced_unasked() {
    let home = Home::new();
    home.ana();
    let file = home.dir.path().join("ana-plan.md");
    let path = file.to_str().unwrap();
    home.rolemap()
        .args(["plan", "--profile", "ana", "-o", path])
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::contains("Wrote the plan"));
    let first = fs::read_to_string(&file).unwrap();
    assert!(first.starts_with("# Plan for ana"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            fs::metadata(&file).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    fs::write(&file, "my own notes").unwrap();
    home.rolemap()
        .args(["plan", "--profile", "ana", "-o", path])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("exists already; add --force"));
    assert_eq!(fs::read_to_string(&file).unwrap(), "my own notes");
    home.run(&[
        "plan",
        "--profile",
        "ana",
        "-o",
        path,
        "--force",
        "--format",
        "json",
    ]);
    assert!(fs::read_to_string(&file).unwrap().starts_with('{'));
    home.rolemap()
        .args(["plan", "--profile", "ana", "--force"])
        .assert()
        .code(2);
    // Not into a folder that is not there, nor onto a folder, a link or a device.
    let nowhere = home.dir.path().join("no/such/dir/plan.md");
    home.rolemap()
        .args(["plan", "--profile", "ana", "-o"])
        .arg(&nowhere)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("does not exist"));
    assert!(!nowhere.exists());
    home.rolemap()
        .args(["plan", "--profile", "ana", "--force", "-o"])
        .arg(home.dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is a folder; give a file name"));
    #[cfg(unix)]
    {
        let link = home.dir.path().join("link.md");
        std::os::unix::fs::symlink(&file, &link).unwrap();
        home.rolemap()
            .args(["plan", "--profile", "ana", "--force", "-o"])
            .arg(&link)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("is not a regular file"));
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
    }
    // `-o -` is standard output.
    let md = home.run(&["plan", "--profile", "ana", "-o", "-"]);
    assert!(md.starts_with("# Plan for ana"));
}

#[test]
fn plan_says_what_is_missing_or_blocking() {
    let home = Home::new();
    home.run(&["profile", "new", "bo"]);
    // No current role: the plan starts from the skills held, by getting
    // ready for the way in that makes the whole way shortest.
    let md = home.run(&["plan", "--profile", "bo", "--to", "compiler engineer"]);
    assert!(
        md.contains("bo's own skill levels, who holds no role yet"),
        "{md}"
    );
    assert!(md.contains("## First: getting ready for "), "{md}");
    assert!(md.contains("**With getting ready for "), "{md}");
    let doc = home.json(&[
        "plan",
        "--profile",
        "bo",
        "--to",
        "compiler engineer",
        "--format",
        "json",
    ]);
    assert_eq!(doc["entry"]["role"]["id"], doc["from"]["id"]);
    assert!(
        doc["entry"]["skills"]
            .as_array()
            .is_some_and(|s| !s.is_empty())
    );
    home.ana();
    let with_role = home.json(&["plan", "--profile", "ana", "--format", "json"]);
    assert!(with_role["entry"].is_null());
    home.run(&["profile", "set", "bo", "--current", "compiler engineer"]);
    home.rolemap()
        .args(["plan", "--profile", "bo"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no target role: give --to ROLE"));
    // A target that exists but cannot be reached: exit 1, naming what blocks it.
    home.rolemap()
        .args([
            "plan",
            "--profile",
            "bo",
            "--to",
            "junior systems programmer",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "no route from Compiler Engineer to Junior Systems Programmer",
        ));
    // Without --profile: the one the explorer used last, else `default`.
    home.rolemap()
        .args(["plan", "--to", "compiler"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("there is no profile `default`"));
    fs::write(home.dir.path().join("last-profile"), "bo\n").unwrap();
    let md = home.run(&["plan", "--to", "compiler engineer"]);
    assert!(md.contains("No move is needed"), "{md}");
}

#[test]
fn show_with_a_profile_adds_the_persons_match() {
    let home = Home::new();
    home.ana();
    let text = home.run(&["show", "junior systems", "--profile", "ana"]);
    assert!(text.contains("Your match (profile ana)"), "{text}");
    // The person's marks sit in the card's skill table, as in the explorer.
    let row = |name: &str| text.lines().find(|l| l.contains(name)).unwrap_or_default();
    assert!(row("Rust fundamentals").contains(" ✓ "), "{text}");
    assert!(row("Lifetimes").contains(" ✗0 "), "{text}");
    assert!(text.contains("To close the gap"), "{text}");
    for line in text.lines().filter(|l| !l.contains("https://")) {
        assert!(unicode_width::UnicodeWidthStr::width(line) <= 80, "{line}");
    }
    let doc = home.json(&["show", "junior systems", "--profile", "ana", "--json"]);
    let m = &doc["match"];
    assert_eq!(m["profile"], "ana");
    assert!(m["essential_met"].as_u64().unwrap() >= 1);
    assert!(m["essential_met"].as_u64() < m["essential"].as_u64());
    assert!(!m["gap"].as_array().unwrap().is_empty());
    // Hidden times: the gap is counted in skills only.
    home.run(&["profile", "set", "ana", "--hide-times"]);
    let hidden = home.run(&["show", "junior systems", "--profile", "ana"]);
    assert!(hidden.contains("To close the gap: "), "{hidden}");
    assert!(!hidden.contains("h a week."), "{hidden}");
    // Without a profile, no match key.
    let plain = home.json(&["show", "junior systems", "--json"]);
    assert!(plain.get("match").is_none());
}

#[test]
fn two_processes_setting_one_profile_lose_nothing() {
    let home = Home::new();
    home.run(&["profile", "new", "ana"]);
    let skills = [
        "rust-fundamentals",
        "ownership-borrowing",
        "git",
        "tokio",
        "error-handling",
        "traits-generics",
    ];
    let children: Vec<_> = skills
        .iter()
        .map(|skill| {
            let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("rolemap"));
            cmd.env("ROLEMAP_HOME", home.dir.path()).args([
                "profile",
                "set",
                "ana",
                "--skill",
                &format!("{skill}=2"),
            ]);
            cmd.stdout(std::process::Stdio::null()).spawn().unwrap()
        })
        .collect();
    for mut child in children {
        assert!(child.wait().unwrap().success());
    }
    let p = &home.json(&["profile", "show", "ana", "--json"])["profile"];
    assert_eq!(p["skills"].as_array().unwrap().len(), skills.len());
}

/// Every number of a JSON document, wherever it sits.
fn numbers(value: &Value, out: &mut Vec<f64>) {
    match value {
        Value::Number(n) => out.extend(n.as_f64()),
        Value::Array(items) => items.iter().for_each(|v| numbers(v, out)),
        Value::Object(map) => map.values().for_each(|v| numbers(v, out)),
        _ => {}
    }
}

#[test]
fn json_figures_carry_no_float_noise() {
    let home = Home::new();
    home.ana();
    // 6 hours a week makes a pace of 8 ÷ 6, whose products are not exact.
    home.run(&["profile", "set", "ana", "--hours", "6"]);
    for args in [
        vec![
            "plan",
            "--profile",
            "ana",
            "--to",
            "principal architect",
            "--format",
            "json",
        ],
        vec!["show", "senior backend", "--profile", "ana", "--json"],
        vec![
            "path",
            "junior systems",
            "principal architect",
            "--alternatives",
            "3",
            "--json",
        ],
    ] {
        let doc = home.json(&args);
        let mut all = Vec::new();
        numbers(&doc, &mut all);
        assert!(all.len() > 20, "{args:?}");
        for x in all {
            let cents = x * 100.0;
            assert!((cents - cents.round()).abs() < 1e-6, "{args:?}: {x}");
        }
    }
}

#[cfg(unix)]
#[test]
fn a_pipe_as_the_lock_is_refused_at_once_and_named() {
    let home = Home::new();
    home.run(&["profile", "new", "ana"]);
    let lock = home.dir.path().join("profiles/.lock");
    fs::remove_file(&lock).unwrap();
    let status = std::process::Command::new("mkfifo")
        .arg(&lock)
        .status()
        .unwrap();
    assert!(status.success());
    for args in [
        &["profile", "set", "ana", "--hours", "3"][..],
        &["profile", "new", "bo"],
        &["profile", "delete", "ana", "--yes"],
    ] {
        home.rolemap()
            .args(args)
            .timeout(std::time::Duration::from_secs(10))
            .assert()
            .code(1)
            .stderr(
                predicate::str::contains(lock.to_str().unwrap())
                    .and(predicate::str::contains("pipe"))
                    .and(predicate::str::contains("remove it")),
            );
    }
    // Reading goes on as before, and the profile is as it was.
    assert!(home.run(&["profile", "list"]).contains("ana"));
    assert!(home.file("ana").exists());
}

/// The temp files in a profiles folder: what a killed save leaves behind.
fn temp_files(profiles: &std::path::Path) -> usize {
    fs::read_dir(profiles)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with(".tmp")
        })
        .count()
}

/// A small random number source (xorshift); its seed is printed with any
/// failure, to say which run it was.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

#[cfg(unix)]
#[test]
fn saves_killed_at_random_points_keep_old_or_new_and_leave_no_copy() {
    use rolemap::model::profile::{Edit, Profile};
    use std::process::{Command as Process, Stdio};
    use std::time::{Duration, Instant};

    const KILLS: usize = 200;
    let home = Home::new();
    let store = rolemap::store::Store::at(home.dir.path().to_path_buf());
    let names = ["ana", "bo"];
    let mut known: Vec<Profile> = names
        .iter()
        .map(|n| {
            store.create(n, "2026-12-01T07:33:45Z").unwrap();
            let edits = [
                Edit::Level("rust-fundamentals".into(), 2),
                Edit::Level("git".into(), 3),
                Edit::Mark("tokio".into(), true),
            ];
            store
                .update(n, &edits, "2026-12-01T07:33:45Z", None)
                .unwrap()
        })
        .collect();
    let profiles = home.dir.path().join("profiles");
    let set = |name: &str, hours: u16| {
        let mut cmd = Process::new(env!("CARGO_BIN_EXE_rolemap"));
        cmd.env("ROLEMAP_HOME", home.dir.path())
            .args(["profile", "set", name, "--hours", &hours.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        cmd
    };
    // How long a whole save takes here, so kills fall all along one.
    let started = Instant::now();
    for _ in 0..3 {
        assert!(set("ana", 8).status().unwrap().success());
    }
    let whole = started.elapsed() / 3;
    known[0] = store.load("ana").unwrap();

    let seed = 0x5eed_0000_0000_0000 ^ u64::from(std::process::id());
    let mut rng = Rng(seed);
    let (mut left, mut most, mut finished) = (0, 0, 0);
    for i in 0..KILLS {
        let which = i % names.len();
        let old = known[which].clone();
        let hours = if old.hours_per_week == 60 {
            1
        } else {
            old.hours_per_week + 1
        };
        let mut child = set(names[which], hours).spawn().unwrap();
        let at = rng.below(whole.as_micros() as u64 * 5 / 4);
        std::thread::sleep(Duration::from_micros(at));
        let _ = child.kill();
        if child.wait().unwrap().success() {
            finished += 1;
        }
        let now = store.load(names[which]).unwrap_or_else(|e| {
            panic!("kill {i} (seed {seed:#x}, {at} µs): the profile cannot be read: {e}")
        });
        let mut new = old.clone();
        new.hours_per_week = hours;
        let mut seen = now.clone();
        seen.updated.clone_from(&old.updated);
        assert!(
            seen == old || seen == new,
            "kill {i} (seed {seed:#x}, {at} µs): neither old nor new: {now:?}"
        );
        known[which] = now;
        let temps = temp_files(&profiles);
        left += usize::from(temps > 0);
        most = most.max(temps);
    }
    eprintln!(
        "{KILLS} kills over ~{whole:?} a save (seed {seed:#x}): {finished} finished, \
         {left} left a temp file, at most {most} temp files at once"
    );
    // Only the save just killed may have left its copy: the ones before it
    // were removed by the save that followed them.
    assert!(most <= 1, "private copies pile up: {most} at once");
    assert!(set("ana", 9).status().unwrap().success());
    assert_eq!(temp_files(&profiles), 0, "a save leaves no copy behind");

    // A delete, too, takes what killed saves of that profile left.
    for _ in 0..50 {
        let mut child = set("bo", 5).spawn().unwrap();
        std::thread::sleep(Duration::from_micros(rng.below(whole.as_micros() as u64)));
        let _ = child.kill();
        let _ = child.wait();
        if temp_files(&profiles) > 0 {
            break;
        }
    }
    home.run(&["profile", "delete", "bo", "--yes"]);
    assert_eq!(temp_files(&profiles), 0, "a delete leaves no copy behind");
    assert_eq!(store.load("ana").unwrap().hours_per_week, 9);
}

#[cfg(unix)]
#[test]
fn a_symlinked_profile_is_bad_input_and_left_as_it_is() {
    let home = Home::new();
    home.ana();
    let real = home.dir.path().join("ana-real.ron");
    fs::rename(home.file("ana"), &real).unwrap();
    std::os::unix::fs::symlink(&real, home.file("ana")).unwrap();
    let before = fs::read_to_string(&real).unwrap();
    let refused = |args: &[&str]| {
        home.rolemap().args(args).assert().code(2).stderr(
            predicate::str::contains("symbolic link")
                .and(predicate::str::contains(home.file("ana").to_str().unwrap())),
        );
    };
    refused(&["profile", "set", "ana", "--hours", "3"]);
    refused(&["profile", "show", "ana"]);
    assert!(fs::symlink_metadata(home.file("ana")).unwrap().is_symlink());
    assert_eq!(fs::read_to_string(&real).unwrap(), before);
    // A loop of links is bad input too, not a failure of rolemap.
    fs::remove_file(home.file("ana")).unwrap();
    std::os::unix::fs::symlink(home.file("ana"), home.file("ana")).unwrap();
    refused(&["profile", "show", "ana"]);
    refused(&["profile", "set", "ana", "--hours", "3"]);
    refused(&["plan", "--profile", "ana", "--to", "backend developer"]);
    assert!(fs::symlink_metadata(home.file("ana")).unwrap().is_symlink());
}

#[test]
fn folder_paths_are_printed_without_hidden_or_moving_characters() {
    let dir = tempfile::tempdir().unwrap();
    let hostile =
        "ro\u{202e}le\u{200b}map\u{2028}\u{feff}\u{61c}\u{2067}\u{1b}[31m\n\t\u{200e}home";
    let root = dir.path().join(hostile);
    let rolemap = |args: &[&str]| {
        let out = Command::cargo_bin("rolemap")
            .unwrap()
            .env("ROLEMAP_HOME", &root)
            .args(args)
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap() + &String::from_utf8(out.stderr).unwrap();
        (out.status.code(), text)
    };
    let (_, empty) = rolemap(&["profile", "list"]);
    let (_, made) = rolemap(&["profile", "new", "ana"]);
    let (_, json) = rolemap(&["profile", "list", "--json"]);
    fs::write(root.join("profiles/ana.ron"), "(version: 1,,)").unwrap();
    let (code, damaged) = rolemap(&["profile", "show", "ana"]);
    assert_eq!(code, Some(2), "{damaged}");
    for text in [&empty, &made, &json, &damaged] {
        let bad: Vec<char> = text
            .chars()
            .filter(|&c| {
                (c.is_control() && c != '\n')
                    || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
                        | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}' | '\u{61c}' | '\u{feff}')
            })
            .collect();
        assert!(bad.is_empty(), "{bad:?} in {text:?}");
        assert!(
            // Line breaks and tabs fold to spaces, as in all single-line text.
            text.contains("rolemap [31m  home"),
            "the path on one line: {text}"
        );
    }
}

#[test]
fn piped_rolemap_with_a_profile_prints_their_role_and_match() {
    let home = Home::new();
    home.ana();
    let card = home.run(&["--profile", "ana"]);
    assert!(
        card.starts_with("Junior Systems Programmer  (junior-systems-programmer)\n"),
        "{card}"
    );
    assert!(card.contains("Your match (profile ana)"), "{card}");
    // Not the entry role's overview: that has the pack's heading.
    assert!(!card.contains("Rust and systems careers"), "{card}");
    home.rolemap()
        .args(["--profile", "anna"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("there is no profile `anna`"));
    home.run(&["profile", "new", "bo"]);
    let none = home.run(&["--profile", "bo"]);
    assert!(none.contains("`bo` has no current role yet"), "{none}");
    home.run(&["profile", "set", "bo", "--target", "compiler engineer"]);
    let goal = home.run(&["--profile", "bo"]);
    assert!(goal.contains("Their goal\n\nCompiler Engineer"), "{goal}");
}

#[test]
fn hidden_times_stay_hidden_in_every_text_and_are_kept_in_json() {
    let home = Home::new();
    home.ana();
    home.run(&["profile", "set", "ana", "--hide-times"]);
    home.run(&["notes", "ana", "--add", "Hid the times", "--shared"]);
    let texts = [
        home.run(&["--profile", "ana"]),
        home.run(&["show", "backend developer", "--profile", "ana"]),
        home.run(&[
            "compare",
            "junior-systems-programmer",
            "compiler-engineer",
            "--profile",
            "ana",
        ]),
        home.run(&["plan", "--profile", "ana"]),
        home.run(&["report", "ana", "-o", "-"]),
    ];
    for text in &texts {
        assert!(!shows_months(text), "a time shows:\n{text}");
    }
    // Shown again, the same texts have their times: the check can fail.
    home.run(&["profile", "set", "ana", "--show-times"]);
    let shown = home.run(&["show", "backend developer", "--profile", "ana"]);
    assert!(shows_months(&shown), "{shown}");
    home.run(&["profile", "set", "ana", "--hide-times"]);
    // JSON keeps the figures and says they are hidden by choice.
    let card = home.json(&["show", "backend developer", "--profile", "ana", "--json"]);
    assert_eq!(card["match"]["times_hidden"], true);
    assert!(card["match"]["cost"]["max_months"].as_f64().unwrap() > 0.0);
    let plan = home.json(&["plan", "--profile", "ana", "--format", "json"]);
    assert_eq!(plan["times_hidden"], true);
    assert!(plan["routes"][0]["cost"]["max_months"].as_f64().unwrap() > 0.0);
    let compared = home.json(&[
        "compare",
        "junior-systems-programmer",
        "compiler-engineer",
        "--profile",
        "ana",
        "--json",
    ]);
    assert_eq!(compared["times_hidden"], true);
}

/// Whether `text` gives a number of months (`~3–6 mo`, `2 mo`) or an
/// estimate's mark.
fn shows_months(text: &str) -> bool {
    let bytes = text.as_bytes();
    let months = text.match_indices(" mo").any(|(at, _)| {
        let after = bytes.get(at + 3).copied().unwrap_or(b' ');
        let before = at.checked_sub(1).map(|b| bytes[b]).unwrap_or(b' ');
        !after.is_ascii_alphabetic() && before.is_ascii_digit()
    });
    months || text.contains("(est.)")
}
