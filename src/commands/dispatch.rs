//! Which command runs for the command line given, with what it needs.

use std::io::{self, Write};

use clap::CommandFactory;

use super::*;
use crate::cli::{Cli, Command, PackSize};

pub(super) fn dispatch(cli: &Cli, paint: Paint, width: Width, out: &mut impl Write) -> Outcome {
    match &cli.command {
        Some(Command::Validate { paths, output }) => {
            return validate::run(paths, output.json, paint, out);
        }
        Some(Command::Notes {
            name,
            session,
            format,
            include_private,
            add,
            item,
            by,
            shared,
            done,
            undone,
            edit,
        }) => {
            return notes::run(
                &notes::Request {
                    name,
                    session: session.as_deref(),
                    format: *format,
                    include_private: *include_private,
                    add: add.as_deref(),
                    item: item.as_deref(),
                    by: by.as_deref(),
                    shared: *shared,
                    done: *done,
                    undone: *undone,
                    edit: *edit,
                },
                out,
            );
        }
        Some(Command::GeneratePack {
            size,
            roles,
            skills,
            moves,
            seed,
            out: dir,
        }) => {
            return generate_pack(*size, [*roles, *skills, *moves], *seed, dir, out);
        }
        Some(Command::Completions { shell }) => {
            // clap_complete panics when it cannot write (a closed pipe, a
            // full disk), so the script is made in memory and written here.
            let mut script = Vec::new();
            clap_complete::generate(*shell, &mut Cli::command(), "rolemap", &mut script);
            out.write_all(&script)?;
            return Ok(());
        }
        _ => {}
    }
    let (model, warnings) = load_model(cli)?;
    if !warnings.is_empty() {
        let path = cli
            .data
            .as_deref()
            .map(crate::model::text::path)
            .unwrap_or_default();
        let mut err = io::stderr().lock();
        let _ = writeln!(
            err,
            "{}: the pack has {}; `rolemap validate {}` shows them",
            paint.warning("warning"),
            format::plural(warnings.len(), "warning"),
            clean_line(&path)
        );
    }
    let ctx = Run::new(&model, paint, width);
    match &cli.command {
        None => match &cli.profile {
            Some(name) => show::person(&ctx, name, out),
            None => show::overview(&ctx, out),
        },
        Some(Command::Roles { output }) => listing::roles(&ctx, output.json, out),
        Some(Command::Skills { output }) => listing::skills(&ctx, output.json, out),
        Some(Command::Config { action }) => settings::run(&ctx, action, out),
        Some(Command::Map {
            format,
            around,
            hops,
        }) => {
            let hops = map::check(around.as_deref(), *hops)?;
            map::run(&ctx, *format, around.as_deref(), hops, out)
        }
        Some(Command::Packs { action: None }) => packs::list(&ctx, out),
        Some(Command::Packs {
            action: Some(crate::cli::PacksAction::Add { path, force }),
        }) => packs::add(&ctx, path, *force, out),
        Some(Command::Skill {
            skill: query,
            output,
        }) => skill::run(&ctx, query, output.json, out),
        Some(Command::Show {
            role,
            profile,
            output,
        }) => show::run(&ctx, role, profile.as_deref(), output.json, out),
        Some(Command::Profile { action }) => profile::run(&ctx, action, out),
        Some(Command::Plan {
            to,
            profile,
            format,
            output,
            force,
            alternatives,
        }) => plan::run(
            &ctx,
            &plan::Request {
                to: to.as_deref(),
                profile: profile.as_deref(),
                format: *format,
                output: output.as_deref(),
                force: *force,
                alternatives: usize::from(*alternatives),
            },
            out,
        ),
        Some(Command::Assess { name, skills }) => {
            assess::run(&ctx, name, skills, &mut io::stdin().lock(), out)
        }
        Some(Command::Compare {
            first,
            second,
            profile,
            all,
            keep,
            output,
        }) => compare::run(
            &ctx,
            &compare::Request {
                first,
                second,
                profile: profile.as_deref(),
                all: *all,
                keep: *keep,
                json: output.json,
            },
            out,
        ),
        Some(Command::Report {
            name,
            session,
            format,
            output,
            force,
            include_private,
        }) => report::run(
            &ctx,
            &report::Request {
                name,
                session: session.as_deref(),
                format: *format,
                output: output.as_deref(),
                force: *force,
                include_private: *include_private,
            },
            out,
        ),
        Some(Command::Search {
            query,
            limit,
            output,
        }) => search::run(
            &ctx,
            &query.join(" "),
            usize::from(*limit),
            output.json,
            out,
        ),
        Some(Command::Path {
            from,
            to,
            alternatives,
            output,
        }) => path::run(&ctx, from, to, usize::from(*alternatives), output.json, out),
        Some(
            Command::Validate { .. }
            | Command::Completions { .. }
            | Command::Notes { .. }
            | Command::GeneratePack { .. },
        ) => Ok(()),
    }
}

/// `rolemap generate-pack`: the preset's shape with the counts given
/// instead, written into `dir`, and one line on what was written.
fn generate_pack(
    size: PackSize,
    counts: [Option<usize>; 3],
    seed: u64,
    dir: &std::path::Path,
    out: &mut impl Write,
) -> Outcome {
    use crate::generate::{Shape, WriteError, write_pack};
    let preset = match size {
        PackSize::Medium => Shape::MEDIUM,
        PackSize::Large => Shape::LARGE,
        PackSize::Huge => Shape::HUGE,
    };
    let [roles, skills, moves] = counts;
    let shape = Shape {
        roles: roles.unwrap_or(preset.roles),
        skills: skills.unwrap_or(preset.skills),
        moves: moves.unwrap_or(preset.moves),
        seed,
    };
    let written = write_pack(&shape, dir).map_err(|e| match e {
        WriteError::Io(_, ref io) => Failure::Io(io::Error::new(io.kind(), e.to_string())),
        e => Failure::Usage(e.to_string()),
    })?;
    let n = |x: usize| crate::format::grouped(x as f64);
    writeln!(
        out,
        "wrote {} ({} bytes) to {}: {} roles, {} skills, {} moves in {} tracks",
        format::plural(written.files, "file"),
        n(written.bytes as usize),
        crate::model::text::path(dir),
        n(written.roles),
        n(written.skills),
        n(written.moves),
        n(written.tracks)
    )?;
    Ok(())
}
