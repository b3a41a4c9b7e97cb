//! Checking a parsed pack and resolving it into a [`PackData`].
//!
//! Checking and resolving are one pass: a reference that resolves becomes an
//! index, one that does not becomes a diagnostic (and a placeholder that is
//! never used, because a pack with errors yields no model). Every problem is
//! collected; nothing stops at the first.

use std::collections::HashMap;

use super::diagnostic::{Collector, Diagnostic, Location, Severity};
use super::load::{Located, Parsed, SourceFile, closest};
use super::pack::{self, MoveKind};
use super::ron_scan;
use super::text::clean;
use super::types::*;

/// Checks and resolves; `Some` only when there is no error.
pub fn validate(files: &[SourceFile], parsed: &Parsed) -> (Option<PackData>, Vec<Diagnostic>) {
    let mut c = Checker {
        files,
        parsed,
        diagnostics: Collector::default(),
        suggestions: 0,
    };
    let sources = c.ids("source", &parsed.sources, |s| &s.id);
    let tracks = c.ids("track", &parsed.tracks, |t| &t.id);
    let skills = c.ids("skill", &parsed.skills, |s| &s.id);
    let roles = c.ids("role", &parsed.roles, |r| &r.id);
    let wages = c.ids("wage reference", &parsed.wages, |w| &w.id);
    let tables = Tables {
        sources,
        tracks,
        skills,
        roles,
        wages,
    };

    let data_sources = parsed.sources.iter().map(|s| c.source(s)).collect();
    let data_tracks = parsed.tracks.iter().map(|t| c.track(t, &tables)).collect();
    let data_skills: Vec<Skill> = parsed.skills.iter().map(|s| c.skill(s, &tables)).collect();
    let data_roles: Vec<Role> = parsed.roles.iter().map(|r| c.role(r, &tables)).collect();
    let data_moves: Vec<Move> = parsed.moves.iter().map(|m| c.mv(m, &tables)).collect();
    let data_wages = parsed.wages.iter().map(|w| c.wage(w, &tables)).collect();
    c.duplicate_moves(&parsed.moves, &data_moves);
    c.prerequisite_cycles(&parsed.skills, &data_skills);
    let info = c.info(parsed, &tables, &data_roles);
    if !parsed.incomplete {
        c.unconnected_roles(&parsed.roles, &data_moves);
        c.unused_skills(&parsed.skills, &data_skills, &data_roles);
        c.advise(
            (&parsed.skills, &parsed.moves),
            &data_skills,
            &data_roles,
            &data_moves,
        );
    }
    if parsed.roles.is_empty() && !parsed.incomplete {
        c.diagnostics.push_global(
            Diagnostic::error("the pack defines no roles")
                .with_hint("add a `roles: [ ... ]` section"),
        );
    }

    let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
    let mut diagnostics = c.diagnostics.finish(&names);
    // In file order, a file's summary of left-out problems after its last.
    diagnostics.sort_by(|a, b| {
        let key = |d: &Diagnostic| {
            d.location
                .as_ref()
                .map(|l| (l.file.clone(), l.line, l.column))
        };
        (d_rank(a), key(a))
            .cmp(&(d_rank(b), key(b)))
            .then(a.severity.cmp(&b.severity))
    });
    let Some(info) = info else {
        return (None, diagnostics);
    };
    if diagnostics.iter().any(Diagnostic::is_error) {
        return (None, diagnostics);
    }
    let data = PackData {
        info,
        sources: data_sources,
        tracks: data_tracks,
        skills: data_skills,
        roles: data_roles,
        moves: data_moves,
        wages: data_wages,
    };
    (Some(data), diagnostics)
}

/// Summaries of left-out diagnostics sort after every located one.
fn d_rank(d: &Diagnostic) -> bool {
    d.omitted > 0
}

/// The ids of one kind of item, with where each was defined.
struct IdTable {
    kind: &'static str,
    section: &'static str,
    ids: HashMap<String, u32>,
}

