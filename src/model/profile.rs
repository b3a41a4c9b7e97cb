//! A person's profile: who they are in rolemap's terms (their skill levels,
//! the role they hold and the one they aim for, the time they can give),
//! the file format it is saved in, and the edits the faces make to it.
//!
//! Pure: reading and writing files is `store`'s job, and the clock is the
//! caller's. Roles and skills are kept by id, not by index, so a profile
//! outlives changes to a pack: ids the pack no longer has are kept in the
//! file and left out of plans.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::diagnostic::{Diagnostic, Location, offset_of};
use super::gap::Levels;
use super::text::clean_line;
use super::types::{MAX_LEVEL, Model, RoleIx};

/// The format written by this version. Files carry it so that a later
/// rolemap can read what an earlier one wrote (and an earlier one refuses a
/// later format instead of damaging it).
pub const FORMAT_VERSION: u32 = 1;

/// The pace the pack's learning times assume: about one working day a week.
pub const BASELINE_HOURS_PER_WEEK: u16 = 8;

/// The most hours a week a profile may say it can learn.
pub const MAX_HOURS_PER_WEEK: u16 = 60;

/// The longest profile name.
pub const MAX_NAME_CHARS: usize = 64;

/// The most bytes a name may take in a file name, leaving room under the
/// usual 255 for `.ron` and for the suffix a damaged file is moved aside with.
pub const MAX_NAME_BYTES: usize = 160;

/// Why a profile file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// The text is not a valid profile: damaged, or mistyped by hand.
    Invalid(Diagnostic),
    /// A later format than this version reads; the file may be fine.
    Newer(Diagnostic),
}

impl ParseError {
    pub fn diagnostic(&self) -> &Diagnostic {
        match self {
            ParseError::Invalid(d) | ParseError::Newer(d) => d,
        }
    }

    pub fn into_diagnostic(self) -> Diagnostic {
        match self {
            ParseError::Invalid(d) | ParseError::Newer(d) => d,
        }
    }
}

/// A profile as it is saved, field for field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// The file format ([`FORMAT_VERSION`] when written by this version).
    pub version: u32,
    pub name: String,
    #[serde(default)]
    pub current_role: Option<String>,
    #[serde(default)]
    pub target_role: Option<String>,
    /// Hours a week the person can learn; plans scale to it.
    #[serde(default = "baseline_hours")]
    pub hours_per_week: u16,
    /// Hide learning-time figures in plans, for those who find them discouraging.
    #[serde(default)]
    pub hide_times: bool,
    /// The person's level (1–3) by skill id; a skill not listed is at 0.
    #[serde(default)]
    pub skills: BTreeMap<String, u8>,
    /// Skills the person has marked to focus on.
    #[serde(default)]
    pub marked: BTreeSet<String>,
    /// When the profile was made and last changed (RFC 3339, UTC).
    pub created: String,
    pub updated: String,
}

fn baseline_hours() -> u16 {
    BASELINE_HOURS_PER_WEEK
}

/// One change to a profile. Edits say what the result is ("mentoring at
/// 2"), not how to get there ("one more"), so applying one again to a copy
/// another process saved in the meantime gives what the person asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// This skill (by id) at this level; 0 removes it.
    Level(String, u8),
    /// This skill marked to focus on, or not.
    Mark(String, bool),
    /// The role held now, by id, or none.
    CurrentRole(Option<String>),
    /// The role aimed for, by id, or none.
    TargetRole(Option<String>),
    /// Hours a week for learning (brought into 1 to 60).
    HoursPerWeek(u16),
    /// Hide learning times in the person's plans, or show them.
    HideTimes(bool),
}

/// A profile read against a pack: indices in place of ids.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    /// The person's level in every skill of the pack.
    pub levels: Levels,
    /// The role they hold, if the pack has it.
    pub current: Option<RoleIx>,
    /// The role they aim for, if the pack has it.
    pub target: Option<RoleIx>,
    /// Ids in the profile that the pack does not have.
    pub unknown: Vec<String>,
}

impl Profile {
    /// A new, empty profile made at `now`.
    pub fn new(name: &str, now: &str) -> Profile {
        Profile {
            version: FORMAT_VERSION,
            name: name.to_string(),
            current_role: None,
            target_role: None,
            hours_per_week: BASELINE_HOURS_PER_WEEK,
            hide_times: false,
            skills: BTreeMap::new(),
            marked: BTreeSet::new(),
            created: now.to_string(),
            updated: now.to_string(),
        }
    }

    /// The person's level in a skill, 0 when not listed.
    pub fn level(&self, skill: &str) -> u8 {
        self.skills.get(skill).copied().unwrap_or(0)
    }

    /// Whether the person marked this skill (by id) to focus on.
    pub fn is_marked(&self, skill: &str) -> bool {
        self.marked.contains(skill)
    }

