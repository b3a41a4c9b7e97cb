//! The self-assessment screen: one skill at a time, in plain words, with
//! how many questions remain. Each answer is an edit of the person (saved
//! as the other screens' are); skip, back and stop move through the list;
//! the place is kept (as `rolemap assess` keeps it) so a stop resumes. At
//! the end it shows what changed and warns of flat ratings.

use super::{Ask, Given};
use crate::card::assess::{
    FLAT_WARNING, choices, goal_change, level_changes, plan_change, scope_of_word, scope_says,
    scope_word,
};
use crate::model::SkillIx;
use crate::model::assess::{Scope, is_flat, questions};
use crate::model::profile::{Edit, Profile};
use crate::tui::action::Action;
use crate::tui::doc::{Doc, Line, Meaning};
use crate::tui::layout;
use crate::tui::list::{self, TextView};

#[derive(Debug, Clone)]
pub struct AssessView {
    /// Which skills are asked about; `s` steps through the choices.
    pub scope: Scope,
    pub questions: Vec<SkillIx>,
    pub at: usize,
    /// Skill ids asked already (answered or skipped), kept as the place.
    pub done: Vec<String>,
    answered: Vec<u8>,
    /// The place kept when the screen opened (scope word, ids asked), to
    /// go on from when its scope is chosen again.
    kept: Option<(String, Vec<String>)>,
    /// The person when the questionnaire opened, to say what changed.
    before: Profile,
    pub text: TextView,
}

impl AssessView {
    /// The questions where the kept place stopped (with `rolemap assess`
    /// too), else those of the person's roles from the start.
    pub fn new(g: &Given, kept: Option<(String, Vec<String>)>) -> AssessView {
        let scope = kept
            .as_ref()
            .and_then(|(word, _)| scope_of_word(word))
            .unwrap_or(Scope::Roles);
        let mut view = AssessView {
            scope,
            questions: Vec::new(),
            at: 0,
            done: Vec::new(),
            answered: Vec::new(),
            kept,
            before: g.person.profile.clone(),
            text: TextView::default(),
        };
        view.walk(g, scope);
        view
    }

    /// Asks about the skills of `scope`, from where it stopped if the kept
    /// place is of that scope.
    fn walk(&mut self, g: &Given, scope: Scope) {
        self.scope = scope;
        self.questions = questions(g.model(), &g.person.resolved, scope);
        self.at = 0;
        self.done = match &self.kept {
            Some((word, done)) if word == scope_word(scope) => done.clone(),
            _ => Vec::new(),
        };
        self.settle(g);
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
                    scope: scope_word(self.scope).to_string(),
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
            (Action::AssessScope, _) => self.walk(g, self.scope.next()),
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
        // The status line names `s`, which asks about other skills.
        let walks = scope_says(self.scope);
        if self.questions.is_empty() {
            let text = format!("Asking about {walks} · s: other skills");
            doc.wrapped(&text, width, "", "", Meaning::Quiet);
            doc.blank();
            doc.wrapped(
                "Nothing to ask yet: set your current role and goal first (c and t on Explore), \
                 or press s for every skill or one category.",
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
        // One line where it fits: the question stays in view at 80×24.
        let at = format!(
            "Question {} of {} · {left} left · {walks}",
            self.at + 1,
            self.questions.len()
        );
        doc.wrapped(&at, width, "", "", Meaning::Quiet);
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
                doc.wrapped(shows, width, "         ", "         ", Meaning::Quiet);
            }
        }
        doc.blank();
        doc.wrapped(
            "0–3 answers · → or Enter skips · ← back · s other skills · Esc stops (answers are kept)",
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
        if let Some(said) = plan_change(m, &self.before, &g.person.profile) {
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