struct Tables {
    sources: IdTable,
    tracks: IdTable,
    skills: IdTable,
    roles: IdTable,
    wages: IdTable,
}

/// Whether `id` is lowercase kebab-case: `[a-z0-9]+(-[a-z0-9]+)*`.
pub fn is_kebab_case(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Whether `date` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a plausible month and day.
pub fn is_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let number = |s: &str, len: usize| {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse::<u32>().ok())
    };
    match parts.as_slice() {
        [y] => number(y, 4).is_some(),
        [y, m] => number(y, 4).is_some() && matches!(number(m, 2), Some(Some(1..=12))),
        [y, m, d] => {
            number(y, 4).is_some()
                && matches!(number(m, 2), Some(Some(1..=12)))
                && matches!(number(d, 2), Some(Some(1..=31)))
        }
        _ => false,
    }
}

/// What a figure counts and the largest value that can make sense for it:
/// a bound that catches a slip (or a hostile pack) before it reaches a
/// screen as `inf` or a twenty-digit wage.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Scale {
    what: &'static str,
    max: f64,
}

/// Study or experience in months: fifty years.
pub(crate) const MONTHS: Scale = Scale {
    what: "months",
    max: 600.0,
};
/// Typical experience in years.
pub(crate) const YEARS: Scale = Scale {
    what: "years",
    max: 60.0,
};
/// A wage, in any currency.
pub(crate) const MONEY: Scale = Scale {
    what: "a wage",
    max: 1e9,
};
/// A number of people or jobs.
pub(crate) const COUNT: Scale = Scale {
    what: "a count",
    max: 1e10,
};
/// A share in percent.
pub(crate) const PERCENT: Scale = Scale {
    what: "a percentage",
    max: 100.0,
};

/// A number as a message shows it: short, even when it is huge.
fn shown_number(x: f64) -> String {
    if x.is_finite() && x.abs() < 1e9 {
        format!("{x}")
    } else {
        format!("{x:e}")
    }
}

fn section_of(kind: &str) -> &'static str {
    match kind {
        "source" => "sources",
        "track" => "tracks",
        "skill" => "skills",
        "role" => "roles",
        _ => "wage_references",
    }
}

struct Checker<'a> {
    files: &'a [SourceFile],
    parsed: &'a Parsed,
    diagnostics: Collector,
    /// Unknown references given a "did you mean" so far.
    suggestions: usize,
}

/// Unknown references per run that get a "did you mean": each costs a
/// comparison with every id of its kind.
const SUGGESTIONS: usize = 300;

