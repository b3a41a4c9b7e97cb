//! Checks of each item on its own, resolving it into the model's types:
//! sources, tracks, skills with their learning figures, roles, moves and
//! wage references. A reference that resolves becomes an index.

use super::super::load::Located;
use super::super::pack;
use super::super::types::*;
use super::rules::{COUNT, MONEY, MONTHS, PERCENT, Scale, YEARS, is_date};
use super::{Checker, Tables};

impl Checker<'_> {
    pub(super) fn figure<T>(
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

    pub(super) fn source(&mut self, s: &Located<pack::Source>) -> Source {
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

    pub(super) fn track(&mut self, t: &Located<pack::Track>, tables: &Tables) -> Track {
        Track {
            id: t.item.id.clone(),
            name: self.line(t, "name", &t.item.name),
            summary: self.required(t, "summary", &t.item.summary),
            context: self.facts(t, "context", &t.item.context, tables),
        }
    }

    pub(super) fn skill(&mut self, s: &Located<pack::Skill>, t: &Tables) -> Skill {
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
        let levels = self.level_texts(s);
        Skill {
            id: i.id.clone(),
            name: self.line(s, "name", &i.name),
            category: i.category,
            summary: self.required(s, "summary", &i.summary),
            learning,
            influence,
            prerequisites,
            resources,
            levels,
            sources,
        }
    }

    /// The study figures of a skill: two, for levels 1 and 2, and a third
    /// for level 3 only when a source states it, because organisational
    /// influence comes with time in a role, not with study.
    pub(super) fn learning(
        &mut self,
        s: &Located<pack::Skill>,
        t: &Tables,
    ) -> ([Figure; 2], Option<Figure>) {
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
    pub(super) fn source_refs<T>(
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
    pub(super) fn facts<T>(
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
                    unit: super::super::text::clean_line(&self.text(
                        item,
                        &format!("{at}.unit"),
                        &f.unit,
                    ))
                    .into_owned(),
                    text: self.required(item, &format!("{at}.text"), &f.text),
                }
            })
            .collect()
    }

    pub(super) fn role(&mut self, r: &Located<pack::Role>, t: &Tables) -> Role {
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

    pub(super) fn mv(&mut self, m: &Located<pack::Move>, t: &Tables) -> Move {
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

    pub(super) fn wage(&mut self, w: &Located<pack::WageReference>, t: &Tables) -> WageReference {
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
}
