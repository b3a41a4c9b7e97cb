//! A self-assessment: which skills to ask about, what an answer means, and
//! whether a set of answers looks flat (everything rated alike, which
//! makes matches unreliable). Pure; the faces ask the questions and save
//! the answers as profile edits.

use super::profile::Resolved;
use super::types::{Category, Model, RoleIx, SkillIx};

/// Which skills a self-assessment walks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The skills of the person's current and target roles.
    Roles,
    /// The skills of the current role only.
    Current,
    /// The skills of the target role only.
    Target,
    /// Every skill of the pack.
    All,
    /// The skills of one category.
    Category(Category),
}

impl Scope {
    /// Every scope, in the order the explorer steps through them.
    pub fn every() -> Vec<Scope> {
        [Scope::Roles, Scope::Current, Scope::Target, Scope::All]
            .into_iter()
            .chain(Category::ALL.map(Scope::Category))
            .collect()
    }

    /// The scope after this one, back to the first after the last.
    pub fn next(self) -> Scope {
        let every = Scope::every();
        let at = every.iter().position(|&s| s == self).unwrap_or(0);
        every[(at + 1) % every.len()]
    }
}

/// What each level means, in the words a person answers with.
pub const LEVEL_WORDS: [&str; 4] = [
    "none",
    "I know it and have done small supervised work",
    "I do it on my own under real constraints",
    "I shape how my team does it",
];

/// One answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Level(u8),
    Skip,
    Back,
    Stop,
}

/// The skills to ask about, grouped by category, by name within one.
/// `Roles`, `Current` and `Target` need the roles set; without them the
/// list is empty.
pub fn questions(model: &Model, person: &Resolved, scope: Scope) -> Vec<SkillIx> {
    let of = |role: Option<RoleIx>| -> Vec<SkillIx> {
        role.map(|r| model.role(r).skills.iter().map(|q| q.skill).collect())
            .unwrap_or_default()
    };
    let mut skills: Vec<SkillIx> = match scope {
        Scope::Roles => [of(person.current), of(person.target)].concat(),
        Scope::Current => of(person.current),
        Scope::Target => of(person.target),
        Scope::All => (0..model.skills().len() as u32).map(SkillIx).collect(),
        Scope::Category(c) => (0..model.skills().len() as u32)
            .map(SkillIx)
            .filter(|&s| model.skill(s).category == c)
            .collect(),
    };
    skills.sort_by(|&a, &b| {
        let (a, b) = (model.skill(a), model.skill(b));
        let order = |c: Category| Category::ALL.iter().position(|&x| x == c);
        order(a.category)
            .cmp(&order(b.category))
            .then_with(|| a.name.cmp(&b.name))
    });
    skills.dedup();
    skills
}

/// Reads an answer: `0`–`3`, the words of a level (`none`, `know`,
/// `recognition`, `do`, `execution`, `shape`, `influence`), or `skip`,
/// `back`, `stop` (and their first letters). Says what is accepted
/// otherwise.
pub fn parse(text: &str) -> Result<Answer, String> {
    let word = text.trim().to_lowercase();
    let answer = match word.as_str() {
        "0" | "none" | "n" => Answer::Level(0),
        "1" | "know" | "recognition" => Answer::Level(1),
        "2" | "do" | "execution" => Answer::Level(2),
        "3" | "shape" | "influence" => Answer::Level(3),
        "" | "s" | "skip" => Answer::Skip,
        "b" | "back" => Answer::Back,
        "q" | "stop" | "quit" => Answer::Stop,
        _ => {
            return Err(format!(
                "`{}` is not an answer: give 0–3 (or none, know, do, shape), skip, back or stop",
                super::text::clean_line(text.trim())
            ));
        }
    };
    Ok(answer)
}

/// Whether answers look flat: at least six, and four in five the same
/// level. A person who rates everything alike has likely not weighed each
/// skill, and matches made from it mislead.
pub fn is_flat(levels: &[u8]) -> bool {
    if levels.len() < 6 {
        return false;
    }
    let most = (0..=3)
        .map(|l| levels.iter().filter(|&&x| x == l).count())
        .max()
        .unwrap_or(0);
    most * 5 >= levels.len() * 4
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::profile::Profile;

    #[test]
    fn questions_walk_the_roles_skills_once_by_category() {
        let m = crate::bundled::model().unwrap();
        let mut p = Profile::new("ana", "2026-12-02T00:00:00Z");
        p.current_role = Some("junior-systems-programmer".into());
        p.target_role = Some("backend-developer".into());
        let r = p.resolve(&m);
        let q = questions(&m, &r, Scope::Roles);
        let mut unique = q.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), q.len(), "each skill once");
        let needed: std::collections::BTreeSet<SkillIx> = [r.current, r.target]
            .into_iter()
            .flatten()
            .flat_map(|role| m.role(role).skills.iter().map(|s| s.skill))
            .collect();
        assert_eq!(
            unique
                .into_iter()
                .collect::<std::collections::BTreeSet<_>>(),
            needed
        );
        let cats: Vec<usize> = q
            .iter()
            .map(|&s| {
                Category::ALL
                    .iter()
                    .position(|&c| c == m.skill(s).category)
                    .unwrap()
            })
            .collect();
        assert!(cats.windows(2).all(|w| w[0] <= w[1]), "grouped by category");
        assert!(questions(&m, &Profile::new("x", "t").resolve(&m), Scope::Roles).is_empty());
        assert_eq!(questions(&m, &r, Scope::All).len(), m.skills().len());
    }

    #[test]
    fn scopes_step_through_every_one_and_round() {
        let every = Scope::every();
        assert_eq!(every.len(), 4 + Category::ALL.len());
        let mut s = Scope::Roles;
        for expected in every.iter().skip(1) {
            s = s.next();
            assert_eq!(s, *expected);
        }
        assert_eq!(s.next(), Scope::Roles);
    }

    #[test]
    fn answers_are_digits_words_or_moves() {
        assert_eq!(parse(" 2 "), Ok(Answer::Level(2)));
        assert_eq!(parse("Shape"), Ok(Answer::Level(3)));
        assert_eq!(parse("none"), Ok(Answer::Level(0)));
        assert_eq!(parse(""), Ok(Answer::Skip));
        assert_eq!(parse("b"), Ok(Answer::Back));
        assert_eq!(parse("stop"), Ok(Answer::Stop));
        assert!(parse("4").unwrap_err().contains("`4` is not an answer"));
        assert!(parse("\u{1b}[2J").unwrap_err().contains("`[2J`"));
    }

    #[test]
    fn everything_rated_alike_is_flat() {
        assert!(!is_flat(&[2, 2, 2, 2, 2]), "too few to tell");
        assert!(is_flat(&[2, 2, 2, 2, 2, 2]));
        assert!(is_flat(&[1, 1, 1, 1, 3, 1, 1, 1, 1, 1]));
        assert!(!is_flat(&[1, 2, 1, 2, 1, 2, 0, 3]));
    }
}
