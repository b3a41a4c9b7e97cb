//! A generated pack's skills: each track's deck of them, a category's
//! topics in turn as the track practises them, dealt to the track's roles
//! so that every skill is needed before any is used twice.

use std::collections::HashMap;
use std::ops::Range;

use super::build::Track;
use super::rng::Rng;
use super::topics::{CATEGORY_SHARE, topics};
use super::words::MODIFIERS;
use crate::model::pack::Category;

pub(super) struct Skill {
    pub(super) id: String,
    pub(super) name: String,
    pub(super) category: Category,
    /// The skill's topic, as written mid-sentence.
    pub(super) topic: &'static str,
    pub(super) track: usize,
    /// Months of study to levels 1 and 2, in half months: (min, max).
    pub(super) learning: [(u16, u16); 2],
    /// Indices of earlier skills only, so prerequisites never form a loop.
    pub(super) prerequisites: Vec<u32>,
}

/// The skills of one track's deck, by category: each category's range of
/// skill indices and the first not dealt to a role yet.
pub(super) struct Deck {
    pub(super) ranges: [Range<u32>; 8],
    pub(super) fresh: [u32; 8],
}

impl Deck {
    /// Every skill of the deck.
    pub(super) fn all(&self) -> Range<u32> {
        self.ranges[0].start..self.ranges[7].end
    }
}

/// Adds track `t`'s `size` skills to `skills`: each category's topics in
/// turn, a topic's second and later skills qualified ("Advanced ...") and
/// built on the one before.
pub(super) fn deal_skills(
    tracks: &[Track],
    t: usize,
    size: usize,
    skills: &mut Vec<Skill>,
    stems: &mut HashMap<&'static str, u32>,
    rng: &mut Rng,
) -> Deck {
    let first = skills.len();
    let mut ranges: [Range<u32>; 8] = Default::default();
    let mut done = 0;
    for (c, &category) in Category::ALL.iter().enumerate() {
        let upto: usize = CATEGORY_SHARE[..=c].iter().sum();
        let count = size * upto / 100 - done;
        done += count;
        let list = topics(category);
        let offset = rng.below(list.len());
        let start = skills.len();
        for k in 0..count {
            let i = (offset + k) % list.len();
            let round = k / list.len();
            let (stem, topic) = list[i];
            let n = stems.entry(stem).or_insert(0);
            *n += 1;
            let named = match round {
                0 => capitalised(topic),
                r if r <= MODIFIERS.len() => {
                    format!("{} {topic}", MODIFIERS[(r - 1 + i) % MODIFIERS.len()])
                }
                r => format!("{} ({})", capitalised(topic), r - MODIFIERS.len() + 1),
            };
            let mut prerequisites = Vec::new();
            if round > 0 {
                prerequisites.push((skills.len() - list.len()) as u32);
            }
            if skills.len() > first + 1 && rng.chance(30) {
                let back = (skills.len() - first).min(40);
                let earlier = (skills.len() - 1 - rng.below(back)) as u32;
                if !prerequisites.contains(&earlier) {
                    prerequisites.push(earlier);
                }
            }
            let to_one = 1 + rng.below(4) as u16;
            let to_two = 2 + rng.below(11) as u16;
            skills.push(Skill {
                id: format!("{stem}-{n}"),
                name: format!("{named} for {}", tracks[t].name),
                category,
                topic,
                track: t,
                learning: [
                    (to_one, to_one + 1 + rng.below(6) as u16),
                    (to_two, to_two + 2 + rng.below(11) as u16),
                ],
                prerequisites,
            });
        }
        ranges[c] = start as u32..skills.len() as u32;
    }
    let fresh = std::array::from_fn(|c| ranges[c].start);
    Deck { ranges, fresh }
}

/// `text` with its first letter a capital.
pub(super) fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase().chain(chars).collect::<String>()
    })
}