    /// Applies an edit at `now`; values out of range are brought into it.
    pub fn apply(&mut self, edit: &Edit, now: &str) {
        match edit {
            Edit::Level(skill, 0) => {
                self.skills.remove(skill);
            }
            Edit::Level(skill, level) => {
                self.skills.insert(skill.clone(), (*level).min(MAX_LEVEL));
            }
            Edit::Mark(skill, true) => {
                self.marked.insert(skill.clone());
            }
            Edit::Mark(skill, false) => {
                self.marked.remove(skill);
            }
            Edit::CurrentRole(role) => self.current_role = role.clone(),
            Edit::TargetRole(role) => self.target_role = role.clone(),
            Edit::HoursPerWeek(hours) => {
                self.hours_per_week = (*hours).clamp(1, MAX_HOURS_PER_WEEK);
            }
            Edit::HideTimes(hide) => self.hide_times = *hide,
        }
        self.updated = now.to_string();
    }

    /// How much longer than the pack's times learning takes at this pace.
    pub fn pace(&self) -> f64 {
        f64::from(BASELINE_HOURS_PER_WEEK) / f64::from(self.hours_per_week.max(1))
    }

    /// The profile read against `model`.
    pub fn resolve(&self, model: &Model) -> Resolved {
        let mut unknown = Vec::new();
        let mut levels = Levels::none(model);
        for (id, &level) in &self.skills {
            match model.skill_ix(id) {
                Some(ix) => levels.set(ix, level),
                None => unknown.push(id.clone()),
            }
        }
        for id in &self.marked {
            if model.skill_ix(id).is_none() && !unknown.contains(id) {
                unknown.push(id.clone());
            }
        }
        let mut role = |id: &Option<String>| {
            let id = id.as_deref()?;
            let found = model.role_ix(id);
            if found.is_none() {
                unknown.push(id.to_string());
            }
            found
        };
        let current = role(&self.current_role);
        let target = role(&self.target_role);
        Resolved {
            levels,
            current,
            target,
            unknown,
        }
    }

    /// The profile as the text of its file.
    pub fn to_text(&self) -> String {
        let config = ron::ser::PrettyConfig::new()
            .struct_names(false)
            .indentor("    ".to_string());
        let body = ron::ser::to_string_pretty(self, config)
            .expect("a profile always serializes: it holds only strings, numbers and maps");
        format!(
            "// A rolemap profile. rolemap rewrites this file when the profile changes;\n\
             // `rolemap profile show NAME` checks it after an edit by hand.\n{body}\n"
        )
    }

    /// Reads a profile file's text; `file` names it in the problem reported.
    pub fn parse(text: &str, file: &str) -> Result<Profile, ParseError> {
        // Editors that save a byte-order mark hide it, so columns are
        // counted from after it, as the person sees them.
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        /// The version alone, read first; named as the whole is, so that
        /// messages and a file written as `Profile(...)` agree.
        #[derive(Deserialize)]
        #[serde(rename = "Profile")]
        struct VersionOnly {
            version: Option<u32>,
        }
        let options = ron::Options::default()
            .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
        let located = |e: &ron::error::SpannedError| {
            let offset = offset_of(text, e.span.start.line, e.span.start.col);
            Location::at(file, text, offset)
        };
        match options.from_str::<VersionOnly>(text) {
            Ok(VersionOnly {
                version: Some(version),
            }) if version > FORMAT_VERSION => {
                return Err(ParseError::Newer(
                    Diagnostic::error(format!(
                        "this profile is in format {version}, written by a newer rolemap; \
                     this one reads formats up to {FORMAT_VERSION}"
                    ))
                    .at(Location::at(file, text, text.find("version").unwrap_or(0)))
                    .with_hint("update rolemap to open it; the file is left as it is"),
                ));
            }
            Ok(VersionOnly {
                version: Some(0) | None,
            }) => {
                return Err(ParseError::Invalid(
                    Diagnostic::error("the profile has no format version")
                        .at(Location::at(file, text, 0))
                        .with_hint(format!(
                            "add `version: {FORMAT_VERSION},` as its first field"
                        )),
                ));
            }
            Ok(_) => {}
            Err(e) => {
                return Err(ParseError::Invalid(
                    Diagnostic::error(e.code.to_string())
                        .at(located(&e))
                        .with_hint(
                            "a profile is one RON structure `(version: 1, name: \"...\", ...)`",
                        ),
                ));
            }
        }
        let profile: Profile = options.from_str(text).map_err(|e| {
            ParseError::Invalid(
                Diagnostic::error(e.code.to_string())
                    .at(located(&e))
                    .with_hint("see the fields of a profile in docs/profiles.md"),
            )
        })?;
        profile.check(text, file).map_err(ParseError::Invalid)?;
        Ok(profile.cleaned())
    }

