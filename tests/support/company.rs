//! A pack shaped like a large company's ladders: many tracks, five bands
//! each, several roles to a band, promotions up each track, laterals
//! across tracks in a band, and a few moves that skip a band or go down.
//! Made from a seed, so it is the same every time; for the map's tests and
//! benches at a size no hand-written pack has.

use rolemap::model::{Model, SourceFile, load_files};

const BANDS: [&str; 5] = ["Junior", "Mid", "Senior", "Staff", "Principal"];

/// The shape of a company pack: `tracks × 5 bands × per_band` roles.
#[derive(Debug, Clone, Copy)]
pub struct Company {
    pub tracks: usize,
    pub per_band: usize,
    pub seed: u64,
}

/// 1,000 roles: 20 tracks of 5 bands of 10.
pub const THOUSAND: Company = Company {
    tracks: 20,
    per_band: 10,
    seed: 2026,
};

impl Company {
    pub fn roles(&self) -> usize {
        self.tracks * BANDS.len() * self.per_band
    }

    /// The id of role `i` of band `band` of track `track`.
    pub fn role(track: usize, band: usize, i: usize) -> String {
        format!("t{track}-b{band}-r{i}")
    }

    /// The pack as RON text.
    pub fn ron(&self) -> String {
        let mut seed = self.seed;
        let mut next = move |n: usize| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ((seed >> 33) as usize) % n.max(1)
        };
        let mut out = format!(
            "(\n pack: (id: \"company\", name: \"Company ladders\", version: \"1\", \
             description: \"{} tracks of five bands, {} roles to a band.\", \
             licence: \"CC0\", entry_role: \"{}\"),\n tracks: [\n",
            self.tracks,
            self.per_band,
            Self::role(0, 0, 0)
        );
        for t in 0..self.tracks {
            out.push_str(&format!(
                "  (id: \"t{t}\", name: \"Track {t}\", summary: \"A track.\"),\n"
            ));
        }
        out.push_str(" ],\n skills: [\n");
        for s in 0..40 {
            out.push_str(&format!(
                "  (id: \"s{s}\", name: \"Skill {s}\", category: Practice, summary: \"A skill.\", \
                 learning: [Estimate(min: 1, max: 2, basis: \"generated\"), \
                 Estimate(min: 2, max: 4, basis: \"generated\")], \
                 resources: [(title: \"Notes\", url: \"https://example.com/s{s}\", \
                 kind: Article, price: Free)]),\n"
            ));
        }
        out.push_str(" ],\n roles: [\n");
        for t in 0..self.tracks {
            for (b, band) in BANDS.iter().enumerate() {
                for i in 0..self.per_band {
                    let (s1, s2) = (next(40), next(40));
                    let level = 1 + b.min(2);
                    out.push_str(&format!(
                        "  (id: \"{}\", title: \"{band} Engineer {i} of Track {t}\", \
                         band: {band}, track: \"t{t}\", summary: \"A role.\", \
                         responsibilities: [], skills: [(skill: \"s{s1}\", level: {level}), \
                         (skill: \"s{}\", level: 1)], requirements_basis: \"generated\"),\n",
                        Self::role(t, b, i),
                        (s1 + 1 + s2 % 39) % 40
                    ));
                }
            }
        }
        out.push_str(" ],\n moves: [\n");
        let mut moves = std::collections::BTreeSet::new();
        for t in 0..self.tracks {
            for b in 0..BANDS.len() {
                for i in 0..self.per_band {
                    let from = Self::role(t, b, i);
                    if b + 1 < BANDS.len() {
                        for _ in 0..2 {
                            let to = Self::role(t, b + 1, next(self.per_band));
                            moves.insert((from.clone(), to, "Promotion"));
                        }
                    }
                    let other = (t + 1 + next(self.tracks - 1)) % self.tracks;
                    let to = Self::role(other, b, next(self.per_band));
                    moves.insert((from.clone(), to, "Lateral"));
                    if next(10) == 0 && b + 2 < BANDS.len() {
                        let to = Self::role(t, b + 2, next(self.per_band));
                        moves.insert((from.clone(), to, "Promotion"));
                    }
                    if next(20) == 0 && b > 0 {
                        let to = Self::role(t, b - 1, next(self.per_band));
                        moves.insert((from.clone(), to, "Lateral"));
                    }
                }
            }
        }
        for (from, to, kind) in moves {
            if from != to {
                out.push_str(&format!(
                    "  (from: \"{from}\", to: \"{to}\", kind: {kind}, note: \"n\"),\n"
                ));
            }
        }
        out.push_str(" ],\n)\n");
        out
    }

    /// The pack loaded, as `--data` would load it.
    pub fn model(&self) -> Model {
        let loaded = load_files(&[SourceFile::new("pack.ron", self.ron())]);
        loaded.model.unwrap_or_else(|| {
            panic!("the company pack loads: {:?}", loaded.diagnostics);
        })
    }
}
