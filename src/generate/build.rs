//! The pack as the generator builds it before writing it out: tracks,
//! skills dealt from a deck per track, and ladders of roles whose skills
//! grow band by band, so that every promotion keeps what the role left
//! required (as `rolemap validate` expects of a promotion).

use std::collections::HashMap;
use std::ops::Range;

use super::Shape;
use super::rng::Rng;
use super::skills::{Deck, Skill, deal_skills};
use super::topics::CATEGORY_SHARE;
use super::words::{BANDS, NOUNS, SPECIALTIES, TRACKS, band_texts, band_words};
use crate::model::pack::{Band, Category};

/// The most skills a role asks for, and the fewest.
pub(super) const MOST_SKILLS: usize = 15;
pub(super) const FEWEST_SKILLS: usize = 8;

pub(super) struct Track {
    pub(super) id: String,
    pub(super) name: String,
    /// What the track's people work on, for summaries.
    pub(super) work: &'static str,
}

/// A skill a role asks for.
#[derive(Clone, Copy)]
pub(super) struct Req {
    pub(super) skill: u32,
    pub(super) level: u8,
    pub(super) essential: bool,
}

pub(super) struct Role {
    pub(super) id: String,
    pub(super) title: String,
    pub(super) band: Band,
    pub(super) track: usize,
    pub(super) summary: String,
    pub(super) responsibilities: [String; 2],
    pub(super) skills: Vec<Req>,
}

pub(super) struct Ladders {
    pub(super) tracks: Vec<Track>,
    pub(super) skills: Vec<Skill>,
    pub(super) roles: Vec<Role>,
    /// The roles of each family: consecutive indices, one role per band,
    /// lowest band first. Each promotes to the next.
    pub(super) families: Vec<Range<u32>>,
}

/// Builds the tracks, skills and roles of `shape`.
pub(super) fn ladders(shape: &Shape, rng: &mut Rng) -> Ladders {
    let count = track_count(shape);
    let tracks: Vec<Track> = (0..count).map(track).collect();
    let mut skills = Vec::with_capacity(shape.skills);
    let mut decks = Vec::with_capacity(count);
    let mut stems = HashMap::new();
    for t in 0..count {
        let size = share(shape.skills, count, t);
        decks.push(deal_skills(&tracks, t, size, &mut skills, &mut stems, rng));
    }
    let mut builder = Builder {
        rng,
        decks,
        roles: Vec::with_capacity(shape.roles),
        families: Vec::new(),
        titles: HashMap::new(),
    };
    let mut track_roles = Vec::with_capacity(count);
    for (t, track) in tracks.iter().enumerate() {
        let start = builder.roles.len() as u32;
        builder.track_ladders(t, track, share(shape.roles, count, t));
        track_roles.push(start..builder.roles.len() as u32);
    }
    let Builder {
        decks,
        mut roles,
        families,
        ..
    } = builder;
    cover_every_skill(&decks, &track_roles, &mut roles, skills.len());
    Ladders {
        tracks,
        skills,
        roles,
        families,
    }
}

/// Several dozen tracks for ten thousand roles, each with a deck of at
/// least forty skills (or all of them, for one track).
fn track_count(shape: &Shape) -> usize {
    let by_roles = ((shape.roles as f64).sqrt() / 2.0).round() as usize;
    by_roles.clamp(1, (shape.skills / 40).max(1))
}

/// Part `n` of `total` split as evenly as can be into `parts`.
fn share(total: usize, parts: usize, n: usize) -> usize {
    total * (n + 1) / parts - total * n / parts
}

fn track(n: usize) -> Track {
    let (base, work) = TRACKS[n % TRACKS.len()];
    let name = match n / TRACKS.len() {
        0 => base.to_string(),
        round => format!("{base} {}", round + 1),
    };
    let id = name.to_lowercase().replace(' ', "-");
    Track { id, name, work }
}

struct Builder<'r> {
    rng: &'r mut Rng,
    decks: Vec<Deck>,
    roles: Vec<Role>,
    families: Vec<Range<u32>>,
    /// How many families have used each title so far, to number repeats.
    titles: HashMap<String, u32>,
}

/// The highest level a band asks for: influence (3) from senior up.
fn cap(band: Band) -> u8 {
    if band >= Band::Senior { 3 } else { 2 }
}

