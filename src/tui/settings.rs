//! What the explorer starts with: the settings (the file's when it is
//! sound, else the defaults and what to tell the person about the file),
//! and the pack the profile was made on.

use std::path::Path;

use super::prepared::Prepared;
use super::session::Session;
use super::terminal;
use super::theme::Theme;
use crate::cli::Cli;
use crate::commands::{self, Failure};
use crate::config::{self, Config};
use crate::model::map::canvas::Glyphs;
use crate::model::{Diagnostic, Model};

/// What a run starts with: the pack (`loaded`, when it is loaded already
/// behind the loading screen: `--data`, or an installed pack; else
/// `pack`, once chosen in the picker; else what the command line asks;
/// else `remembered`, the profile that will open and the pack it was made
/// on, as [`remembered_pack_id`] finds them), the settings, and
/// the profile. Loaded before the screen is taken over, so a pack's
/// errors, a bad --profile name or a profile from a newer rolemap are
/// reported on a normal terminal (a pack slow enough to have shown the
/// loading screen is reported once it is left). (Decoding the bundled
/// pack on a second thread during terminal set-up was measured slower on
/// two cores.)
pub(super) fn prepare(
    cli: &Cli,
    pack: Option<&str>,
    remembered: Option<(String, String)>,
    loaded: Option<(Model, Vec<Diagnostic>)>,
    color: bool,
) -> Result<(Prepared, Theme, Session), Failure> {
    let (remembered, pack_note) = match (pack, &loaded) {
        (None, None) => remembered_pack(remembered),
        _ => (None, None),
    };
    let (model, warnings) = match (pack, remembered, loaded) {
        (_, _, Some(loaded)) => loaded,
        (Some(id), _, None) => (commands::pack_by_id(id)?, Vec::new()),
        (None, Some(model), None) => (model, Vec::new()),
        (None, None, None) => commands::load_model(cli)?,
    };
    // The settings: a file with problems is not used; they are said over
    // the first frame, with where each is, and the defaults stay.
    let (config, config_note) = load();
    let mut session = Session::open(cli, &model, config.hours_per_week)?;
    if let Some(said) = pack_note {
        session.status = Some(said);
    }
    if let Some(id) = pack {
        session.status = Some(format!("Opened the pack `{id}`."));
    }
    if let Some(note) = config_note {
        // A profile's own notice comes first; this one after it.
        session.note = Some(match session.note.take() {
            Some(first) => format!("{first}\n\n{note}"),
            None => note,
        });
    }
    terminal::set_mouse(config.mouse);
    let prepared = Prepared::new(model, warnings.len())
        .with_keys(&config.keys)
        .with_glyphs(map_glyphs());
    let theme = Theme::named(color, config.theme, &config.colours);
    Ok((prepared, theme, session))
}

/// Box drawing where the locale says UTF-8 (or says nothing), ASCII
/// where it names another character set, as the Linux console's `C` does.
fn map_glyphs() -> Glyphs {
    let locale = ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .find_map(|name| std::env::var(name).ok().filter(|v| !v.is_empty()));
    glyphs_for(locale.as_deref())
}

fn glyphs_for(locale: Option<&str>) -> Glyphs {
    match locale {
        Some(l) if !l.to_ascii_lowercase().replace('-', "").contains("utf8") => Glyphs::Ascii,
        _ => Glyphs::Boxes,
    }
}

/// The settings to start with, and a notice when the file is not used.
pub fn load() -> (Config, Option<String>) {
    let path = config::path();
    match path.as_deref().map(config::load) {
        Some(Err(problems)) => (Config::default(), Some(note(&problems, path.as_deref()))),
        Some(Ok(config)) => (config, None),
        None => (Config::default(), None),
    }
}

/// The pack to open for the profile `remembered` names (with the pack it
/// was made on), when no pack was asked for: that pack, installed; else a
/// note that it is not installed, and the bundled pack is used.
fn remembered_pack(
    remembered: Option<(String, String)>,
) -> (Option<crate::model::Model>, Option<String>) {
    let Some((name, pack)) = remembered else {
        return (None, None);
    };
    match crate::commands::packs::installed_pack(&pack) {
        Ok(model) => (Some(model), None),
        Err(_) => (
            None,
            Some(format!(
                "Profile `{name}` was made on the pack `{pack}`, which is not installed here; it opens on the bundled pack (`rolemap packs add PATH` installs one)."
            )),
        ),
    }
}

/// The profile that will open and the pack other than the bundled one
/// it was made on, when no pack was asked for on the command line.
pub fn remembered_pack_id(cli: &crate::cli::Cli) -> Option<(String, String)> {
    if cli.pack.is_some() || cli.data.is_some() {
        return None;
    }
    let store = crate::store::Store::open().ok()?;
    let (name, _) = store.chosen(cli.profile.as_deref());
    // Most profiles name no pack: the file is parsed (once more, before
    // Session::open parses it) only when it does.
    let names_one =
        crate::store::read_text(&store.path_of(&name)).is_ok_and(|text| text.contains("pack:"));
    if !names_one {
        return None;
    }
    let pack = store.load(&name).ok()?.pack?;
    (pack != crate::bundled::ID).then_some((name, pack))
}

/// What the explorer says of a settings file it does not use: that the
/// defaults stay, and the first problems with where they are.
fn note(problems: &[Diagnostic], path: Option<&Path>) -> String {
    let shown = path.map(crate::model::text::path).unwrap_or_default();
    let mut said = format!(
        "The settings in {shown} are not used: the defaults stay until {} fixed \
         (`rolemap config check` shows where).",
        if problems.len() == 1 {
            "this is"
        } else {
            "these are"
        }
    );
    for d in problems.iter().take(5) {
        let at = d
            .location
            .as_ref()
            .map(|l| format!("line {}, column {}: ", l.line, l.column))
            .unwrap_or_default();
        said.push_str(&format!("\n{at}{}", d.message));
        if let Some(hint) = &d.hint {
            said.push_str(&format!(" ({hint})"));
        }
    }
    said
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_map_draws_in_ascii_only_where_the_locale_is_not_utf8() {
        assert_eq!(glyphs_for(Some("en_GB.UTF-8")), Glyphs::Boxes);
        assert_eq!(glyphs_for(Some("de_DE.utf8")), Glyphs::Boxes);
        assert_eq!(glyphs_for(None), Glyphs::Boxes);
        assert_eq!(glyphs_for(Some("C")), Glyphs::Ascii);
        assert_eq!(glyphs_for(Some("en_US.ISO-8859-1")), Glyphs::Ascii);
    }

    #[test]
    fn the_note_names_the_file_and_locates_each_problem() {
        let problems = config::parse("(\n theme: \"neon\",\n)", "config.ron").unwrap_err();
        let said = note(&problems, Some(Path::new("/home/ana/config.ron")));
        assert!(said.starts_with("The settings in /home/ana/config.ron are not used"));
        assert!(
            said.contains("line 2, column 9: there is no theme `neon`"),
            "{said}"
        );
        assert!(
            said.contains("(give one of dark, light, high-contrast)"),
            "{said}"
        );
    }
}
