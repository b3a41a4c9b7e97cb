use super::*;
use crate::model::Severity;
use crate::model::load::parse_files;

/// A small valid pack; each test breaks one thing in it.
const BASE: &str = r#"(
    pack: (id: "t", name: "T", version: "1", description: "d", licence: "CC0", entry_role: "junior"),
    sources: [
        (id: "src", title: "S", publisher: "P", url: "https://example.com", date: "2025-05", kind: Primary, note: "n"),
    ],
    tracks: [(id: "dev", name: "Dev", summary: "s")],
    skills: [
        (id: "basics", name: "Basics", category: Language, summary: "s", resources: [(title: "R", url: "https://example.com/r", kind: OfficialDocs, price: Free)],
         learning: [Estimate(min: 1, max: 2, basis: "b"), Estimate(min: 2, max: 4, basis: "b"), Unknown]),
        (id: "advanced", name: "Advanced", category: Systems, summary: "s", resources: [(title: "R", url: "https://example.com/r", kind: OfficialDocs, price: Free)],
         learning: [Sourced(value: 1, source: "src"), Estimate(min: 2, max: 4, basis: "b"), Unknown],
         prerequisites: ["basics"]),
    ],
    roles: [
        (id: "junior", title: "Junior", band: Junior, track: "dev", summary: "s",
         responsibilities: ["r"], skills: [(skill: "basics", level: 1)], requirements_basis: "b"),
        (id: "senior", title: "Senior", band: Senior, track: "dev", summary: "s",
         responsibilities: ["r"], skills: [(skill: "basics", level: 2), (skill: "advanced", level: 2)],
         requirements_basis: "b", sources: ["src"]),
    ],
    moves: [(from: "junior", to: "senior", kind: Promotion, note: "n")],
)"#;

fn check(text: &str) -> (Option<PackData>, Vec<Diagnostic>) {
    let files = [SourceFile::new("p.ron", text)];
    let (parsed, mut problems) = parse_files(&files);
    let (data, more) = validate(&files, &parsed);
    problems.extend(more);
    let data = data.filter(|_| !problems.iter().any(Diagnostic::is_error));
    (data, problems)
}

/// BASE with `from` replaced by `to` (which must occur in BASE).
fn broken(from: &str, to: &str) -> Vec<Diagnostic> {
    assert!(BASE.contains(from), "BASE has no {from:?}");
    let (data, problems) = check(&BASE.replacen(from, to, 1));
    assert!(data.is_none() || problems.iter().all(|p| !p.is_error()));
    problems
}

/// The one error in `problems`, checked to point at `line` of the text.
fn only_error(problems: &[Diagnostic], needle: &str) -> Diagnostic {
    let errors: Vec<_> = problems.iter().filter(|p| p.is_error()).collect();
    assert_eq!(errors.len(), 1, "{problems:#?}");
    assert!(
        errors[0].message.contains(needle),
        "{:?} lacks {needle:?}",
        errors[0].message
    );
    errors[0].clone()
}

fn position(d: &Diagnostic) -> (usize, usize) {
    let at = d.location.as_ref().expect("located");
    (at.line, at.column)
}