impl Builder<'_> {
    /// Track `t`'s `quota` roles, in families (ladders) of two to six bands.
    fn track_ladders(&mut self, t: usize, track: &Track, quota: usize) {
        let mut left = quota;
        let mut family = 0;
        while left > 0 {
            family += 1;
            let low = self.rng.weighted(&[55, 25, 20]);
            let high = 3 + self.rng.weighted(&[25, 35, 40]);
            let len = (high - low + 1).min(left);
            left -= len;
            let first = self.roles.len() as u32;
            self.family(t, track, family, &BANDS[low..low + len]);
            self.families.push(first..self.roles.len() as u32);
        }
    }

    /// One family: its first role's essential skills, then one band up at a
    /// time, every essential skill kept at its level or higher, one added
    /// and one or two raised.
    fn family(&mut self, t: usize, track: &Track, number: usize, bands: &[Band]) {
        let specialty = loop {
            let s = *self.rng.pick(SPECIALTIES);
            if !track.name.contains(s) {
                break s;
            }
        };
        let noun = NOUNS[self.rng.weighted(&NOUNS.map(|(_, w)| w))].0;
        let base = format!("{} {specialty} {noun}", track.name);
        let used = self.titles.entry(base.clone()).or_insert(0);
        *used += 1;
        let suffix = if *used > 1 {
            format!(" {used}")
        } else {
            String::new()
        };
        let mut essential: Vec<Req> = Vec::new();
        let mut optional: Vec<Req> = Vec::new();
        for (step, &band) in bands.iter().enumerate() {
            if step == 0 {
                for _ in 0..6 + self.rng.below(2) {
                    let level = match band {
                        Band::Entry => 1,
                        Band::Junior => 1 + u8::from(self.rng.chance(25)),
                        _ => 1 + u8::from(self.rng.chance(50)),
                    };
                    let category = self.rng.weighted(&CATEGORY_SHARE);
                    let skill = self.draw(t, category, &essential);
                    essential.push(Req {
                        skill,
                        level,
                        essential: true,
                    });
                }
            } else {
                self.grow(t, band, &mut essential, &optional);
            }
            let wanted = FEWEST_SKILLS
                .saturating_sub(essential.len())
                .max(1 + self.rng.below(3));
            let mut skills = essential.clone();
            for _ in 0..wanted.min(MOST_SKILLS - essential.len()) {
                let category = self.rng.weighted(&CATEGORY_SHARE);
                let skill = self.draw(t, category, &skills);
                let level = 1 + u8::from(self.rng.chance(30));
                skills.push(Req {
                    skill,
                    level,
                    essential: false,
                });
            }
            optional = skills[essential.len()..].to_vec();
            let (prefix, id_word) = band_words(band);
            let (summary, [first, second]) = band_texts(band);
            let what = specialty.to_lowercase();
            self.roles.push(Role {
                id: format!("{id_word}-{}-{number}", track.id),
                title: format!("{prefix}{base}{suffix}"),
                band,
                track: t,
                summary: summary.replace("{}", track.work),
                responsibilities: [first.replace("{}", &what), second.replace("{}", &what)],
                skills,
            });
        }
    }

    /// The essential skills one band up: one or two raised a level (within
    /// the band's cap) and one added, often an optional skill of the band
    /// below that the new role cannot do without.
    fn grow(&mut self, t: usize, band: Band, essential: &mut Vec<Req>, optional: &[Req]) {
        for _ in 0..1 + self.rng.below(2) {
            for _ in 0..4 {
                let n = self.rng.below(essential.len());
                if essential[n].level < cap(band) {
                    essential[n].level += 1;
                    break;
                }
            }
        }
        let level = if band >= Band::Senior {
            1 + u8::from(self.rng.chance(50))
        } else {
            1
        };
        let skill = if !optional.is_empty() && self.rng.chance(50) {
            self.rng.pick(optional).skill
        } else {
            let people = Category::ALL.len() - 1;
            let category = if band >= Band::Staff && self.rng.chance(50) {
                people
            } else {
                self.rng.weighted(&CATEGORY_SHARE)
            };
            self.draw(t, category, essential)
        };
        essential.push(Req {
            skill,
            level,
            essential: true,
        });
    }

    /// A skill of track `t` for a role that has `taken`: one no role has
    /// yet while there are any (of `category` first), else one of the
    /// category (or, failing that, of the track) the role lacks.
    fn draw(&mut self, t: usize, category: usize, taken: &[Req]) -> u32 {
        let deck = &mut self.decks[t];
        for step in 0..8 {
            let c = (category + step) % 8;
            if deck.fresh[c] < deck.ranges[c].end {
                deck.fresh[c] += 1;
                return deck.fresh[c] - 1;
            }
        }
        let lacks = |s: u32| taken.iter().all(|r| r.skill != s);
        for range in [deck.ranges[category].clone(), deck.all()] {
            for _ in 0..16 {
                if range.is_empty() {
                    break;
                }
                let s = range.start + self.rng.below(range.len()) as u32;
                if lacks(s) {
                    return s;
                }
            }
        }
        // A deck has more skills than a role asks for (see `Shape::check`).
        deck.all()
            .find(|&s| lacks(s))
            .unwrap_or(deck.ranges[0].start)
    }
}

/// Gives each skill no role asks for yet to a role of its track that has
/// room for it, as an optional skill: every skill of the pack is needed.
fn cover_every_skill(
    decks: &[Deck],
    track_roles: &[Range<u32>],
    roles: &mut [Role],
    skill_count: usize,
) {
    let mut needed = vec![false; skill_count];
    for role in roles.iter() {
        for req in &role.skills {
            needed[req.skill as usize] = true;
        }
    }
    for (deck, range) in decks.iter().zip(track_roles) {
        let mut next = range.start;
        for skill in deck.all().filter(|&s| !needed[s as usize]) {
            for _ in 0..range.len() {
                let role = &mut roles[next as usize];
                next = if next + 1 == range.end {
                    range.start
                } else {
                    next + 1
                };
                if role.skills.len() < MOST_SKILLS {
                    role.skills.push(Req {
                        skill,
                        level: 1,
                        essential: false,
                    });
                    break;
                }
            }
        }
    }
}
