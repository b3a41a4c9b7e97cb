//! Tests of the checks, on a small base pack broken one way at a time.

use super::*;
use crate::model::Severity;
use crate::model::load::parse_files;

/// A small valid pack; each test breaks one thing in it.
pub(super) const BASE: &str = r#"(
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

pub(super) fn check(text: &str) -> (Option<PackData>, Vec<Diagnostic>) {
    let files = [SourceFile::new("p.ron", text)];
    let (parsed, mut problems) = parse_files(&files);
    let (data, more) = validate(&files, &parsed);
    problems.extend(more);
    let data = data.filter(|_| !problems.iter().any(Diagnostic::is_error));
    (data, problems)
}

/// BASE with `from` replaced by `to` (which must occur in BASE).
pub(super) fn broken(from: &str, to: &str) -> Vec<Diagnostic> {
    assert!(BASE.contains(from), "BASE has no {from:?}");
    let (data, problems) = check(&BASE.replacen(from, to, 1));
    assert!(data.is_none() || problems.iter().all(|p| !p.is_error()));
    problems
}

/// The one error in `problems`, checked to point at `line` of the text.
pub(super) fn only_error(problems: &[Diagnostic], needle: &str) -> Diagnostic {
    let errors: Vec<_> = problems.iter().filter(|p| p.is_error()).collect();
    assert_eq!(errors.len(), 1, "{problems:#?}");
    assert!(
        errors[0].message.contains(needle),
        "{:?} lacks {needle:?}",
        errors[0].message
    );
    errors[0].clone()
}

pub(super) fn position(d: &Diagnostic) -> (usize, usize) {
    let at = d.location.as_ref().expect("located");
    (at.line, at.column)
}

mod advice;
mod cores;
mod items;
mod whole;

#[test]
fn the_base_pack_is_valid_without_warnings() {
    let (data, problems) = check(BASE);
    assert!(problems.is_empty(), "{problems:#?}");
    let data = data.unwrap();
    assert_eq!(data.roles.len(), 2);
    assert_eq!(data.info.entry_role, RoleIx(0));
    assert_eq!(data.skills[1].prerequisites, vec![SkillIx(0)]);
}
