//! Writing a generated pack as RON text: one element to a line, each
//! section split over numbered files of at most [`MAX_FILE_BYTES`], so
//! the largest shape stays well inside what the loader accepts.

use std::fmt::Write;

use super::Shape;
use super::build::{Ladders, Req};
use super::moves::Move;
use super::skills::capitalised;
use crate::format::grouped;

/// The most bytes one generated file holds: half of what the loader takes
/// in a file ([`crate::model::load::MAX_FILE_BYTES`]).
pub const MAX_FILE_BYTES: usize = 8 * 1024 * 1024;

/// The basis of every generated figure, plain about what it is.
const BASIS: &str = "generated: made up";
const LEVELS_BASIS: &str = "generated: made up";
const FOOTER: &str = "],\n)\n";

/// The files of the pack, in the order the loader reads a folder.
pub(super) fn files(shape: &Shape, ladders: &Ladders, moves: &[Move]) -> Vec<(String, String)> {
    let header = format!(
        "// Made up by `rolemap generate-pack` (roles {}, skills {}, moves {}, seed {}) \
         for benchmarks: not career data.\n",
        shape.roles, shape.skills, shape.moves, shape.seed
    );
    let mut files = Vec::new();
    let mut out = Section::new(&mut files, "moves", &header);
    for m in moves {
        write_move(&mut out.element, ladders, m);
        out.push();
    }
    out.finish();
    files.push((
        "pack.ron".into(),
        pack(&header, shape, ladders, moves.len()),
    ));
    let mut out = Section::new(&mut files, "roles", &header);
    for role in &ladders.roles {
        let e = &mut out.element;
        e.push_str("(id:");
        quoted(e, &role.id);
        e.push_str(",title:");
        quoted(e, &role.title);
        let _ = write!(e, ",band:{:?},track:", role.band);
        quoted(e, &ladders.tracks[role.track].id);
        e.push_str(",summary:");
        quoted(e, &role.summary);
        e.push_str(",responsibilities:[");
        quoted(e, &role.responsibilities[0]);
        e.push(',');
        quoted(e, &role.responsibilities[1]);
        e.push_str("],skills:[");
        for (n, req) in role.skills.iter().enumerate() {
            requirement(e, ladders, req, n);
        }
        e.push_str("],requirements_basis:");
        quoted(e, LEVELS_BASIS);
        e.push_str("),");
        out.push();
    }
    out.finish();
    let mut out = Section::new(&mut files, "skills", &header);
    for skill in &ladders.skills {
        let e = &mut out.element;
        e.push_str("(id:");
        quoted(e, &skill.id);
        e.push_str(",name:");
        quoted(e, &skill.name);
        let _ = write!(e, ",category:{:?},summary:", skill.category);
        let work = ladders.tracks[skill.track].work;
        let topic = capitalised(skill.topic);
        quoted(e, &format!("{topic} in {work}."));
        e.push_str(",learning:[");
        for (n, &(min, max)) in skill.learning.iter().enumerate() {
            if n > 0 {
                e.push(',');
            }
            estimate(e, min, max);
        }
        e.push(']');
        if !skill.prerequisites.is_empty() {
            e.push_str(",prerequisites:[");
            for (n, &p) in skill.prerequisites.iter().enumerate() {
                if n > 0 {
                    e.push(',');
                }
                quoted(e, &ladders.skills[p as usize].id);
            }
            e.push(']');
        }
        e.push_str(",resources:[(title:");
        quoted(e, &format!("{topic} documentation"));
        e.push_str(",url:");
        quoted(e, &format!("https://example.com/{}", skill.id));
        e.push_str(",kind:OfficialDocs,price:Free)]),");
        out.push();
    }
    out.finish();
    files.push(("tracks.ron".into(), tracks(&header, ladders)));
    files
}

fn write_move(e: &mut String, ladders: &Ladders, m: &Move) {
    e.push_str("(from:");
    quoted(e, &ladders.roles[m.from as usize].id);
    e.push_str(",to:");
    quoted(e, &ladders.roles[m.to as usize].id);
    let _ = write!(e, ",kind:{:?}", m.kind);
    if m.both_ways {
        e.push_str(",both_ways:true");
    }
    if let Some((min, max)) = m.experience {
        e.push_str(",experience:");
        estimate(e, u16::from(min) * 2, u16::from(max) * 2);
    }
    e.push_str(",note:");
    quoted(e, m.note);
    e.push_str("),");
}

