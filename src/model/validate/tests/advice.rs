//! The warnings of `advice.rs`, each at the place to change.

use super::*;

fn warnings(text: &str) -> Vec<Diagnostic> {
    let (data, problems) = check(text);
    assert!(data.is_some(), "{problems:#?}");
    problems
}

fn only_warning(problems: &[Diagnostic], needle: &str) -> Diagnostic {
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].severity, Severity::Warning);
    assert!(problems[0].message.contains(needle), "{problems:#?}");
    problems[0].clone()
}

#[test]
fn a_promotion_that_drops_or_lowers_a_skill_is_flagged_unless_it_says_so() {
    let lowered = BASE.replace(
        "skills: [(skill: \"basics\", level: 2), (skill: \"advanced\", level: 2)]",
        "skills: [(skill: \"advanced\", level: 2)]",
    );
    let w = only_warning(
        &warnings(&lowered),
        "drops the essential skill `basics` (level 1)",
    );
    assert!(w.hint.as_deref().unwrap().contains("drops: [...]"));
    let moves = BASE.lines().position(|l| l.contains("moves: [")).unwrap() + 1;
    assert_eq!(position(&w).0, moves, "points at the move");
    let optional = BASE.replace(
        "(skill: \"basics\", level: 2), (skill: \"advanced\"",
        "(skill: \"basics\", level: 2, need: Optional), (skill: \"advanced\"",
    );
    only_warning(&warnings(&optional), "drops the essential skill `basics`");
    let said = lowered.replace(
        "kind: Promotion, note",
        "kind: Promotion, drops: [\"basics\"], note",
    );
    assert!(warnings(&said).is_empty());
    let needless = BASE.replace(
        "kind: Promotion, note",
        "kind: Promotion, drops: [\"basics\"], note",
    );
    only_warning(&warnings(&needless), "`senior` still requires it");
    let stranger = BASE.replace(
        "kind: Promotion, note",
        "kind: Promotion, drops: [\"advanced\"], note",
    );
    only_warning(&warnings(&stranger), "does not require as essential");
    let lateral = BASE.replace(
        "kind: Promotion, note",
        "kind: Lateral, drops: [\"basics\"], note",
    );
    let (_, problems) = check(&lateral);
    only_error(&problems, "only a promotion lists the skills it drops");
}

#[test]
fn a_move_up_a_band_is_a_promotion() {
    let w = only_warning(
        &warnings(&BASE.replace("kind: Promotion", "kind: Specialisation")),
        "the specialisation between `junior` and `senior` rises a band",
    );
    assert!(w.hint.as_deref().unwrap().contains("kind: Promotion"));
    let back = BASE.replace(
        "(from: \"junior\", to: \"senior\", kind: Promotion",
        "(from: \"senior\", to: \"junior\", kind: Lateral, both_ways: true",
    );
    only_warning(
        &warnings(&back),
        "the lateral move between `senior` and `junior` rises a band",
    );
    let down = BASE.replace(
        "(from: \"junior\", to: \"senior\", kind: Promotion",
        "(from: \"senior\", to: \"junior\", kind: Lateral",
    );
    assert!(warnings(&down).is_empty(), "a step down is not flagged");
}

#[test]
fn every_skill_has_a_resource_official_first() {
    let none = BASE.replacen(
        " resources: [(title: \"R\", url: \"https://example.com/r\", kind: OfficialDocs, price: Free)],",
        "",
        1,
    );
    only_warning(&warnings(&none), "skill `basics` has no learning resource");
    let late = BASE.replacen(
        "resources: [(title: \"R\"",
        "resources: [(title: \"B\", url: \"https://example.com/b\", kind: Book, price: Paid), (title: \"R\"",
        1,
    );
    only_warning(
        &warnings(&late),
        "lists its official documentation after other resources",
    );
}
