//! `rolemap map`: the map's layout as plain text (each band's roles by
//! track, then every move), for a pipe or a screen reader, or as Graphviz
//! DOT for a picture. The layout is the one the explorer's map draws.

use std::io::Write;

use super::format;
use super::{Failure, Outcome, Run};
use crate::cli::MapFormat;
use crate::model::map::{self, Layout};
use crate::model::text::clean_line;

pub fn run(
    ctx: &Run,
    format: MapFormat,
    around: Option<&str>,
    hops: usize,
    out: &mut impl Write,
) -> Outcome {
    let m = ctx.model;
    let (layout, centre) = match around {
        Some(query) => {
            let role = ctx.role(query)?;
            (map::layout_of(m, &map::around(m, role, hops)), Some(role))
        }
        None => (map::layout(m), None),
    };
    match format {
        MapFormat::Text => text(ctx, &layout, centre, hops, out),
        MapFormat::Dot => Ok(out.write_all(dot(ctx, &layout).as_bytes())?),
    }
}

fn text(
    ctx: &Run,
    layout: &Layout,
    centre: Option<crate::model::RoleIx>,
    hops: usize,
    out: &mut impl Write,
) -> Outcome {
    let (m, p) = (ctx.model, ctx.paint);
    let what = match centre {
        Some(r) => format!(
            "the roles {} from {}",
            match hops {
                0 => "no move".to_string(),
                1 => "one move".to_string(),
                n => format!("up to {n} moves"),
            },
            m.role(r).title
        ),
        None => m.info().name.clone(),
    };
    writeln!(
        out,
        "{} — {}, {} in {}, {}",
        p.heading("Map"),
        what,
        format::plural(layout.places.len(), "role"),
        format::plural(layout.bands.len(), "band"),
        format::plural(layout.links.len(), "move")
    )?;
    // Highest band first, as a map is read from the top.
    for (layer, &band) in layout.bands.iter().enumerate().rev() {
        writeln!(
            out,
            "\n{}",
            p.heading(&format::capitalised(format::band(band)))
        )?;
        for block in &layout.blocks {
            let roles: Vec<String> = layout
                .places
                .iter()
                .filter(|pl| pl.layer == layer && m.role(pl.role).track == block.track)
                .map(|pl| format!("{} ({})", m.role(pl.role).title, m.role(pl.role).id))
                .collect();
            if !roles.is_empty() {
                let line = format!("{}: {}", m.track(block.track).name, roles.join(", "));
                writeln!(out, "{}", format::hanging(&line, ctx.width, "  ", "    "))?;
            }
        }
    }
    writeln!(out, "\n{}", p.heading("Moves"))?;
    for l in &layout.links {
        writeln!(
            out,
            "  {} → {}  {}",
            m.role(l.from).title,
            m.role(l.to).title,
            format::move_kind(l.kind)
        )?;
    }
    Ok(())
}

/// `text` as a DOT string: quoted, its quotes and backslashes escaped,
/// control characters gone.
fn quoted(text: &str) -> String {
    let clean = clean_line(text);
    let mut out = String::with_capacity(clean.len() + 2);
    out.push('"');
    for c in clean.chars() {
        if c == '"' || c == '\\' {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

/// The layout as a Graphviz graph: one rank per band, lowest at the
/// bottom, a cluster per track, an edge per move labelled by its kind.
fn dot(ctx: &Run, layout: &Layout) -> String {
    let m = ctx.model;
    let mut s = String::new();
    s.push_str(&format!(
        "// {} — rolemap map; draw with: dot -Tsvg\ndigraph rolemap {{\n",
        clean_line(&m.info().name)
    ));
    s.push_str("  rankdir=BT;\n  node [shape=box, fontname=\"sans-serif\"];\n");
    for block in &layout.blocks {
        s.push_str(&format!(
            "  subgraph {} {{\n    label={};\n",
            quoted(&format!("cluster_{}", m.track(block.track).id)),
            quoted(&m.track(block.track).name)
        ));
        for pl in layout
            .places
            .iter()
            .filter(|pl| m.role(pl.role).track == block.track)
        {
            let role = m.role(pl.role);
            s.push_str(&format!(
                "    {} [label={}];\n",
                quoted(&role.id),
                quoted(&role.title)
            ));
        }
        s.push_str("  }\n");
    }
    for (layer, _) in layout.bands.iter().enumerate() {
        let same: Vec<String> = layout
            .places
            .iter()
            .filter(|pl| pl.layer == layer)
            .map(|pl| quoted(&m.role(pl.role).id))
            .collect();
        s.push_str(&format!("  {{ rank=same; {}; }}\n", same.join("; ")));
    }
    for l in &layout.links {
        s.push_str(&format!(
            "  {} -> {} [label={}];\n",
            quoted(&m.role(l.from).id),
            quoted(&m.role(l.to).id),
            quoted(format::move_kind(l.kind))
        ));
    }
    s.push_str("}\n");
    s
}

/// `--hops` without `--around` means nothing.
pub fn check(around: Option<&str>, hops: Option<usize>) -> Result<usize, Failure> {
    match (around, hops) {
        (None, Some(_)) => Err(Failure::Usage(
            "--hops counts moves from the role --around names; give --around ROLE too".into(),
        )),
        (_, Some(n)) if n > 20 => Err(Failure::Usage(format!(
            "--hops {n} is more than the map can show usefully; give 0 to 20"
        ))),
        (_, hops) => Ok(hops.unwrap_or(1)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dot_text_is_quoted_and_escaped() {
        assert_eq!(quoted(r#"a "b" \c"#), r#""a \"b\" \\c""#);
        assert_eq!(quoted("x\u{1b}[2Jy"), "\"x[2Jy\"");
    }
}
