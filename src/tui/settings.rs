//! What the explorer starts with: the settings (the file's when it is
//! sound, else the defaults and what to tell the person about the file),
//! and the pack the profile was made on.

use std::path::Path;

use crate::config::{self, Config};
use crate::model::Diagnostic;

/// The settings to start with, and a notice when the file is not used.
pub fn load() -> (Config, Option<String>) {
    let path = config::path();
    match path.as_deref().map(config::load) {
        Some(Err(problems)) => (Config::default(), Some(note(&problems, path.as_deref()))),
        Some(Ok(config)) => (config, None),
        None => (Config::default(), None),
    }
}

/// The pack to open for the profile that will open, when no pack was
/// asked for: the installed one it was made on; else a note that it is
/// not installed, and the bundled pack is used.
pub fn remembered_pack(cli: &crate::cli::Cli) -> (Option<crate::model::Model>, Option<String>) {
    if cli.pack.is_some() || cli.data.is_some() {
        return (None, None);
    }
    let Ok(store) = crate::store::Store::open() else {
        return (None, None);
    };
    let (name, _) = store.chosen(cli.profile.as_deref());
    // Most profiles name no pack: the file is parsed (once more, before
    // Session::open parses it) only when it does.
    let names_one =
        crate::store::read_text(&store.path_of(&name)).is_ok_and(|text| text.contains("pack:"));
    if !names_one {
        return (None, None);
    }
    let Some(pack) = store.load(&name).ok().and_then(|p| p.pack) else {
        return (None, None);
    };
    let bundled = crate::bundled::model().ok().map(|m| m.info().id.clone());
    if Some(&pack) == bundled.as_ref() {
        return (None, None);
    }
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