impl Checker<'_> {
    /// Whether a diagnostic of `item`'s file would still be kept: building
    /// one (locating it, finding a suggestion) is skipped when not.
    fn room<T>(&self, item: &Located<T>) -> bool {
        self.diagnostics.room(item.file)
    }

    /// Where `path` (e.g. `skills[2].skill`) is inside `item`; the item's
    /// start when the path is not found.
    fn locate<T>(&self, item: &Located<T>, path: &str) -> Location {
        let file = &self.files[item.file];
        let offset = ron_scan::find(&file.text, item.span.clone(), &ron_scan::parse_path(path))
            .map_or(item.span.start, |child| child.value.start);
        file.locate(offset)
    }

    fn error<T>(
        &mut self,
        item: &Located<T>,
        path: &str,
        message: String,
        hint: impl Into<String>,
    ) {
        if !self.room(item) {
            return self.diagnostics.count(item.file, Severity::Error);
        }
        let d = Diagnostic::error(message)
            .at(self.locate(item, path))
            .with_hint(hint);
        self.diagnostics.push(item.file, d);
    }

    fn warn<T>(&mut self, item: &Located<T>, path: &str, message: String, hint: impl Into<String>) {
        if !self.room(item) {
            return self.diagnostics.count(item.file, Severity::Warning);
        }
        let d = Diagnostic::warning(message)
            .at(self.locate(item, path))
            .with_hint(hint);
        self.diagnostics.push(item.file, d);
    }

    fn ids<T>(
        &mut self,
        kind: &'static str,
        items: &[Located<T>],
        id: fn(&T) -> &String,
    ) -> IdTable {
        let mut table = IdTable {
            kind,
            section: section_of(kind),
            ids: HashMap::new(),
        };
        let mut first: HashMap<&str, usize> = HashMap::new();
        for (i, item) in items.iter().enumerate() {
            let value = id(&item.item);
            if !is_kebab_case(value) {
                self.error(
                    item,
                    "id",
                    format!("{kind} id `{value}` is not lowercase kebab-case"),
                    format!("write it like `{}`", suggest_kebab(value)),
                );
            }
            if let Some(&earlier) = first.get(value.as_str()) {
                if !self.room(item) {
                    self.diagnostics.count(item.file, Severity::Error);
                    continue;
                }
                let at = self.locate(&items[earlier], "id");
                self.error(
                    item,
                    "id",
                    format!("duplicate {kind} id `{value}`"),
                    format!(
                        "the first is at {}:{}:{}; ids must be unique among {}s",
                        at.file, at.line, at.column, kind
                    ),
                );
            } else {
                first.insert(value, i);
                table.ids.insert(value.clone(), i as u32);
            }
        }
        table
    }

    /// Resolves a reference, or reports it with the nearest id as a hint.
    fn refer<T>(&mut self, table: &IdTable, item: &Located<T>, path: &str, id: &str) -> u32 {
        if let Some(&ix) = table.ids.get(id) {
            return ix;
        }
        if self.parsed.is_broken(table.section, id) {
            // Already reported where it failed to parse.
            return 0;
        }
        if !self.room(item) {
            self.diagnostics.count(item.file, Severity::Error);
            return 0;
        }
        // A suggestion compares the id with every id of its kind: a few
        // hundred per run are plenty, and many thousands would be slow.
        let suggest = self.suggestions < SUGGESTIONS && table.ids.len() <= 20_000;
        self.suggestions += 1;
        let names: Vec<&str> = if suggest {
            table.ids.keys().map(String::as_str).collect()
        } else {
            Vec::new()
        };
        let hint = match closest(id, &names) {
            Some(best) => format!("did you mean `{best}`?"),
            None => format!(
                "define a {} with this id under `{}:` or use one that exists",
                table.kind, table.section
            ),
        };
        self.error(item, path, format!("unknown {} `{id}`", table.kind), hint);
        0
    }

    /// Cleaned text; warns when characters had to be removed.
    fn text<T>(&mut self, item: &Located<T>, path: &str, value: &str) -> String {
        let cleaned = clean(value);
        if cleaned != value {
            self.warn(
                item,
                path,
                "text contains control characters; they are removed".into(),
                "delete the invisible characters from this text",
            );
        }
        cleaned.into_owned()
    }

    /// Cleaned text that must not be empty; text made only of invisible
    /// characters is as empty as it is shown.
    fn required<T>(&mut self, item: &Located<T>, path: &str, value: &str) -> String {
        let cleaned = self.text(item, path, value);
        if cleaned.trim().is_empty() {
            let field = path.rsplit('.').next().unwrap_or(path);
            self.error(
                item,
                path,
                format!("`{field}` is empty"),
                "write the text; it is required",
            );
        }
        cleaned
    }

    /// Required text that is shown on one line (an id, a title, a name):
    /// a line break or tab in it would forge a line of its own in text
    /// output and Markdown, so it becomes a space, with a warning.
    fn line<T>(&mut self, item: &Located<T>, path: &str, value: &str) -> String {
        let text = self.required(item, path, value);
        let folded = super::text::clean_line(&text);
        if folded != text {
            let field = path.rsplit('.').next().unwrap_or(path);
            self.warn(
                item,
                path,
                format!("`{field}` holds a line break or tab; it is shown as a space"),
                "write it on one line",
            );
        }
        folded.into_owned()
    }

    fn url<T>(&mut self, item: &Located<T>, path: &str, value: &str) -> String {
        if !super::text::is_web_address(value) {
            self.error(
                item,
                path,
                format!("`{value}` is not a web address"),
                "write a full address starting with https://",
            );
        }
        self.text(item, path, value)
    }

    /// Checks a figure and gives it back with a negative zero (`-0.0` in a
    /// pack) made zero, so it is never shown as "-0".
    fn number<T>(&mut self, item: &Located<T>, path: &str, value: f64, scale: Scale) -> f64 {
        if !value.is_finite() || value < 0.0 {
            self.error(
                item,
                path,
                format!("{} is not a valid figure", shown_number(value)),
                "figures are finite numbers of zero or more",
            );
        } else if value > scale.max {
            self.error(
                item,
                path,
                format!(
                    "{} is too large for {}: at most {} makes sense here",
                    shown_number(value),
                    scale.what,
                    shown_number(scale.max)
                ),
                "check the figure and its unit",
            );
        }
        value + 0.0
    }

    fn figure<T>(
        &mut self,
        item: &Located<T>,
        path: &str,
        figure: &pack::Figure,
        scale: Scale,
        t: &Tables,
    ) -> Figure {
        match figure {
            pack::Figure::Unknown => Figure::Unknown,
            pack::Figure::Estimate { min, max, basis } => {
                let min = self.number(item, &format!("{path}.min"), *min, scale);
                let max = self.number(item, &format!("{path}.max"), *max, scale);
                if min > max {
                    self.error(
                        item,
                        &format!("{path}.min"),
                        format!("the estimate's min ({min}) is larger than its max ({max})"),
                        "swap them",
                    );
                }
                Figure::Estimate {
                    range: Range { min, max },
                    basis: self.required(item, &format!("{path}.basis"), basis),
                }
            }
            pack::Figure::Sourced {
                value,
                min,
                max,
                source,
                note,
            } => {
                let range = match (value, min, max) {
                    (Some(v), None, None) => {
                        let v = self.number(item, &format!("{path}.value"), *v, scale);
                        Range { min: v, max: v }
                    }
                    (None, Some(lo), Some(hi)) => {
                        let lo = self.number(item, &format!("{path}.min"), *lo, scale);
                        let hi = self.number(item, &format!("{path}.max"), *hi, scale);
                        if lo > hi {
                            self.error(
                                item,
                                &format!("{path}.min"),
                                format!("the figure's min ({lo}) is larger than its max ({hi})"),
                                "swap them",
                            );
                        }
                        Range { min: lo, max: hi }
                    }
                    _ => {
                        self.error(
                            item,
                            path,
                            "a sourced figure needs either `value` or both `min` and `max`".into(),
                            "write `Sourced(value: 3, source: \"id\")` or `Sourced(min: 1, max: 2, source: \"id\")`",
                        );
                        Range { min: 0.0, max: 0.0 }
                    }
                };
                let source =
                    SourceIx(self.refer(&t.sources, item, &format!("{path}.source"), source));
                let note = note
                    .as_ref()
                    .map(|n| self.text(item, &format!("{path}.note"), n));
                Figure::Sourced {
                    range,
                    source,
                    note,
                }
            }
        }
    }

    fn source(&mut self, s: &Located<pack::Source>) -> Source {
        let i = &s.item;
        if !is_date(&i.date) {
            self.error(
                s,
                "date",
                format!("`{}` is not a date", i.date),
                "write YYYY, YYYY-MM or YYYY-MM-DD",
            );
        }
        Source {
            id: i.id.clone(),
            title: self.line(s, "title", &i.title),
            publisher: self.line(s, "publisher", &i.publisher),
            url: self.url(s, "url", &i.url),
            date: self.text(s, "date", &i.date),
            kind: i.kind,
            note: self.required(s, "note", &i.note),
        }
    }

    fn track(&mut self, t: &Located<pack::Track>, tables: &Tables) -> Track {
        Track {
            id: t.item.id.clone(),
            name: self.line(t, "name", &t.item.name),
            summary: self.required(t, "summary", &t.item.summary),
            context: self.facts(t, "context", &t.item.context, tables),
        }
    }

    fn skill(&mut self, s: &Located<pack::Skill>, t: &Tables) -> Skill {
        let i = &s.item;
        let (learning, influence) = self.learning(s, t);
        let mut prerequisites = Vec::new();
        for (n, id) in i.prerequisites.iter().enumerate() {
            let path = format!("prerequisites[{n}]");
            if id == &i.id {
                self.error(
                    s,
                    &path,
                    format!("skill `{id}` lists itself as a prerequisite"),
                    "remove it",
                );
                continue;
            }
            let ix = SkillIx(self.refer(&t.skills, s, &path, id));
            if prerequisites.contains(&ix) && t.skills.ids.contains_key(id) {
                self.warn(
                    s,
                    &path,
                    format!("prerequisite `{id}` is listed twice"),
                    "remove one",
                );
            }
            prerequisites.push(ix);
        }
        prerequisites.dedup();
        let resources = i
            .resources
            .iter()
            .enumerate()
            .map(|(n, r)| Resource {
                title: self.line(s, &format!("resources[{n}].title"), &r.title),
                url: self.url(s, &format!("resources[{n}].url"), &r.url),
                kind: r.kind,
                price: r.price,
            })
            .collect();
        let sources = self.source_refs(s, "sources", &i.sources, t);
        Skill {
            id: i.id.clone(),
            name: self.line(s, "name", &i.name),
            category: i.category,
            summary: self.required(s, "summary", &i.summary),
            learning,
            influence,
            prerequisites,
            resources,
            sources,
        }
    }

    /// The study figures of a skill: two, for levels 1 and 2, and a third
    /// for level 3 only when a source states it, because organisational
    /// influence comes with time in a role, not with study.
    fn learning(&mut self, s: &Located<pack::Skill>, t: &Tables) -> ([Figure; 2], Option<Figure>) {
        let given = &s.item.learning;
        if !(2..=3).contains(&given.len()) {
            self.error(
                s,
                "learning",
                format!("`learning` has {} figures; it needs 2", given.len()),
                "give the months of study from level 0 to 1 and from 1 to 2; level 3 comes with time in a role",
            );
        }
        let mut figures = given
            .iter()
            .enumerate()
            .take(3)
            .map(|(n, figure)| self.figure(s, &format!("learning[{n}]"), figure, MONTHS, t));
        let learning = [
            figures.next().unwrap_or(Figure::Unknown),
            figures.next().unwrap_or(Figure::Unknown),
        ];
        // A third figure counts only when a source states it; `Unknown`
        // there says what leaving it out says.
        let influence = figures.next().filter(|f| !matches!(f, Figure::Unknown));
        if let Some(third) = &influence
            && !matches!(third, Figure::Sourced { .. })
        {
            self.error(
                s,
                "learning[2]",
                "level 3 is priced as months of study, but no source states it".into(),
                "remove the third figure: level 3 (organisational influence) comes with time in a role; keep one only as `Sourced(..., source: \"id\")`",
            );
        }
        (learning, influence)
    }

    /// Resolved references to sources, as a role or a skill lists them.
    fn source_refs<T>(
        &mut self,
        item: &Located<T>,
        path: &str,
        ids: &[String],
        t: &Tables,
    ) -> Vec<SourceIx> {
        let mut sources: Vec<SourceIx> = Vec::new();
        for (n, id) in ids.iter().enumerate() {
            let ix = SourceIx(self.refer(&t.sources, item, &format!("{path}[{n}]"), id));
            if !sources.contains(&ix) {
                sources.push(ix);
            }
        }
        sources
    }

    /// Context findings: each needs its text and a figure that is not unknown.
    fn facts<T>(
        &mut self,
        item: &Located<T>,
        path: &str,
        facts: &[pack::Fact],
        t: &Tables,
    ) -> Vec<Fact> {
        facts
            .iter()
            .enumerate()
            .map(|(n, f)| {
                let at = format!("{path}[{n}]");
                let scale = if f.unit.trim() == "%" { PERCENT } else { COUNT };
                if matches!(f.figure, pack::Figure::Unknown) {
                    self.error(
                        item,
                        &format!("{at}.figure"),
                        "a context finding needs a figure".into(),
                        "give it `Sourced(value: ..., source: \"id\")`, or leave the finding out",
                    );
                }
                Fact {
                    figure: self.figure(item, &format!("{at}.figure"), &f.figure, scale, t),
                    unit: super::text::clean_line(&self.text(item, &format!("{at}.unit"), &f.unit))
                        .into_owned(),
                    text: self.required(item, &format!("{at}.text"), &f.text),
                }
            })
            .collect()
    }

    fn role(&mut self, r: &Located<pack::Role>, t: &Tables) -> Role {
        let i = &r.item;
        let track = TrackIx(self.refer(&t.tracks, r, "track", &i.track));
        if i.skills.is_empty() {
            self.error(
                r,
                "skills",
                format!("role `{}` requires no skills", i.id),
                "list the skills the role needs, each with a level",
            );
        }
        let mut skills: Vec<Requirement> = Vec::new();
        for (n, req) in i.skills.iter().enumerate() {
            let path = format!("skills[{n}]");
            let skill = SkillIx(self.refer(&t.skills, r, &format!("{path}.skill"), &req.skill));
            if !(1..=i64::from(MAX_LEVEL)).contains(&req.level) {
                self.error(
                    r,
                    &format!("{path}.level"),
                    format!("level {} is out of range", req.level),
                    "levels are 1 (recognition), 2 (unsupervised execution), 3 (organisational influence)",
                );
            }
            if t.skills.ids.contains_key(&req.skill) && skills.iter().any(|s| s.skill == skill) {
                self.error(
                    r,
                    &format!("{path}.skill"),
                    format!("skill `{}` is required twice by role `{}`", req.skill, i.id),
                    "keep one requirement per skill",
                );
                continue;
            }
            skills.push(Requirement {
                skill,
                level: req.level.clamp(0, i64::from(MAX_LEVEL)) as u8,
                need: req.need,
            });
        }
        let responsibilities = i
            .responsibilities
            .iter()
            .enumerate()
            .map(|(n, line)| self.line(r, &format!("responsibilities[{n}]"), line))
            .collect();
        let sectors = i
            .sectors
            .iter()
            .enumerate()
            .map(|(n, line)| self.line(r, &format!("sectors[{n}]"), line))
            .collect();
        let wage_reference = i
            .wage_reference
            .as_ref()
            .map(|w| WageIx(self.refer(&t.wages, r, "wage_reference", w)));
        let sources = self.source_refs(r, "sources", &i.sources, t);
        Role {
            id: i.id.clone(),
            title: self.line(r, "title", &i.title),
            band: i.band,
            track,
            summary: self.required(r, "summary", &i.summary),
            responsibilities,
            skills,
            requirements_basis: self.required(r, "requirements_basis", &i.requirements_basis),
            sectors,
            wage_reference,
            sources,
        }
    }

    fn mv(&mut self, m: &Located<pack::Move>, t: &Tables) -> Move {
        let i = &m.item;
        let from = RoleIx(self.refer(&t.roles, m, "from", &i.from));
        let to = RoleIx(self.refer(&t.roles, m, "to", &i.to));
        if i.from == i.to {
            self.error(
                m,
                "to",
                format!("the move leads from `{}` to itself", i.from),
                "a move joins two different roles",
            );
        }
        if i.both_ways && i.kind != MoveKind::Lateral {
            self.error(
                m,
                "both_ways",
                format!("a {} move cannot go both ways", format!("{:?}", i.kind).to_lowercase()),
                "only lateral moves may be declared `both_ways: true`; declare the reverse move separately",
            );
        }
        if !i.drops.is_empty() && i.kind != MoveKind::Promotion {
            self.error(
                m,
                "drops",
                "only a promotion lists the skills it drops".into(),
                "remove `drops`; other moves are not expected to keep the skills of the role left",
            );
        }
        let drops = i
            .drops
            .iter()
            .enumerate()
            .map(|(n, id)| SkillIx(self.refer(&t.skills, m, &format!("drops[{n}]"), id)))
            .collect();
        Move {
            from,
            to,
            kind: i.kind,
            both_ways: i.both_ways,
            experience: self.figure(m, "experience", &i.experience, YEARS, t),
            note: self.required(m, "note", &i.note),
            drops,
        }
    }

    fn wage(&mut self, w: &Located<pack::WageReference>, t: &Tables) -> WageReference {
        let i = &w.item;
        WageReference {
            id: i.id.clone(),
            code: self.line(w, "code", &i.code),
            occupation: self.line(w, "occupation", &i.occupation),
            scope: self.line(w, "scope", &i.scope),
            currency: self.line(w, "currency", &i.currency),
            period: self.line(w, "period", &i.period),
            employment: self.figure(w, "employment", &i.employment, COUNT, t),
            mean: self.figure(w, "mean", &i.mean, MONEY, t),
            p10: self.figure(w, "p10", &i.p10, MONEY, t),
            p25: self.figure(w, "p25", &i.p25, MONEY, t),
            median: self.figure(w, "median", &i.median, MONEY, t),
            p75: self.figure(w, "p75", &i.p75, MONEY, t),
            p90: self.figure(w, "p90", &i.p90, MONEY, t),
        }
    }

    fn duplicate_moves(&mut self, items: &[Located<pack::Move>], moves: &[Move]) {
        let mut seen: HashMap<(RoleIx, RoleIx), usize> = HashMap::new();
        for (n, m) in moves.iter().enumerate() {
            let mut legs = vec![(m.from, m.to)];
            if m.both_ways {
                legs.push((m.to, m.from));
            }
            for leg in legs {
                if let Some(&first) = seen.get(&leg) {
                    let at = self.locate(&items[first], "from");
                    self.error(
                        &items[n],
                        "from",
                        format!(
                            "the move from `{}` to `{}` is declared twice",
                            items[n].item.from, items[n].item.to
                        ),
                        format!(
                            "the first is at {}:{}:{}; keep one",
                            at.file, at.line, at.column
                        ),
                    );
                    break;
                }
                seen.insert(leg, n);
            }
        }
    }

    fn prerequisite_cycles(&mut self, items: &[Located<pack::Skill>], skills: &[Skill]) {
        // Depth-first search with an explicit stack; 0 unvisited, 1 on the
        // current path, 2 done.
        let mut state = vec![0u8; skills.len()];
        for start in 0..skills.len() {
            if state[start] != 0 {
                continue;
            }
            let mut stack: Vec<(usize, usize)> = vec![(start, 0)];
            state[start] = 1;
            while let Some(&mut (node, ref mut next)) = stack.last_mut() {
                let prereqs = &skills[node].prerequisites;
                if *next < prereqs.len() {
                    let to = prereqs[*next].index();
                    *next += 1;
                    if to >= skills.len() {
                        continue;
                    }
                    match state[to] {
                        0 => {
                            state[to] = 1;
                            stack.push((to, 0));
                        }
                        1 if !self.room(&items[node]) => {
                            self.diagnostics.count(items[node].file, Severity::Error);
                        }
                        1 => {
                            let begin = stack.iter().position(|&(n, _)| n == to).unwrap_or(0);
                            // A long cycle is named by its ends: the message
                            // stays short however many skills it passes.
                            let path = &stack[begin..];
                            let mut names: Vec<&str> = if path.len() > 6 {
                                let mut ends: Vec<&str> = path[..3]
                                    .iter()
                                    .map(|&(n, _)| skills[n].id.as_str())
                                    .collect();
                                ends.push("…");
                                ends.extend(
                                    path[path.len() - 2..]
                                        .iter()
                                        .map(|&(n, _)| skills[n].id.as_str()),
                                );
                                ends
                            } else {
                                path.iter().map(|&(n, _)| skills[n].id.as_str()).collect()
                            };
                            names.push(&skills[to].id);
                            let slot = stack.last().map_or(0, |&(_, k)| k - 1);
                            self.error(
                                &items[node],
                                &format!("prerequisites[{slot}]"),
                                format!("prerequisites form a cycle: {}", names.join(" → ")),
                                "a skill cannot build, directly or not, on itself; remove one link",
                            );
                        }
                        _ => {}
                    }
                } else {
                    state[node] = 2;
                    stack.pop();
                }
            }
        }
    }

    fn info(&mut self, parsed: &Parsed, t: &Tables, roles: &[Role]) -> Option<PackInfo> {
        let Some(first) = parsed.meta.first() else {
            if parsed.incomplete {
                return None;
            }
            self.diagnostics.push_global(
                Diagnostic::error("no file of the pack has a `pack` section")
                    .with_hint("add `pack: (id: ..., name: ..., version: ..., description: ..., licence: ...)` to one file"),
            );
            return None;
        };
        for extra in &parsed.meta[1..] {
            let at = self.locate(first, "");
            self.error(
                extra,
                "",
                "a second `pack` section".into(),
                format!(
                    "the first is at {}:{}:{}; a pack has one",
                    at.file, at.line, at.column
                ),
            );
        }
        let i = &first.item;
        if !is_kebab_case(&i.id) {
            self.error(
                first,
                "id",
                format!("pack id `{}` is not lowercase kebab-case", i.id),
                format!("write it like `{}`", suggest_kebab(&i.id)),
            );
        }
        let entry_role = match &i.entry_role {
            Some(id) => RoleIx(self.refer(&t.roles, first, "entry_role", id)),
            None => roles
                .iter()
                .enumerate()
                .min_by_key(|(_, r)| r.band)
                .map_or(RoleIx(0), |(n, _)| RoleIx(n as u32)),
        };
        let maintainers = i
            .maintainers
            .iter()
            .enumerate()
            .map(|(n, m)| self.line(first, &format!("maintainers[{n}]"), m))
            .collect();
        Some(PackInfo {
            id: i.id.clone(),
            name: self.line(first, "name", &i.name),
            version: self.line(first, "version", &i.version),
            description: self.required(first, "description", &i.description),
            licence: self.line(first, "licence", &i.licence),
            maintainers,
            entry_role,
            context: self.facts(first, "context", &i.context, t),
        })
    }

    fn unconnected_roles(&mut self, items: &[Located<pack::Role>], moves: &[Move]) {
        if items.len() < 2 {
            return;
        }
        let mut connected = vec![false; items.len()];
        for m in moves {
            for end in [m.from, m.to] {
                if let Some(flag) = connected.get_mut(end.index()) {
                    *flag = true;
                }
            }
        }
        for (item, connected) in items.iter().zip(connected) {
            if !connected {
                self.warn(
                    item,
                    "id",
                    format!("no move reaches or leaves role `{}`", item.item.id),
                    "add a move from or to it under `moves:`, or it cannot be reached on the map",
                );
            }
        }
    }

    fn unused_skills(&mut self, items: &[Located<pack::Skill>], skills: &[Skill], roles: &[Role]) {
        let mut used = vec![false; skills.len()];
        let needed = roles.iter().flat_map(|r| r.skills.iter().map(|q| q.skill));
        let built_on = skills.iter().flat_map(|s| s.prerequisites.iter().copied());
        for ix in needed.chain(built_on) {
            if let Some(flag) = used.get_mut(ix.index()) {
                *flag = true;
            }
        }
        for (item, used) in items.iter().zip(used) {
            if !used {
                self.warn(
                    item,
                    "id",
                    format!("no role requires skill `{}`", item.item.id),
                    "require it from a role, or make it a prerequisite of a skill that is",
                );
            }
        }
    }
}

/// A kebab-case version of `id`, to show in a hint.
fn suggest_kebab(id: &str) -> String {
    let mut out = String::new();
    for c in id.chars() {
        if c.is_ascii_alphanumeric() {
            if c.is_ascii_uppercase() && !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() { "my-id".into() } else { out }
}

mod advice;
#[cfg(test)]
mod tests;