    /// The profile with every text cleaned of control characters: a file
    /// edited by hand must not be able to reach the terminal with escape
    /// sequences through a name, an id or a date.
    fn cleaned(self) -> Profile {
        let clean = |s: String| clean_line(&s).into_owned();
        Profile {
            name: clean(self.name),
            current_role: self.current_role.map(clean),
            target_role: self.target_role.map(clean),
            skills: self
                .skills
                .into_iter()
                .map(|(k, v)| (clean(k), v))
                .collect(),
            marked: self.marked.into_iter().map(clean).collect(),
            created: clean(self.created),
            updated: clean(self.updated),
            ..self
        }
    }

    /// Values the types allow but the scale does not.
    fn check(&self, text: &str, file: &str) -> Result<(), Diagnostic> {
        let at = |needle: &str| Location::at(file, text, text.find(needle).unwrap_or(0));
        if let Some((skill, level)) = self.skills.iter().find(|(_, l)| **l > MAX_LEVEL) {
            return Err(
                Diagnostic::error(format!("skill `{skill}` is at level {level}"))
                    .at(at(&format!("\"{skill}\"")))
                    .with_hint("levels go from 0 (none) to 3 (organisational influence)"),
            );
        }
        if !(1..=MAX_HOURS_PER_WEEK).contains(&self.hours_per_week) {
            return Err(Diagnostic::error(format!(
                "{} hours a week is outside 1 to {MAX_HOURS_PER_WEEK}",
                self.hours_per_week
            ))
            .at(at("hours_per_week"))
            .with_hint(format!(
                "{BASELINE_HOURS_PER_WEEK} is about one day a week, the pace the pack's times assume"
            )));
        }
        Ok(())
    }
}

