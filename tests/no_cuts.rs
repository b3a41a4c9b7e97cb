//! Every command's text, piped as a script reads it, on the bundled pack:
//! no name or id is ever cut with "…", and a table's row stays one line,
//! so `grep NAME` finds the id beside it.

use serde_json::Value;

#[path = "support/home.rs"]
mod home;

use home::Home;

/// The text of `args`, piped with no `COLUMNS` set.
fn piped(home: &Home, args: &[&str]) -> String {
    let mut cmd = home.rolemap();
    cmd.env_remove("COLUMNS");
    home.run_in(cmd, args)
}

fn ids(home: &Home, what: &str) -> Vec<(String, String)> {
    let doc: Value = serde_json::from_str(&piped(home, &[what, "--json"])).unwrap();
    let name = if what == "roles" { "title" } else { "name" };
    doc[what]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["id"].as_str().unwrap().to_string(),
                r[name].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn no_command_cuts_a_name_or_an_id_when_piped() {
    let home = Home::new();
    home.junior_aiming_at_senior_backend("ana", &["--skill", "tokio=1"]);
    home.run(&[
        "notes",
        "ana",
        "--add",
        "Talked about the long-named skills",
    ]);
    let roles = ids(&home, "roles");
    let mut runs: Vec<Vec<String>> = [
        &["roles"][..],
        &["skills"],
        &["search", "rust"],
        &["search", "async design"],
        &["profile", "list"],
        &["profile", "show", "ana"],
        &["plan", "--profile", "ana"],
        &["notes", "ana"],
        &["report", "ana", "-o", "-"],
        &["validate", "assets/rust-careers"],
        &["packs"],
        &["map"],
        &["map", "--format", "dot"],
        &["config", "path"],
        &["config", "check"],
        &["config", "print-default"],
        &[
            "compare",
            "backend-developer",
            "senior-backend-engineer",
            "--all",
        ],
        &[
            "compare",
            "junior-systems-programmer",
            "compiler-engineer",
            "--profile",
            "ana",
        ],
    ]
    .iter()
    .map(|args| args.iter().map(|a| a.to_string()).collect())
    .collect();
    for (id, _) in &roles {
        runs.push(vec!["show".into(), id.clone()]);
        runs.push(vec![
            "show".into(),
            id.clone(),
            "--profile".into(),
            "ana".into(),
        ]);
        runs.push(vec![
            "path".into(),
            "junior-systems-programmer".into(),
            id.clone(),
            "--alternatives".into(),
            "1".into(),
        ]);
    }
    for (id, _) in ids(&home, "skills") {
        runs.push(vec!["skill".into(), id]);
    }
    for args in &runs {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let text = piped(&home, &args);
        for line in text.lines() {
            assert!(!line.contains('…'), "{args:?} cuts: {line:?}");
        }
    }
    // Each row of the lists is one line with the whole name and its id.
    let skills = piped(&home, &["skills"]);
    for (id, name) in ids(&home, "skills") {
        assert!(
            skills
                .lines()
                .any(|l| l.contains(&name) && l.contains(&format!("  {id}  "))),
            "`{name}` and `{id}` on one line:\n{skills}"
        );
    }
    let listed = piped(&home, &["roles"]);
    for (id, title) in roles {
        assert!(
            listed
                .lines()
                .any(|l| l.contains(&title) && l.ends_with(&format!("  {id}"))),
            "`{title}` and `{id}` on one line:\n{listed}"
        );
    }
}