fn requirement(e: &mut String, ladders: &Ladders, req: &Req, n: usize) {
    if n > 0 {
        e.push(',');
    }
    e.push_str("(skill:");
    quoted(e, &ladders.skills[req.skill as usize].id);
    let _ = write!(e, ",level:{}", req.level);
    if !req.essential {
        e.push_str(",need:Optional");
    }
    e.push(')');
}

fn pack(header: &str, shape: &Shape, ladders: &Ladders, moves: usize) -> String {
    let entry = ladders
        .roles
        .iter()
        .min_by_key(|r| r.band)
        .map_or("", |r| r.id.as_str());
    let mut out = String::from(header);
    out.push_str("(\n    pack: (\n        id: ");
    quoted(
        &mut out,
        &format!("generated-{}-roles-seed-{}", shape.roles, shape.seed),
    );
    out.push_str(",\n        name: ");
    quoted(
        &mut out,
        &format!("Generated pack: {} roles", grouped(shape.roles as f64)),
    );
    out.push_str(",\n        version: \"1.0.0\",\n        description: ");
    quoted(
        &mut out,
        &format!(
            "Made up by `rolemap generate-pack` from seed {} to measure rolemap on a large pack: \
             {} roles, {} skills and {} moves in {} tracks. No title, skill, figure or move in \
             it describes real careers.",
            shape.seed,
            grouped(ladders.roles.len() as f64),
            grouped(ladders.skills.len() as f64),
            grouped(moves as f64),
            ladders.tracks.len()
        ),
    );
    out.push_str(",\n        licence: \"CC0-1.0\",\n        entry_role: ");
    quoted(&mut out, entry);
    out.push_str(",\n    ),\n)\n");
    out
}

fn tracks(header: &str, ladders: &Ladders) -> String {
    let mut out = String::from(header);
    out.push_str("(\ntracks: [\n");
    for track in &ladders.tracks {
        out.push_str("(id: ");
        quoted(&mut out, &track.id);
        out.push_str(", name: ");
        quoted(&mut out, &track.name);
        out.push_str(", summary: ");
        quoted(&mut out, &format!("People who build {}.", track.work));
        out.push_str("),\n");
    }
    out.push_str(FOOTER);
    out
}

/// An estimate of `min` to `max` half units, with the generated basis.
fn estimate(e: &mut String, min: u16, max: u16) {
    e.push_str("Estimate(min:");
    halves(e, min);
    e.push_str(",max:");
    halves(e, max);
    e.push_str(",basis:");
    quoted(e, BASIS);
    e.push(')');
}

fn halves(e: &mut String, n: u16) {
    let _ = if n.is_multiple_of(2) {
        write!(e, "{}", n / 2)
    } else {
        write!(e, "{}.5", n / 2)
    };
}

/// `text` as a RON string.
fn quoted(e: &mut String, text: &str) {
    e.push('"');
    for c in text.chars() {
        if c == '"' || c == '\\' {
            e.push('\\');
        }
        e.push(c);
    }
    e.push('"');
}

/// One section written over as many files as its elements need, named
/// `<section>-000.ron`, `-001` and on, in the order they are read.
struct Section<'f> {
    files: &'f mut Vec<(String, String)>,
    section: &'static str,
    header: &'f str,
    text: String,
    /// The element being written; [`Section::push`] adds it.
    element: String,
    elements: usize,
    /// Files of the section closed so far.
    closed: usize,
}

impl<'f> Section<'f> {
    fn new(files: &'f mut Vec<(String, String)>, section: &'static str, header: &'f str) -> Self {
        let mut s = Section {
            files,
            section,
            header,
            text: String::new(),
            element: String::new(),
            elements: 0,
            closed: 0,
        };
        s.start();
        s
    }

    fn start(&mut self) {
        self.text = String::with_capacity(MAX_FILE_BYTES);
        self.text.push_str(self.header);
        let _ = write!(self.text, "(\n{}: [\n", self.section);
        self.elements = 0;
    }

    /// Adds the element written, starting a new file first if it would
    /// not fit in this one.
    fn push(&mut self) {
        let size = self.text.len() + self.element.len() + 1 + FOOTER.len();
        if self.elements > 0 && size > MAX_FILE_BYTES {
            self.close();
            self.start();
        }
        self.text.push_str(&self.element);
        self.text.push('\n');
        self.element.clear();
        self.elements += 1;
    }

    fn close(&mut self) {
        self.text.push_str(FOOTER);
        let name = format!("{}-{:03}.ron", self.section, self.closed);
        self.closed += 1;
        let text = std::mem::take(&mut self.text);
        self.files.push((name, text));
    }

    fn finish(mut self) {
        if self.elements > 0 {
            self.close();
        }
    }
}
