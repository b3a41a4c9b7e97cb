//! What the files rolemap writes and reads back (profiles, notes) share:
//! a format version read first, so that a later format is refused unharmed
//! and a file without one is named, and RON problems located in the file.

use serde::de::DeserializeOwned;

use super::diagnostic::{Diagnostic, Location, offset_of};
use super::profile::ParseError;

/// How a kind of stored file is spoken of in its problems.
pub struct Kind {
    /// "this profile is", "these notes are".
    pub these_are: &'static str,
    /// "the profile has", "the notes have".
    pub it_has: &'static str,
    /// "it", "them".
    pub it: &'static str,
    /// The shape of the whole, for a file that is not RON.
    pub shape: &'static str,
    /// Where its fields are documented.
    pub fields: &'static str,
}

/// The options every stored file is read with.
pub fn options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// Reads a stored file, given what reading its version alone gave
/// (`version`): a later format, no version or a RON problem are errors
/// located in `file`.
pub fn parse<T: DeserializeOwned>(
    text: &str,
    file: &str,
    version: Result<Option<u32>, ron::error::SpannedError>,
    supported: u32,
    kind: &Kind,
) -> Result<T, ParseError> {
    let located = |e: &ron::error::SpannedError| {
        Location::at(
            file,
            text,
            offset_of(text, e.span.start.line, e.span.start.col),
        )
    };
    match version {
        Ok(Some(version)) if version > supported => {
            return Err(ParseError::Newer(
                Diagnostic::error(format!(
                    "{} in format {version}, written by a newer rolemap; \
                     this one reads formats up to {supported}",
                    kind.these_are
                ))
                .at(Location::at(file, text, text.find("version").unwrap_or(0)))
                .with_hint(format!(
                    "update rolemap to open {}; the file is left as it is",
                    kind.it
                )),
            ));
        }
        Ok(Some(0) | None) => {
            return Err(ParseError::Invalid(
                Diagnostic::error(format!("{} no format version", kind.it_has))
                    .at(Location::at(file, text, 0))
                    .with_hint(format!("add `version: {supported},` as the first field")),
            ));
        }
        Ok(_) => {}
        Err(e) => {
            return Err(ParseError::Invalid(
                Diagnostic::error(e.code.to_string())
                    .at(located(&e))
                    .with_hint(kind.shape),
            ));
        }
    }
    options().from_str(text).map_err(|e| {
        ParseError::Invalid(
            Diagnostic::error(e.code.to_string())
                .at(located(&e))
                .with_hint(kind.fields),
        )
    })
}
