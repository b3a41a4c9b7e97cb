//! The person's settings for the explorer: a theme (and any meaning's
//! colour changed), keys rebound, whether the mouse is captured, and the
//! pace a new profile starts at. One RON file, `config.ron`, in the
//! platform's config folder, or in `ROLEMAP_HOME` when that is set. It is
//! read and checked as a pack is: every problem located (file, line,
//! column) with what to do, and a file with any problem is not used, so
//! the defaults stay.

use std::path::PathBuf;

use serde::Deserialize;

use crate::model::diagnostic::{Diagnostic, Location, offset_of};
use crate::model::profile::MAX_HOURS_PER_WEEK;
use crate::model::ron_scan;
use crate::palette::{Hue, Meaning, ThemeName, kebab};
use crate::tui::action::Action;
use crate::tui::keymap::Context;
use crate::tui::keys::{self, Key};

/// The settings, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub theme: ThemeName,
    /// Meanings drawn in another colour than the theme's.
    pub colours: Vec<(Meaning, Hue)>,
    /// Keys bound anew: on this screen, this key does this.
    pub keys: Vec<(Context, Key, Action)>,
    /// Whether the explorer takes the mouse (clicks, the wheel); off, the
    /// terminal keeps it, so text can be selected and copied.
    pub mouse: bool,
    /// The hours a week a new profile starts at.
    pub hours_per_week: Option<u16>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            theme: ThemeName::Dark,
            colours: Vec::new(),
            keys: Vec::new(),
            mouse: true,
            hours_per_week: None,
        }
    }
}