/// Whether `name` can name a profile (and its file): 1 to 64 letters,
/// digits, spaces, `.`, `-` or `_`, not starting with a dot, a dash or a
/// space and not ending with a space. Says what is wrong otherwise.
pub fn check_name(name: &str) -> Result<(), String> {
    let count = name.chars().count();
    if count == 0 {
        return Err("a profile needs a name".into());
    }
    if count > MAX_NAME_CHARS {
        return Err(format!(
            "a profile name has at most {MAX_NAME_CHARS} characters; this one has {count}"
        ));
    }
    if name.len() > MAX_NAME_BYTES {
        return Err(format!(
            "this name takes {} bytes in a file name, and at most {MAX_NAME_BYTES} fit; use a shorter one",
            name.len()
        ));
    }
    if let Some(bad) = name
        .chars()
        .find(|&c| !(c.is_alphanumeric() || " .-_".contains(c)))
    {
        let shown = if bad.is_control() || bad.is_whitespace() || super::text::is_unsafe(bad) {
            format!("U+{:04X}", u32::from(bad))
        } else {
            format!("`{bad}`")
        };
        return Err(format!(
            "a profile name may hold letters, digits, spaces, `.`, `-` and `_`, not {shown}"
        ));
    }
    if name.starts_with(['.', '-', ' ']) || name.ends_with(' ') {
        return Err(
            "a profile name may not start with `.`, `-` or a space, nor end with a space".into(),
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::example_model;

    const NOW: &str = "2026-12-01T07:33:45Z";

    #[test]
    fn edits_set_results_and_stay_in_range() {
        let mut p = Profile::new("ana", NOW);
        p.apply(&Edit::Level("rust".into(), 2), "later");
        p.apply(&Edit::Level("mentoring".into(), 7), "later");
        assert_eq!((p.level("rust"), p.level("mentoring")), (2, 3));
        p.apply(&Edit::Level("rust".into(), 0), "later");
        assert!(!p.skills.contains_key("rust"), "level 0 is not stored");
        p.apply(&Edit::Mark("rust".into(), true), "later");
        assert!(p.is_marked("rust"));
        p.apply(&Edit::Mark("rust".into(), false), "later");
        assert!(!p.is_marked("rust"));
        p.apply(&Edit::HoursPerWeek(0), "later");
        assert_eq!(p.hours_per_week, 1);
        p.apply(&Edit::HoursPerWeek(500), "later");
        assert_eq!(p.hours_per_week, MAX_HOURS_PER_WEEK);
        assert_eq!((p.created.as_str(), p.updated.as_str()), (NOW, "later"));
    }

    #[test]
    fn pace_scales_from_one_day_a_week() {
        let mut p = Profile::new("ana", NOW);
        assert_eq!(p.pace(), 1.0);
        p.apply(&Edit::HoursPerWeek(16), NOW);
        assert_eq!(p.pace(), 0.5);
        p.apply(&Edit::HoursPerWeek(4), NOW);
        assert_eq!(p.pace(), 2.0);
    }

    #[test]
    fn text_round_trips() {
        let mut p = Profile::new("Ana García", NOW);
        p.apply(&Edit::Level("rust".into(), 2), NOW);
        p.apply(&Edit::Mark("tokio".into(), true), NOW);
        p.apply(&Edit::CurrentRole(Some("backend-developer".into())), NOW);
        let text = p.to_text();
        assert_eq!(Profile::parse(&text, "ana.ron").unwrap(), p);
    }

    #[test]
    fn a_byte_order_mark_from_an_editor_is_read_past() {
        let p = Profile::new("ana", NOW);
        let text = format!("\u{feff}{}", p.to_text());
        assert_eq!(Profile::parse(&text, "ana.ron").unwrap(), p);
    }

    #[test]
    fn resolving_keeps_unknown_ids_aside() {
        let m = example_model();
        let mut p = Profile::new("ana", NOW);
        p.apply(&Edit::Level("rust".into(), 2), NOW);
        p.apply(&Edit::Level("cobol".into(), 3), NOW);
        p.apply(&Edit::CurrentRole(Some("acme-junior-engineer".into())), NOW);
        p.apply(&Edit::TargetRole(Some("astronaut".into())), NOW);
        let r = p.resolve(&m);
        assert_eq!(r.levels.get(m.skill_ix("rust").unwrap()), 2);
        assert_eq!(r.current, m.role_ix("acme-junior-engineer"));
        assert_eq!(r.target, None);
        assert_eq!(r.unknown, ["cobol", "astronaut"]);
    }

    #[test]
    fn problems_in_a_file_are_located() {
        let bad_syntax = "(\n    version: 1,\n    name: \"ana\"\n    created: \"x\",\n)";
        let d = Profile::parse(bad_syntax, "ana.ron")
            .unwrap_err()
            .into_diagnostic();
        let at = d.location.unwrap();
        assert_eq!((at.file.as_str(), at.line), ("ana.ron", 4));

        let level = format!(
            "(version: 1, name: \"ana\", skills: {{\"rust\": 7}}, created: \"{NOW}\", updated: \"{NOW}\")"
        );
        let d = Profile::parse(&level, "ana.ron")
            .unwrap_err()
            .into_diagnostic();
        assert!(d.message.contains("level 7"), "{}", d.message);
        assert_eq!(d.location.unwrap().column, 36);

        let newer = "(version: 9, name: \"ana\", future: true)";
        let d = Profile::parse(newer, "ana.ron").unwrap_err();
        assert!(matches!(&d, ParseError::Newer(_)), "{d:?}");
        assert!(d.diagnostic().message.contains("newer rolemap"));

        let unknown = format!(
            "(version: 1, name: \"ana\", colour: 3, created: \"{NOW}\", updated: \"{NOW}\")"
        );
        let d = Profile::parse(&unknown, "ana.ron")
            .unwrap_err()
            .into_diagnostic();
        assert_eq!(d.location.unwrap().column, 27, "{}", d.message);
        assert!(Profile::parse("(name: \"x\")", "x.ron").is_err());
        assert!(Profile::parse("", "x.ron").is_err());
    }

    #[test]
    fn control_characters_in_a_file_never_come_out() {
        let text = format!(
            "(version: 1, name: \"ana\", current_role: Some(\"\\u{{1b}}]0;PWNED\\u{{7}}x\"), \
             skills: {{\"a\\u{{1b}}[2Jb\": 1}}, marked: [\"\\u{{9b}}c\"], \
             created: \"{NOW}\", updated: \"\\u{{1b}}[31mred\")"
        );
        let p = Profile::parse(&text, "ana.ron").unwrap();
        assert_eq!(p.current_role.as_deref(), Some("]0;PWNEDx"));
        assert_eq!(p.updated, "[31mred");
        assert!(p.skills.contains_key("a[2Jb"));
        assert!(p.marked.contains("c"));
    }

    #[test]
    fn names_are_safe_file_names() {
        for good in ["ana", "Ana García", "client-07", "j.doe_2", "李"] {
            assert_eq!(check_name(good), Ok(()), "{good}");
        }
        for bad in [
            "", ".hidden", "-x", " x", "x ", "a/b", "a\\b", "a\u{1b}b", "a:b",
        ] {
            assert!(check_name(bad).is_err(), "{bad:?}");
        }
        assert!(check_name(&"a".repeat(65)).is_err());
        // 64 characters, but 256 bytes: too long for a file name.
        assert!(check_name(&"𠀀".repeat(64)).unwrap_err().contains("bytes"));
        assert_eq!(check_name(&"é".repeat(64)), Ok(()));
        assert!(check_name("a\u{7}").unwrap_err().contains("U+0007"));
    }
}
