//! The self-assessment screen: one skill at a time, in plain words, with
//! how many questions remain. Each answer is an edit of the person (saved
//! as the other screens' are); skip, back and stop move through the list;
//! the place is kept (as `rolemap assess` keeps it) so a stop resumes. At
//! the end it shows what changed and warns of flat ratings.

use super::{Ask, Given};
use crate::card::assess::{FLAT_WARNING, choices, goal_change, level_changes};
use crate::model::SkillIx;
use crate::model::assess::{Scope, is_flat, questions};
use crate::model::profile::{Edit, Profile};
use crate::tui::action::Action;
use crate::tui::doc::{Doc, Line, Meaning};
use crate::tui::layout;
use crate::tui::list::{self, TextView};

/// The scope's name, as the command line and the kept place write it.
pub const SCOPE: &str = "roles";

#[derive(Debug, Clone)]
pub struct AssessView {
    pub questions: Vec<SkillIx>,
    pub at: usize,
    /// Skill ids asked already (answered or skipped), kept as the place.
    pub done: Vec<String>,
    answered: Vec<u8>,
    /// The person when the questionnaire opened, to say what changed.
    before: Profile,
    pub text: TextView,
}

impl AssessView {
    /// The questions of the person's roles, those in `done` asked already.
    pub fn new(g: &Given, done: Vec<String>) -> AssessView {
        let questions = questions(g.model(), &g.person.resolved, Scope::Roles);
        let mut view = AssessView {
            questions,
            at: 0,
            done,
            answered: Vec::new(),
            before: g.person.profile.clone(),
            text: TextView::default(),
        };
        view.settle(g);
        view
    }

    fn id(&self, g: &Given, at: usize) -> Option<String> {
        self.questions
            .get(at)
            .map(|&s| g.model().skill(s).id.clone())
    }

    /// Moves past questions asked already.
    fn settle(&mut self, g: &Given) {
        while let Some(id) = self.id(g, self.at)
            && self.done.contains(&id)
        {
            self.at += 1;
        }
        self.relayout(g);
    }

    pub fn is_finished(&self) -> bool {
        self.at >= self.questions.len()
    }

    pub fn act(&mut self, g: &Given, action: Action) -> Ask {
        let level = match action {
            Action::Level0 => Some(0),
            Action::Level1 => Some(1),
            Action::Level2 => Some(2),
            Action::Level3 => Some(3),
            _ => None,
        };
        match (action, self.id(g, self.at)) {
            (Action::Close, _) => {
                return Ask::AssessStop {
                    done: self.done.clone(),
                    finished: self.is_finished(),
                };
            }
            (_, Some(id)) if level.is_some() => {
                let level = level.unwrap_or(0);
                self.answered.push(level);
                self.done.push(id.clone());
                self.at += 1;
                self.settle(g);
                return Ask::Edit(vec![Edit::Level(id, level)], None);
            }
            (Action::Forward, Some(id)) => {
                self.done.push(id);
                self.at += 1;
                self.settle(g);
            }
            (Action::Back, _) if self.at > 0 => {
                self.at -= 1;
                if let Some(id) = self.id(g, self.at) {
                    self.done.retain(|d| *d != id);
                }
                self.relayout(g);
            }
            _ => list::scroll_text(&mut self.text, action, height(g)),
        }
        Ask::Nothing
    }

    /// The page: the question, or what changed once all are answered.
    pub fn doc(&self, g: &Given) -> Doc {
        let m = g.model();
        let width = usize::from(layout::inner(layout::frame(g.area).body).width);
        let mut doc = Doc::new();
        if self.questions.is_empty() {
            doc.wrapped(
                "Set your current role and goal first (c and t on Explore): the questions walk their skills.",
                width,
                "",
                "",
                Meaning::Plain,
            );
            return doc;
        }
        let Some(&skill) = self.questions.get(self.at) else {
            return self.summary(g, width);
        };
        let s = m.skill(skill);
        let left = self.questions.len() - self.at - 1;
        doc.line(Line::styled(
            format!(
                "Question {} of {} · {left} left",
                self.at + 1,
                self.questions.len()
            ),
            Meaning::Quiet,
        ));
        doc.blank();
        doc.wrapped(&s.name, width, "", "", Meaning::Title);
        doc.wrapped(&s.summary, width, "", "", Meaning::Plain);
        doc.blank();
        let now = g.person.level(skill);
        for (level, words, shows) in choices(s) {
            let mark = if now == level { "▸ now" } else { "     " };
            let text = format!("{level}  {words}");
            doc.wrapped(
                &text,
                width,
                &format!("{mark} "),
                "          ",
                Meaning::Plain,
            );
            if let Some(shows) = shows {
                let text = format!("for example: {shows}");
                doc.wrapped(&text, width, "         ", "         ", Meaning::Quiet);
            }
        }
        doc.blank();
        doc.wrapped(
            "0–3 answers · → or Enter skips · ← back · Esc stops (answers are kept)",
            width,
            "",
            "",
            Meaning::Quiet,
        );
        doc
    }

    fn summary(&self, g: &Given, width: usize) -> Doc {
        let m = g.model();
        let mut doc = Doc::new();
        doc.line(Line::styled("Done. What changed", Meaning::Heading));
        // The warning first: it is what to act on, before the list.
        if is_flat(&self.answered) {
            doc.wrapped(FLAT_WARNING, width, "", "", Meaning::Warning);
        }
        if let Some(said) = goal_change(m, &self.before, &g.person.profile) {
            doc.blank();
            doc.wrapped(&format!("{said}."), width, "", "", Meaning::Plain);
        }
        doc.blank();
        let changes = level_changes(m, &self.before, &g.person.profile);
        for change in &changes {
            doc.wrapped(change, width, "  ", "    ", Meaning::Plain);
        }
        if changes.is_empty() {
            doc.line(Line::styled("  no level changed", Meaning::Quiet));
        }
        doc
    }

    pub fn relayout(&mut self, g: &Given) {
        let doc = self.doc(g);
        self.text.relaid(doc, height(g));
    }
}

fn height(g: &Given) -> usize {
    list::height(layout::frame(g.area).body)
}
