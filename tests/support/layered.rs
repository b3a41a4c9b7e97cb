//! A pack made to make the planner work hard: a company ladder of layers
//! where every role of a layer leads to every role of the next, and each
//! role asks for its own mix of many skills. Shared by the planner's tests,
//! the explorer's tests and the load bench.

use rolemap::model::{Model, SourceFile, load_files};

/// The shape of a layered pack.
#[derive(Debug, Clone, Copy)]
pub struct Layered {
    pub layers: usize,
    pub width: usize,
    pub skills: usize,
    /// One role in `sparsity` asks for a given skill.
    pub sparsity: usize,
    pub seed: u64,
}

/// The pack of the issue: 12 layers of 12 roles, 200 skills.
pub const ISSUE: Layered = Layered {
    layers: 12,
    width: 12,
    skills: 200,
    sparsity: 10,
    seed: 2026,
};

impl Layered {
    /// The id of role `i` of layer `layer`.
    pub fn role(layer: usize, i: usize) -> String {
        format!("l{layer}-r{i}")
    }

    /// The pack as RON text, the same for the same shape and seed.
    pub fn ron(&self) -> String {
        let mut seed = self.seed;
        let mut next = move || {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) as usize
        };
        let mut out = String::new();
        out.push_str(&format!(
            "(\n pack: (id: \"layered\", name: \"Layered ladder\", version: \"1\", \
             description: \"{} layers of {} roles, each leading to every role of the next.\", \
             licence: \"CC0\", entry_role: \"{}\"),\n",
            self.layers,
            self.width,
            Self::role(0, 0)
        ));
        out.push_str(" tracks: [(id: \"t\", name: \"Engineering\", summary: \"The ladder.\")],\n");
        out.push_str(" skills: [\n");
        for s in 0..self.skills {
            let (a, b) = (1 + next() % 4, 2 + next() % 8);
            out.push_str(&format!(
                "  (id: \"s{s}\", name: \"Skill {s}\", category: Practice, summary: \"A skill.\", \
                 learning: [Estimate(min: {a}, max: {}, basis: \"generated\"), \
                 Estimate(min: {b}, max: {}, basis: \"generated\")], \
                 resources: [(title: \"Notes\", url: \"https://example.com/s{s}\", \
                 kind: Article, price: Free)]),\n",
                a + 1,
                b + 2
            ));
        }
        out.push_str(" ],\n roles: [\n");
        for layer in 0..self.layers {
            for i in 0..self.width {
                let mut skills = String::new();
                for s in 0..self.skills {
                    if next() % self.sparsity == 0 {
                        let level = 1 + next() % 3;
                        skills.push_str(&format!("(skill: \"s{s}\", level: {level}), "));
                    }
                }
                out.push_str(&format!(
                    "  (id: \"{}\", title: \"Role {i} of layer {layer}\", band: Mid, \
                     track: \"t\", summary: \"A role.\", responsibilities: [], \
                     skills: [{skills}], requirements_basis: \"generated\"),\n",
                    Self::role(layer, i)
                ));
            }
        }
        out.push_str(" ],\n moves: [\n");
        for layer in 1..self.layers {
            for a in 0..self.width {
                for b in 0..self.width {
                    out.push_str(&format!(
                        "  (from: \"{}\", to: \"{}\", kind: Lateral, note: \"n\"),\n",
                        Self::role(layer - 1, a),
                        Self::role(layer, b)
                    ));
                }
            }
        }
        out.push_str(" ],\n)\n");
        out
    }

    /// The pack loaded, as `--data` would load it.
    pub fn model(&self) -> Model {
        let loaded = load_files(&[SourceFile::new("pack.ron", self.ron())]);
        loaded.model.unwrap_or_else(|| {
            panic!("the layered pack loads: {:?}", loaded.diagnostics);
        })
    }
}

/// The layered pack of the issue, loaded.
pub fn layered_pack() -> Model {
    ISSUE.model()
}
