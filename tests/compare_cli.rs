//! `rolemap compare ROLE ROLE` through the real binary: the differences,
//! their times agreeing with the planner, the person's column, and errors.

#[path = "support/home.rs"]
mod home;

use home::Home;
use serde_json::Value;

#[test]
fn compare_shows_differences_whose_times_agree_with_path() {
    let home = Home::new();
    let json = home.json(&[
        "compare",
        "junior-systems-programmer",
        "backend-developer",
        "--json",
    ]);
    assert_eq!(json["first"]["id"], "junior-systems-programmer");
    let skills = json["skills"].as_array().unwrap();
    // The essential differences add up to what the move counts.
    let essential_up: f64 = skills
        .iter()
        .filter(|s| s["second"]["need"] == "essential")
        .map(|s| s["first_to_second"]["min_months"].as_f64().unwrap())
        .sum();
    let total = json["first_to_second"]["min_months"].as_f64().unwrap();
    assert!(
        (essential_up - total).abs() < 1e-9,
        "{essential_up} vs {total}"
    );
    // A direct move: path says the same.
    let path = home.json(&[
        "path",
        "junior-systems-programmer",
        "backend-developer",
        "--json",
    ]);
    let route: &Value = &path["routes"][0];
    assert_eq!(json["route_first_to_second"]["cost"], route["cost"]);
    // Text: only differences unless --all, each marked by symbol.
    let text = home.run(&["compare", "junior systems", "backend developer"]);
    assert!(
        text.starts_with("A: Junior Systems Programmer  vs  B: Backend Developer"),
        "{text}"
    );
    assert!(
        text.contains("▲ +1") && text.contains("at the same level in both are left out"),
        "{text}"
    );
    assert!(
        !text.contains("Rust fundamentals"),
        "same level, left out:\n{text}"
    );
    let all = home.run(&["compare", "junior systems", "backend developer", "--all"]);
    assert!(
        all.contains("Rust fundamentals") && all.contains("="),
        "{all}"
    );
    assert!(text.lines().all(|l| l.chars().count() <= 80), "{text}");
}

#[test]
fn with_a_profile_the_persons_levels_and_times_are_shown() {
    let home = Home::new();
    home.junior_aiming_at_senior_backend("ana", &["--hours", "4"]);
    let text = home.run(&[
        "compare",
        "junior systems",
        "backend developer",
        "--profile",
        "ana",
    ]);
    assert!(text.contains("you"), "{text}");
    assert!(text.contains("For `ana`: A takes"), "{text}");
    let json = home.json(&[
        "compare",
        "junior systems",
        "backend developer",
        "--profile",
        "ana",
        "--json",
    ]);
    assert_eq!(json["profile"], "ana");
    assert!(json["you_to_second"]["min_months"].as_f64().unwrap() > 0.0);
    let rust = json["skills"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "rust-fundamentals")
        .unwrap();
    assert_eq!(rust["you"], 2);
}

#[test]
fn compare_mistakes_are_usage_errors() {
    let home = Home::new();
    let said = home.usage_error(&["compare", "nosuchrole", "backend developer"]);
    assert!(said.contains("no role matches `nosuchrole`"), "{said}");
    let said = home.usage_error(&["compare", "embedded", "backend developer"]);
    assert!(said.contains("matches 6 roles"), "{said}");
    let said = home.usage_error(&[
        "compare",
        "compiler",
        "backend developer",
        "--profile",
        "nobody",
    ]);
    assert!(said.contains("there is no profile `nobody`"), "{said}");
}
