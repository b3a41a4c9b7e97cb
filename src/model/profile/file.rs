//! A profile's file: the text it is saved as, and reading that text back,
//! which must survive hand edits. A file may be damaged or mistyped, from a
//! later rolemap, out of range, or hold escape sequences: the first are
//! refused here with a located problem and the last cleaned, so no face has
//! to check again.

use serde::Deserialize;

use super::{BASELINE_HOURS_PER_WEEK, FORMAT_VERSION, MAX_HOURS_PER_WEEK, Profile};
use crate::model::diagnostic::{Diagnostic, Location};
use crate::model::stored::{self, Kind};
use crate::model::text::clean_line;
use crate::model::types::MAX_LEVEL;

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

/// How profile files are spoken of in their problems.
const PROFILE: Kind = Kind {
    these_are: "this profile is",
    it_has: "the profile has",
    it: "it",
    shape: "a profile is one RON structure `(version: 1, name: \"...\", ...)`",
    fields: "see the fields of a profile in docs/profiles.md",
};

impl Profile {
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
        let version = stored::options()
            .from_str::<VersionOnly>(text)
            .map(|v| v.version);
        let profile: Profile = stored::parse(text, file, version, FORMAT_VERSION, &PROFILE)?;
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
            pack: self.pack.map(clean),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::profile::Edit;
    use crate::model::profile::tests::NOW;

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
}
