//! `rolemap config path|check|print-default`: where the explorer's settings
//! are read from, whether they are sound, and a file to start from.

use std::io::Write;

use super::{Failure, Outcome, Run};
use crate::cli::ConfigAction;
use crate::config;

pub fn run(ctx: &Run, action: &ConfigAction, out: &mut impl Write) -> Outcome {
    let path = config::path().ok_or_else(|| {
        Failure::Runtime(
            "no folder for settings: set ROLEMAP_HOME to a folder rolemap may read".into(),
        )
    })?;
    let shown = crate::model::text::path(&path);
    match action {
        ConfigAction::Path => writeln!(out, "{shown}")?,
        ConfigAction::PrintDefault => write!(out, "{}", config::default_text())?,
        ConfigAction::Check => {
            if !path.exists() {
                writeln!(
                    out,
                    "{shown}: no settings file; the defaults are used \
                     (`rolemap config print-default > {shown}` makes one)"
                )?;
                return Ok(());
            }
            let c = config::load(&path).map_err(Failure::Data)?;
            writeln!(
                out,
                "{shown}: {} — theme {}, {} changed, {} rebound, mouse {}, new profiles at {}",
                ctx.paint.heading("valid"),
                c.theme.name(),
                crate::format::plural(c.colours.len(), "colour"),
                crate::format::plural(c.keys.len(), "key"),
                if c.mouse {
                    "captured"
                } else {
                    "left to the terminal"
                },
                c.hours_per_week
                    .map_or("the default pace".to_string(), |h| format!("{h} h a week")),
            )?;
        }
    }
    Ok(())
}
