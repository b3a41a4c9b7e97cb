//! The plan as a Markdown document for the person, who may open it wherever
//! Markdown renders: so every text from a pack or a profile in it is escaped
//! to read as the text it is, never as a link, an image, an entity or a tag.

use super::Planned;
use crate::card::route::{NO_SKILLS, NOT_PROVED, RouteCard, StepCard, entry_said};
use crate::format;
use crate::format::markdown::{md, md_url};
use crate::model::behind::Behind;
use crate::model::gap::Cost;

/// The plan as a document for the person: what it starts from, each route
/// with a table per step, how to read it, and the sources of its figures.
pub fn markdown(planned: &Planned, now: &str) -> String {
    let Planned {
        model: m,
        profile,
        from,
        to,
        plan,
        entry,
    } = planned;
    let hide = profile.hide_times;
    let (a, b) = (&m.role(*from).title, &m.role(*to).title);
    let mut doc = String::new();
    let mut line = |text: &str| {
        doc.push_str(text);
        doc.push('\n');
    };
    line(&format!(
        "# Plan for {}: {} → {}",
        md(&profile.name),
        md(a),
        md(b)
    ));
    line("");
    let start = match entry {
        Some(_) => "who holds no role yet".to_string(),
        None => format!("in the current role, {}", md(a)),
    };
    line(&format!(
        "Made by rolemap {} on {} from the pack “{}” {}. It starts from {}'s own skill \
         levels, {start}.",
        env!("CARGO_PKG_VERSION"),
        crate::model::date::day(now),
        md(&m.info().name),
        md(&m.info().version),
        md(&profile.name),
    ));
    line("");
    if hide {
        line("Learning times are hidden, as the profile asks.");
    } else {
        line(&format!(
            "Times are months of study at {}.",
            format::pace_meaning(profile.hours_per_week)
        ));
    }
    if !plan.exact {
        line("");
        line(NOT_PROVED);
    }
    if let Some(entry) = entry {
        let ready = StepCard::entry(m, entry, profile.pace());
        line("");
        line(&md(&entry_said(m, entry)));
        line("");
        let head = format!("## First: getting ready for {}", md(&ready.to));
        if hide {
            line(&head);
        } else {
            line(&format!("{head} — {}", format::months(&ready.cost)));
        }
        line("");
        skill_table(&mut line, &ready, hide);
        line("");
        line("Each route below starts once these levels are reached.");
    }
    for (n, route) in plan.routes.iter().enumerate() {
        let card = RouteCard::new(m, route, n, plan.exact, profile.pace());
        line("");
        let what = &card.name;
        if hide {
            line(&format!("## {what}: {}", card.moves));
        } else {
            line(&format!(
                "## {what}: {}, {}",
                card.moves,
                format::months(&card.total)
            ));
        }
        if card.steps.is_empty() {
            line("");
            line(&match entry {
                Some(_) => format!(
                    "No move is needed: getting ready for {} is the plan.",
                    md(b)
                ),
                None => format!("No move is needed: {} is the current role.", md(b)),
            });
        }
        for (i, step) in card.steps.iter().enumerate() {
            line("");
            let head = format!(
                "### {}. {}: {} → {}",
                i + 1,
                step.kind,
                md(&step.from),
                md(&step.to)
            );
            if hide {
                line(&head);
            } else {
                line(&format!("{head} — {}", format::months(&step.cost)));
            }
            line("");
            skill_table(&mut line, step, hide);
        }
        if !hide && !card.steps.is_empty() {
            line("");
            line(&format!("**Total: {}**", format::months(&card.total)));
        }
        if let Some(entry) = entry.as_ref().filter(|_| !hide) {
            let whole: Cost = [card.total, entry.cost.scaled(profile.pace())]
                .into_iter()
                .sum();
            line("");
            line(&format!(
                "**With getting ready for {} first: {}**",
                md(a),
                format::months(&whole)
            ));
        }
    }
    line("");
    line("## How to read this plan");
    line("");
    line(
        "- Levels: 0 none, 1 recognition (knows it, small supervised work), 2 execution \
         (unsupervised, under real constraints), 3 influence (shapes the team's decisions).",
    );
    line(
        "- Skills are listed in the order to learn them: what a skill builds on comes first, \
         essential skills before optional ones.",
    );
    line(
        "- A skill is never counted twice: each step starts from the levels held after the \
         steps before it.",
    );
    line(
        "- Only essential skills count in the times; optional ones are listed with their own \
         time. Level 3 (influence) comes with time in a role that exercises it, so it is counted \
         as levels in role, not as months of study: no public data says how long it takes.",
    );
    if !hide {
        line("- `~` and `(est.)` mark estimates; `unknown` means no figure exists, not zero.");
    }
    line("");
    line("## Sources of the figures");
    line("");
    let Behind { sources, bases } = if hide {
        line("The plan shows no learning times, so it cites no figures.");
        Behind::default()
    } else {
        Behind::plan(m, entry.as_ref(), &plan.routes)
    };
    if !hide && bases.is_empty() && sources.is_empty() {
        line("No learning time in this plan has a figure.");
    }
    for basis in &bases {
        line(&format!("- Estimate: {}", md(basis)));
    }
    for &s in &sources {
        let source = m.source(s);
        line(&format!(
            "- {}, {}, {} ({}): {}",
            md(&source.title),
            md(&source.publisher),
            md(&source.date),
            format::source_kind(source.kind),
            md_url(&source.url)
        ));
    }
    doc
}