/// The file as written, before its names are checked.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    #[serde(default)]
    theme: Option<String>,
    #[serde(default)]
    colours: Vec<RawColour>,
    #[serde(default)]
    keys: Vec<RawKey>,
    #[serde(default)]
    mouse: Option<bool>,
    #[serde(default)]
    hours_per_week: Option<u16>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawColour {
    meaning: String,
    colour: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawKey {
    screen: String,
    key: String,
    action: String,
}

/// Where the settings are read from: `ROLEMAP_HOME` when set, else the
/// platform's config folder; none when neither is known.
pub fn path() -> Option<PathBuf> {
    match std::env::var_os("ROLEMAP_HOME").filter(|h| !h.is_empty()) {
        Some(home) => Some(PathBuf::from(home).join("config.ron")),
        None => directories::ProjectDirs::from("", "", "rolemap")
            .map(|dirs| dirs.config_dir().join("config.ron")),
    }
}

/// The settings in `path`: the defaults when there is no file, the file's
/// when it is sound, else every problem found.
pub fn load(path: &std::path::Path) -> Result<Config, Vec<Diagnostic>> {
    // Read as the store reads profiles: a regular file only (never a
    // device or a pipe through a link), of bounded size, UTF-8.
    match crate::store::read_text(path) {
        Ok(text) => parse(&text, &crate::model::text::path(path)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
        Err(e) => {
            let hint = if e.to_string().contains("UTF-8") {
                "save the file as UTF-8 text"
            } else {
                "make it a regular file of a few lines, or move it aside to use the defaults"
            };
            Err(vec![
                Diagnostic::error(format!("the settings file {e}"))
                    .at(Location::at(&crate::model::text::path(path), "", 0))
                    .with_hint(hint),
            ])
        }
    }
}

/// Screens a key may be rebound on, by the name the file gives them.
fn screen_named(name: &str) -> Option<Context> {
    Context::SCREENS
        .into_iter()
        .chain([Context::Global])
        .find(|c| kebab(&format!("{c:?}")) == name)
}

/// An action by the name the file gives it: `set-current`.
pub fn action_named(name: &str) -> Option<Action> {
    Action::ALL
        .iter()
        .copied()
        .find(|a| kebab(&format!("{a:?}")) == name)
}

/// The name the file gives an action.
pub fn action_name(action: Action) -> String {
    kebab(&format!("{action:?}"))
}

/// Reads settings from `text`; `file` names it in the problems.
pub fn parse(text: &str, file: &str) -> Result<Config, Vec<Diagnostic>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let raw: Raw = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(text)
        .map_err(|e| {
            let at = offset_of(text, e.span.start.line, e.span.start.col);
            vec![
                Diagnostic::error(e.code.to_string())
                    .at(Location::at(file, text, at))
                    .with_hint("`rolemap config print-default` shows every field with its default"),
            ]
        })?;
    let mut problems = Vec::new();
    // Where a value is, by its path (`keys[2].action`), for the problems.
    let at = |path: &str| {
        let offset = ron_scan::root(text)
            .ok()
            .and_then(|root| ron_scan::find(text, root, &ron_scan::parse_path(path)))
            .map_or(0, |c| c.value.start);
        Location::at(file, text, offset)
    };
    let names = |all: Vec<String>| all.join(", ");
    let mut config = Config::default();
    if let Some(theme) = &raw.theme {
        match ThemeName::ALL.into_iter().find(|t| t.name() == *theme) {
            Some(t) => config.theme = t,
            None => problems.push(
                Diagnostic::error(format!("there is no theme `{theme}`"))
                    .at(at("theme"))
                    .with_hint(format!(
                        "give one of {}",
                        names(ThemeName::ALL.map(ThemeName::name).to_vec())
                    )),
            ),
        }
    }
    for (n, c) in raw.colours.iter().enumerate() {
        let meaning = Meaning::ALL.into_iter().find(|m| m.name() == c.meaning);
        let hue = Hue::ALL.into_iter().find(|h| h.name() == c.colour);
        if meaning.is_none() {
            problems.push(
                Diagnostic::error(format!("there is no meaning `{}`", c.meaning))
                    .at(at(&format!("colours[{n}].meaning")))
                    .with_hint(format!(
                        "give one of {}",
                        names(Meaning::ALL.map(Meaning::name).to_vec())
                    )),
            );
        }
        if hue.is_none() {
            problems.push(
                Diagnostic::error(format!("there is no colour `{}`", c.colour))
                    .at(at(&format!("colours[{n}].colour")))
                    .with_hint(format!(
                        "give one of the terminal's colours: {}",
                        names(Hue::ALL.map(Hue::name).to_vec())
                    )),
            );
        }
        if let (Some(m), Some(h)) = (meaning, hue) {
            config.colours.push((m, h));
        }
    }
    for (n, k) in raw.keys.iter().enumerate() {
        let screen = screen_named(&k.screen);
        if screen.is_none() {
            let all = Context::SCREENS
                .into_iter()
                .chain([Context::Global])
                .map(|c| kebab(&format!("{c:?}")))
                .collect();
            problems.push(
                Diagnostic::error(format!("there is no screen `{}`", k.screen))
                    .at(at(&format!("keys[{n}].screen")))
                    .with_hint(format!("give one of {}", names(all))),
            );
        }
        let action = action_named(&k.action);
        if action.is_none() {
            problems.push(
                Diagnostic::error(format!("there is no action `{}`", k.action))
                    .at(at(&format!("keys[{n}].action")))
                    .with_hint(
                        "`rolemap config print-default` lists every action by name; Ctrl-K in \
                         the explorer shows what each does",
                    ),
            );
        }
        let parsed = match keys::parse(&k.key) {
            Ok(parsed) if parsed.len() == 1 => Some(parsed[0]),
            Ok(_) => {
                problems.push(
                    Diagnostic::error(format!("`{}` is not one key", k.key))
                        .at(at(&format!("keys[{n}].key")))
                        .with_hint("give one key per line: `x`, `<c-x>`, `<f2>`, `<enter>`"),
                );
                None
            }
            Err(why) => {
                problems.push(
                    Diagnostic::error(format!("`{}` is not a key: {why}", k.key))
                        .at(at(&format!("keys[{n}].key")))
                        .with_hint("write keys as `x`, `<c-x>`, `<s-tab>`, `<f2>`, `<enter>`"),
                );
                None
            }
        };
        if let (Some(screen), Some(key), Some(action)) = (screen, parsed, action) {
            if config.keys.iter().any(|&(s, k, _)| s == screen && k == key) {
                problems.push(
                    Diagnostic::error(format!(
                        "`{}` is bound twice on the {} screen",
                        k.key,
                        screen.name()
                    ))
                    .at(at(&format!("keys[{n}].key")))
                    .with_hint("keep one line for each key on a screen"),
                );
            } else {
                config.keys.push((screen, key, action));
            }
        }
    }
    if let Some(mouse) = raw.mouse {
        config.mouse = mouse;
    }
    if let Some(hours) = raw.hours_per_week {
        if (1..=MAX_HOURS_PER_WEEK).contains(&hours) {
            config.hours_per_week = Some(hours);
        } else {
            problems.push(
                Diagnostic::error(format!(
                    "{hours} hours a week is outside 1 to {MAX_HOURS_PER_WEEK}"
                ))
                .at(at("hours_per_week"))
                .with_hint("8 is about one day a week, the pace the pack's times assume"),
            );
        }
    }
    if problems.is_empty() {
        Ok(config)
    } else {
        Err(problems)
    }
}

/// A settings file with every field at its default, commented, for
/// `rolemap config print-default`.
pub fn default_text() -> String {
    let themes = ThemeName::ALL.map(ThemeName::name).join(", ");
    let meanings = Meaning::ALL.map(Meaning::name).join(", ");
    let hues = Hue::ALL.map(Hue::name).join(", ");
    let screens: Vec<String> = Context::SCREENS
        .into_iter()
        .chain([Context::Global])
        .map(|c| kebab(&format!("{c:?}")))
        .collect();
    let actions: Vec<String> = Action::ALL.iter().map(|&a| action_name(a)).collect();
    format!(
        "// rolemap's settings. Save as the file `rolemap config path` names.\n\
         // Every field may be left out; a file with any problem is not used\n\
         // (`rolemap config check` says where), so the defaults stay.\n\
         (\n    \
             // One of: {themes}.\n    \
             theme: \"dark\",\n    \
             // Meanings drawn in another colour. Meanings: {meanings}.\n    \
             // Colours: {hues}.\n    \
             // For example: (meaning: \"estimate\", colour: \"light-yellow\"),\n    \
             colours: [],\n    \
             // Keys bound anew, e.g. (screen: \"explore\", key: \"<c-x>\", action: \"compare\"),\n    \
             // Screens: {}.\n    \
             // Actions: {}.\n    \
             keys: [],\n    \
             // false leaves the mouse to the terminal, so text can be selected and copied.\n    \
             mouse: true,\n    \
             // The hours a week a new profile starts at (1 to {MAX_HOURS_PER_WEEK}).\n    \
             hours_per_week: 8,\n\
         )\n",
        screens.join(", "),
        actions.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_text_reads_back_as_the_defaults() {
        let config = parse(&default_text(), "config.ron").unwrap();
        assert_eq!(
            config,
            Config {
                hours_per_week: Some(8),
                ..Config::default()
            }
        );
        assert_eq!(parse("()", "config.ron").unwrap(), Config::default());
    }

    #[test]
    fn every_name_is_read() {
        let text = r#"(
            theme: "high-contrast",
            colours: [(meaning: "estimate", colour: "light-yellow")],
            keys: [(screen: "explore", key: "<c-x>", action: "compare")],
            mouse: false,
            hours_per_week: 4,
        )"#;
        let c = parse(text, "config.ron").unwrap();
        assert_eq!(c.theme, ThemeName::HighContrast);
        assert_eq!(c.colours, vec![(Meaning::Estimate, Hue::LightYellow)]);
        assert_eq!(
            c.keys,
            vec![(Context::Explore, Key::ctrl('x'), Action::Compare)]
        );
        assert!(!c.mouse);
        assert_eq!(c.hours_per_week, Some(4));
        for &action in Action::ALL {
            assert_eq!(action_named(&action_name(action)), Some(action));
        }
    }

    #[test]
    fn every_problem_is_found_and_located() {
        let text = "(\n  theme: \"neon\",\n  colours: [(meaning: \"fame\", colour: \"puce\")],\n  keys: [\n    (screen: \"explore\", key: \"x\", action: \"compare\"),\n    (screen: \"explore\", key: \"x\", action: \"plan\"),\n    (screen: \"moon\", key: \"<c-\", action: \"fly\"),\n  ],\n  hours_per_week: 99,\n)";
        let problems = parse(text, "config.ron").unwrap_err();
        let said: Vec<String> = problems.iter().map(|d| d.message.clone()).collect();
        for expected in [
            "there is no theme `neon`",
            "there is no meaning `fame`",
            "there is no colour `puce`",
            "`x` is bound twice on the Explore screen",
            "there is no screen `moon`",
            "there is no action `fly`",
            "99 hours a week is outside 1 to 60",
        ] {
            assert!(said.iter().any(|s| s == expected), "{expected} in {said:?}");
        }
        assert!(
            said.iter().any(|s| s.starts_with("`<c-` is not")),
            "{said:?}"
        );
        let line_of = |message: &str| {
            let d = problems.iter().find(|d| d.message == message).unwrap();
            d.location.as_ref().unwrap().line
        };
        assert_eq!(line_of("there is no theme `neon`"), 2);
        assert_eq!(line_of("`x` is bound twice on the Explore screen"), 6);
        assert_eq!(line_of("there is no action `fly`"), 7);
        assert_eq!(line_of("99 hours a week is outside 1 to 60"), 9);
        // Fields it does not know, and text that is not RON, are located too.
        let unknown = parse("(colour: \"red\")", "config.ron").unwrap_err();
        assert_eq!(unknown[0].location.as_ref().unwrap().line, 1);
        assert!(parse("(theme: ", "config.ron").is_err());
    }
}
