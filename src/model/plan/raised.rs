//! The levels a label holds, kept as the skills raised above the
//! person's own, and a digest of them that compares at the speed of a few
//! words (see [`Digest`]).

use super::tables::Tables;
use super::*;

/// The skills a label holds above the person's own levels, as `(skill,
/// level)` sorted by skill. A route raises only the skills of the roles it
/// passes, so a label keeps a few dozen of these rather than a level for
/// every skill of the pack: its size, and the work of pricing a move from
/// it or comparing it with another, do not grow with the pack.
pub(super) type Raised = Vec<(SkillIx, u8)>;

/// The level held of `skill`: raised on the way, or the person's own.
pub(super) fn held(have: &Levels, raised: &[(SkillIx, u8)], skill: SkillIx) -> u8 {
    match raised.binary_search_by_key(&skill, |&(s, _)| s) {
        Ok(i) => raised[i].1,
        Err(_) => have.get(skill),
    }
}

/// Whether `these` hold no more of any skill than `others`, both raised
/// from the same levels: every skill raised here is raised at least as
/// high there (a skill not raised is at the levels both start from).
pub(super) fn at_most(these: &[(SkillIx, u8)], others: &[(SkillIx, u8)]) -> bool {
    let mut others = others.iter();
    these.iter().all(|&(skill, level)| {
        others
            .by_ref()
            .find(|&&(s, _)| s >= skill)
            .is_some_and(|&(s, l)| s == skill && l >= level)
    })
}

/// The essential skills of `role` above what someone holds (`held`), into
/// `added`, sorted by skill.
pub(super) fn added_by(
    tables: &Tables,
    held: impl Fn(SkillIx) -> u8,
    role: RoleIx,
    added: &mut Raised,
) {
    added.clear();
    added.extend(
        tables.essentials[role.index()]
            .iter()
            .filter(|&&(skill, level)| level > held(skill)),
    );
    added.sort_unstable_by_key(|&(skill, _)| skill);
}

/// `from` with the skills `added` raises (each above its level in
/// `from`), into `out`, sorted by skill.
pub(super) fn merge(from: &[(SkillIx, u8)], added: &[(SkillIx, u8)], out: &mut Raised) {
    out.clear();
    let (mut new, mut old) = (added.iter().peekable(), from.iter().peekable());
    loop {
        // A skill raised again takes its new level, which is higher.
        let next = match (new.peek(), old.peek()) {
            (Some(a), Some(b)) if a.0 == b.0 => {
                old.next();
                new.next()
            }
            (Some(a), Some(b)) if a.0 > b.0 => old.next(),
            (Some(_), _) => new.next(),
            (None, _) => old.next(),
        };
        match next {
            Some(&entry) => out.push(entry),
            None => break,
        }
    }
}

/// The most words a [`Digest`] takes.
const DIGEST_WORDS: usize = 16;

#[cfg(test)]
thread_local! {
    /// Fewer words for the digests of plans made on this thread, so that
    /// tests on small packs take the path of a wide one.
    pub(super) static TEST_DIGEST_WORDS: std::cell::Cell<usize> =
        const { std::cell::Cell::new(DIGEST_WORDS) };
}

/// The most words a digest takes.
fn most_words() -> usize {
    #[cfg(test)]
    return TEST_DIGEST_WORDS.with(|w| w.get());
    #[cfg(not(test))]
    DIGEST_WORDS
}

/// Levels folded into a few words: skill `s` goes to field `s % fields`,
/// which holds the highest level of the skills folded into it. Holding no
/// more of any skill than another means holding no more in any field, so
/// comparing digests (a few words, as [`Levels::at_most`] does) rules out
/// most comparisons at once; on a pack of at most `fields` skills the
/// digest is the levels themselves and settles every comparison.
#[derive(Debug, Clone)]
pub(super) struct Digest {
    /// The person's own levels, folded.
    base: Vec<u64>,
    /// Whether every skill has a field of its own.
    pub(super) exact: bool,
}

impl Digest {
    pub(super) fn new(model: &Model, have: &Levels) -> Digest {
        let skills = model.skills().len();
        let words = skills.div_ceil(16).clamp(1, most_words());
        let mut base = vec![0; words];
        for skill in model.skill_ixs() {
            fold(&mut base, skill, have.get(skill));
        }
        Digest {
            base,
            exact: skills <= words * 16,
        }
    }

    /// The digest of the person's levels with `raised` raised, into `out`.
    pub(super) fn of(&self, raised: &[(SkillIx, u8)], out: &mut Vec<u64>) {
        out.clone_from(&self.base);
        for &(skill, level) in raised {
            fold(out, skill, level);
        }
    }
}

/// Raises the field of `skill` in a digest to `level`, if it is lower.
pub(super) fn fold(digest: &mut [u64], skill: SkillIx, level: u8) {
    let field = skill.index() % (digest.len() * 16);
    let (word, shift) = (field / 16, field % 16 * 4);
    if u64::from(level) > (digest[word] >> shift) & 0xF {
        digest[word] = (digest[word] & !(0xF << shift)) | (u64::from(level) << shift);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ix(s: u32) -> SkillIx {
        SkillIx(s)
    }

    #[test]
    fn merging_takes_the_higher_level_and_keeps_skills_in_order() {
        let mut out = Raised::new();
        merge(
            &[(ix(1), 1), (ix(5), 2)],
            &[(ix(0), 1), (ix(5), 3), (ix(9), 2)],
            &mut out,
        );
        assert_eq!(out, [(ix(0), 1), (ix(1), 1), (ix(5), 3), (ix(9), 2)]);
        merge(&[], &[(ix(2), 1)], &mut out);
        assert_eq!(out, [(ix(2), 1)]);
    }

    #[test]
    fn at_most_compares_skill_by_skill() {
        let low = [(ix(1), 1), (ix(4), 2)];
        let high = [(ix(1), 2), (ix(3), 1), (ix(4), 2)];
        assert!(at_most(&low, &high) && !at_most(&high, &low));
        assert!(at_most(&[], &low));
        assert!(!at_most(&[(ix(2), 1)], &high), "a skill raised only here");
        assert!(!at_most(&[(ix(4), 3)], &high), "raised higher here");
    }

    #[test]
    fn a_digest_never_says_no_when_the_levels_say_yes() {
        // 40 fields would need 3 words; with 16 words of 16 fields, skills
        // 0 and 256 share a field.
        let mut a = vec![0; 16];
        let mut b = vec![0; 16];
        fold(&mut a, ix(256), 2);
        fold(&mut b, ix(0), 3);
        // Not at most in levels (skill 256 is 0 in b), yet the digest
        // cannot tell: it only rules out.
        assert!(words_at_most(&a, &b));
        fold(&mut b, ix(7), 1);
        fold(&mut a, ix(7), 2);
        assert!(!words_at_most(&a, &b), "a higher level in its own field");
        // A fold never lowers a field.
        fold(&mut a, ix(7), 1);
        assert!(!words_at_most(&a, &b));
    }
}
