//! The pack checked as a whole: duplicates, cycles, sections, loose ends.

use super::*;

#[test]
fn duplicate_ids() {
    let problems = broken(
        "tracks: [(id: \"dev\", name: \"Dev\", summary: \"s\")]",
        "tracks: [(id: \"dev\", name: \"Dev\", summary: \"s\"), (id: \"dev\", name: \"Ops\", summary: \"s\")]",
    );
    let d = only_error(&problems, "duplicate track id `dev`");
    assert_eq!(position(&d), (6, 59));
    assert!(d.hint.unwrap().contains("p.ron:6:19"));
}

#[test]
fn prerequisite_cycles() {
    let problems = broken(
        "(id: \"basics\", name: \"Basics\", category: Language, summary: \"s\",",
        "(id: \"basics\", name: \"Basics\", category: Language, summary: \"s\", prerequisites: [\"advanced\"],",
    );
    let d = only_error(&problems, "prerequisites form a cycle");
    assert!(
        d.message.contains("basics → advanced → basics"),
        "{}",
        d.message
    );
}

#[test]
fn self_prerequisite() {
    only_error(
        &broken(
            "prerequisites: [\"basics\"]",
            "prerequisites: [\"advanced\"]",
        ),
        "lists itself",
    );
}

#[test]
fn moves_must_join_two_roles_and_not_repeat() {
    only_error(&broken("to: \"senior\"", "to: \"junior\""), "to itself");
    only_error(
        &broken(
            "kind: Promotion, note: \"n\")]",
            "kind: Promotion, note: \"n\"), (from: \"junior\", to: \"senior\", kind: Lateral, note: \"m\")]",
        ),
        "declared twice",
    );
    only_error(
        &broken(
            "kind: Promotion, note",
            "kind: Promotion, both_ways: true, note",
        ),
        "cannot go both ways",
    );
}

#[test]
fn a_pack_needs_one_pack_section_and_roles() {
    let problems = broken(
        "pack: (id: \"t\", name: \"T\", version: \"1\", description: \"d\", licence: \"CC0\", entry_role: \"junior\"),",
        "",
    );
    only_error(&problems, "no file of the pack has a `pack` section");
    let (_, problems) = check(
        "(pack: (id: \"t\", name: \"T\", version: \"1\", description: \"d\", licence: \"CC0\"))",
    );
    only_error(&problems, "defines no roles");
}

#[test]
fn unconnected_roles_and_unused_skills_are_warnings() {
    let (data, problems) = check(
        &BASE
            .replacen("moves: [", "moves: [], unused: [", 0)
            .replacen(
                "    moves: [(from: \"junior\", to: \"senior\", kind: Promotion, note: \"n\")],\n",
                "",
                1,
            ),
    );
    assert!(data.is_some(), "{problems:#?}");
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(problems.iter().all(|p| p.severity == Severity::Warning));
    assert!(
        problems[0]
            .message
            .contains("no move reaches or leaves role `junior`")
    );

    let (data, problems) = check(&BASE.replacen(
            "prerequisites: [\"basics\"]),",
            "prerequisites: [\"basics\"]),\n        (id: \"spare\", name: \"Spare\", category: Data, summary: \"s\", learning: [Unknown, Unknown, Unknown]),",
            1,
        ));
    assert!(data.is_some());
    assert!(
        problems[0]
            .message
            .contains("no role requires skill `spare`"),
        "{problems:#?}"
    );
}

#[test]
fn every_problem_is_reported_in_one_run() {
    let text = BASE
        .replacen("(skill: \"advanced\"", "(skill: \"nope\"", 1)
        .replacen("to: \"senior\"", "to: \"nobody\"", 1)
        .replacen("level: 1)", "level: 9)", 1)
        .replacen("date: \"2025-05\"", "date: \"soon\"", 1);
    let (data, problems) = check(&text);
    assert!(data.is_none());
    assert_eq!(
        problems.iter().filter(|p| p.is_error()).count(),
        4,
        "{problems:#?}"
    );
    let lines: Vec<usize> = problems.iter().map(|p| position(p).0).collect();
    let mut sorted = lines.clone();
    sorted.sort();
    assert_eq!(lines, sorted, "diagnostics come in file order");
}