#[test]
fn the_base_pack_is_valid_without_warnings() {
    let (data, problems) = check(BASE);
    assert!(problems.is_empty(), "{problems:#?}");
    let data = data.unwrap();
    assert_eq!(data.roles.len(), 2);
    assert_eq!(data.info.entry_role, RoleIx(0));
    assert_eq!(data.skills[1].prerequisites, vec![SkillIx(0)]);
}

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
fn dangling_references() {
    let d = only_error(
        &broken("(skill: \"advanced\"", "(skill: \"advanced-x\""),
        "unknown skill `advanced-x`",
    );
    assert_eq!(d.hint.as_deref(), Some("did you mean `advanced`?"));
    assert_eq!(position(&d), (18, 81));
    only_error(
        &broken("to: \"senior\"", "to: \"nobody\""),
        "unknown role `nobody`",
    );
    only_error(
        &broken(
            "track: \"dev\", summary: \"s\",\n         responsibilities: [\"r\"], skills: [(skill: \"basics\", level: 1)]",
            "track: \"ops\", summary: \"s\",\n         responsibilities: [\"r\"], skills: [(skill: \"basics\", level: 1)]",
        ),
        "unknown track `ops`",
    );
    only_error(
        &broken("sources: [\"src\"]", "sources: [\"elsewhere\"]"),
        "unknown source `elsewhere`",
    );
    only_error(
        &broken(
            "Sourced(value: 1, source: \"src\")",
            "Sourced(value: 1, source: \"nope\")",
        ),
        "unknown source `nope`",
    );
    only_error(
        &broken("entry_role: \"junior\"", "entry_role: \"jnuior\""),
        "unknown role `jnuior`",
    );
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
fn levels_out_of_range() {
    let d = only_error(
        &broken(
            "(skill: \"basics\", level: 1)",
            "(skill: \"basics\", level: 4)",
        ),
        "level 4 is out of range",
    );
    assert_eq!(position(&d), (16, 69));
    only_error(
        &broken(
            "(skill: \"basics\", level: 1)",
            "(skill: \"basics\", level: 0)",
        ),
        "level 0",
    );
}

#[test]
fn empty_required_text() {
    let d = only_error(
        &broken("title: \"Senior\"", "title: \"  \""),
        "`title` is empty",
    );
    assert_eq!(position(&d), (17, 31));
    only_error(&broken("note: \"n\")]", "note: \"\")]"), "`note` is empty");
    only_error(&broken("basis: \"b\"", "basis: \"\""), "`basis` is empty");
    only_error(
        &broken("title: \"Senior\"", "title: \"\u{200b}\u{7}\""),
        "`title` is empty",
    );
}

#[test]
fn learning_needs_two_study_figures_and_a_source_for_level_three() {
    only_error(
        &broken(
            ", Estimate(min: 2, max: 4, basis: \"b\"), Unknown]),\n        (id: \"advanced\"",
            "]),\n        (id: \"advanced\"",
        ),
        "has 1 figures",
    );
    let level_three = only_error(
        &broken(
            "Estimate(min: 2, max: 4, basis: \"b\"), Unknown]),\n        (id: \"advanced\"",
            "Estimate(min: 2, max: 4, basis: \"b\"), Estimate(min: 6, max: 12, basis: \"b\")]),\n        (id: \"advanced\"",
        ),
        "no source states it",
    );
    assert!(
        level_three
            .hint
            .as_deref()
            .unwrap()
            .contains("time in a role")
    );
    // Without a third figure, or with `Unknown` or a sourced one, it is valid.
    let (data, problems) = check(&BASE.replace(", Unknown]", "]"));
    assert!(problems.is_empty() && data.is_some(), "{problems:#?}");
    let sourced = BASE.replacen(", Unknown]", ", Sourced(value: 9, source: \"src\")]", 1);
    let (data, problems) = check(&sourced);
    assert!(problems.is_empty(), "{problems:#?}");
    let skill = &data.unwrap().skills[0];
    assert!(matches!(skill.influence, Some(Figure::Sourced { .. })));
}

#[test]
fn figures_need_sane_ranges_and_values() {
    only_error(
        &broken("Estimate(min: 1, max: 2,", "Estimate(min: 3, max: 2,"),
        "larger than its max",
    );
    only_error(
        &broken("Estimate(min: 1, max: 2,", "Estimate(min: -1, max: 2,"),
        "not a valid figure",
    );
    only_error(
        &broken("Sourced(value: 1, source", "Sourced(source"),
        "needs either `value`",
    );
    let (data, problems) =
        check(&BASE.replacen("Estimate(min: 1, max: 2,", "Estimate(min: -0.0, max: 2,", 1));
    assert!(problems.is_empty(), "{problems:#?}");
    let lows: Vec<f64> = data
        .unwrap()
        .skills
        .iter()
        .flat_map(|s| s.learning.iter())
        .filter_map(|f| match f {
            Figure::Estimate { range, .. } => Some(range.min),
            _ => None,
        })
        .collect();
    assert!(lows.iter().all(|x| x.is_sign_positive()), "{lows:?}");
    only_error(
        &broken(
            "Sourced(value: 1, source",
            "Sourced(value: 1, min: 1, max: 2, source",
        ),
        "needs either `value`",
    );
}

#[test]
fn a_figure_must_be_sourced_estimated_or_unknown() {
    // The move no longer parses, so the roles are left unconnected (warnings).
    let problems = broken(
        "kind: Promotion, note",
        "kind: Promotion, experience: 3, note",
    );
    let d = only_error(&problems, "");
    assert_eq!(position(&d), (21, 73));
    assert!(d.hint.unwrap().contains("Estimate("));
}

#[test]
fn ids_are_kebab_case() {
    let d = only_error(
        &broken("pack: (id: \"t\"", "pack: (id: \"Acme_Ladder\""),
        "not lowercase kebab-case",
    );
    assert_eq!(d.hint.as_deref(), Some("write it like `acme-ladder`"));
}

#[test]
fn dates_and_urls() {
    only_error(
        &broken("date: \"2025-05\"", "date: \"May 2025\""),
        "is not a date",
    );
    only_error(
        &broken("date: \"2025-05\"", "date: \"2025-13\""),
        "is not a date",
    );
    only_error(
        &broken("url: \"https://example.com\"", "url: \"example.com\""),
        "not a web address",
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
fn a_role_needs_skills_and_unique_requirements() {
    only_error(
        &broken("skills: [(skill: \"basics\", level: 1)]", "skills: []"),
        "requires no skills",
    );
    only_error(
        &broken(
            "skills: [(skill: \"basics\", level: 1)]",
            "skills: [(skill: \"basics\", level: 1), (skill: \"basics\", level: 2)]",
        ),
        "required twice",
    );
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
fn control_characters_are_removed_with_a_warning() {
    let (data, problems) =
        check(&BASE.replacen("title: \"Senior\"", "title: \"Sen\\u{1b}[2Jior\"", 1));
    assert_eq!(data.unwrap().roles[1].title, "Sen[2Jior");
    assert!(
        problems[0].message.contains("control characters"),
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

#[test]
fn helpers() {
    assert!(is_kebab_case("a-b-2"));
    assert!(!is_kebab_case("a--b") || !is_kebab_case("-a") || !is_kebab_case("A"));
    assert!(!is_kebab_case(""));
    assert!(is_date("2025") && is_date("2025-01") && is_date("2025-01-31"));
    assert!(!is_date("2025-1") && !is_date("25-01-01") && !is_date("2025-01-32"));
    assert_eq!(suggest_kebab("SeniorDev_2"), "senior-dev-2");
}

/// The warnings of `advice.rs`, each at the place to change.
mod advice {
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
}
