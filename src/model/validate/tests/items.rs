//! Each item checked on its own: references, levels, text, figures, ids.

use super::*;

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
fn level_descriptions_are_three_or_none() {
    let from = "prerequisites: [\"basics\"]),";
    let three = "prerequisites: [\"basics\"], levels: [\"reads it\", \"writes it\", \"\\u{1b}[2Jleads it\"]),";
    let (data, problems) = check(&BASE.replacen(from, three, 1));
    assert!(problems.iter().all(|p| !p.is_error()), "{problems:#?}");
    let data = data.unwrap();
    let advanced = data.skills.iter().find(|s| s.id == "advanced").unwrap();
    assert_eq!(advanced.levels, ["reads it", "writes it", "[2Jleads it"]);
    assert_eq!(advanced.descriptor(2), Some("writes it"));
    assert_eq!(advanced.descriptor(0), None);
    let d = only_error(
        &broken(
            from,
            "prerequisites: [\"basics\"], levels: [\"reads it\", \"writes it\"]),",
        ),
        "describes 2 levels",
    );
    assert!(d.hint.unwrap().contains("three texts"));
    assert!(d.location.is_some());
    only_error(
        &broken(
            from,
            "prerequisites: [\"basics\"], levels: [\"a\", \" \", \"c\"]),",
        ),
        "`levels[1]` is empty",
    );
}