/// A step's skills as a table, or what a step without any says.
fn skill_table(line: &mut impl FnMut(&str), step: &StepCard, hide: bool) {
    if step.skills.is_empty() {
        line(NO_SKILLS);
        return;
    }
    if hide {
        line("| # | Skill | From | To | Need |");
        line("|---|---|---|---|---|");
    } else {
        line("| # | Skill | From | To | Need | Time |");
        line("|---|---|---|---|---|---|");
    }
    for (k, s) in step.skills.iter().enumerate() {
        let mut row = format!(
            "| {} | {} | {} | {} | {} |",
            k + 1,
            md(&s.name),
            format::level(s.from),
            format::level(s.to),
            format::need(s.need)
        );
        if !hide {
            row.push_str(&format!(" {} |", format::months(&s.cost)));
        }
        line(&row);
    }
}

#[cfg(test)]
mod tests {
    use super::{md, md_url};

    #[test]
    fn markup_is_escaped() {
        assert_eq!(md("a *b* [c](d) <e>"), r"a \*b\* \[c\]\(d\) \<e\>");
        assert_eq!(md("&amp; #1 |x| ~y~ `z`"), r"\&amp; \#1 \|x\| \~y\~ \`z\`");
    }

    #[test]
    fn bare_autolinks_are_broken() {
        assert_eq!(md("ana@example.org"), r"ana\@example.org");
        assert_eq!(md("see https://x.org"), r"see https\://x.org");
        assert_eq!(md("WWW.x.org and www.y"), r"WWW\.x.org and www\.y");
    }

    #[test]
    fn a_dot_after_wide_characters_is_not_cut_mid_character() {
        assert_eq!(md("€é."), "€é.");
        assert_eq!(md("éwww."), r"éwww\.");
    }

    #[test]
    fn plain_text_is_left_alone() {
        assert_eq!(
            md("time: 3 months. 1.5 h/week"),
            "time: 3 months. 1.5 h/week"
        );
        assert_eq!(md("a\nb\tc"), "a b c");
    }

    #[test]
    fn only_web_addresses_become_links() {
        assert_eq!(
            md_url("https://doc.rust-lang.org/book/"),
            "<https://doc.rust-lang.org/book/>"
        );
        assert_eq!(md_url("javascript:alert(1)"), r"javascript:alert\(1\)");
        assert_eq!(md_url("https://x.org/a>b"), r"https\://x.org/a\>b");
    }
}
