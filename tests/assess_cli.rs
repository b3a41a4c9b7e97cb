//! `rolemap assess NAME` through the real binary with piped answers:
//! answer, skip, back, a wrong answer, stop, and resuming where it stopped.

#[path = "support/home.rs"]
mod home;

use home::Home;

fn assess(home: &Home, args: &[&str], answers: &str) -> String {
    let out = home
        .rolemap()
        .arg("assess")
        .args(args)
        .write_stdin(answers)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn answers_are_saved_as_given_and_a_stop_resumes_where_it_stopped() {
    let home = Home::new();
    home.junior_aiming_at_senior_backend("bo", &[]);
    // 2 for the first, 1 then back to it, 3 for it instead, a wrong
    // answer (asked again), a skip, then stop.
    let said = assess(
        &home,
        &["bo", "--skills", "target"],
        "2\n1\nb\n3\nmaybe\n\nstop\n",
    );
    assert!(said.contains("Question 1 of "), "{said}");
    assert!(said.contains("`maybe` is not an answer"), "{said}");
    assert!(said.contains("Stopped after 3 of the questions"), "{said}");
    let json = home.json(&["profile", "show", "bo", "--json"]);
    let level = |name: &str| {
        json["profile"]["skills"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["name"] == name)
            .map(|s| s["level"].as_u64().unwrap())
    };
    let first = said
        .lines()
        .find_map(|l| {
            l.strip_prefix("Question 1 of ")
                .and_then(|r| r.split_once(": "))
        })
        .map(|(_, name)| name.to_string())
        .unwrap();
    let second = said
        .lines()
        .find_map(|l| {
            l.strip_prefix("Question 2 of ")
                .and_then(|r| r.split_once(": "))
        })
        .map(|(_, name)| name.to_string())
        .unwrap();
    assert_eq!(level(&first), Some(2));
    assert_eq!(level(&second), Some(3), "back, then answered again");
    // The next run starts at question 4: 1-3 were asked.
    let again = assess(&home, &["bo", "--skills", "target"], "stop\n");
    assert!(again.contains("Question 4 of "), "{again}");
    assert!(!again.contains("Question 1 of "), "{again}");
    // Answering the rest alike finishes, says what changed, and warns.
    let rest = assess(&home, &["bo", "--skills", "target"], &"1\n".repeat(60));
    assert!(rest.contains("Done. What changed for `bo`:"), "{rest}");
    assert!(rest.contains("essential skills met"), "{rest}");
    assert!(
        rest.contains("The plan's total, by the fastest route from"),
        "{rest}"
    );
    assert!(rest.contains("Most answers give the same level"), "{rest}");
    assert!(
        !home.dir.path().join("assessments/bo.txt").exists(),
        "finished: no place kept"
    );
}

#[test]
fn assess_mistakes_are_usage_errors() {
    let home = Home::new();
    home.run(&["profile", "new", "cy"]);
    let said = home.usage_error(&["assess", "cy"]);
    assert!(said.contains("nothing to ask `cy`"), "{said}");
    let said = home.usage_error(&["assess", "cy", "--skills", "everything"]);
    assert!(
        said.contains("is not a choice") && said.contains("async"),
        "{said}"
    );
    let said = home.usage_error(&["assess", "cyy"]);
    assert!(said.contains("did you mean `cy`"), "{said}");
    // A category of the pack works without roles.
    let out = assess(&home, &["cy", "--skills", "async"], "stop\n");
    assert!(out.contains("Question 1 of "), "{out}");
}
