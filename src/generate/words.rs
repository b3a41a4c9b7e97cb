//! The words generated packs are made of: track names, specialties, job
//! nouns and what each band does, so that titles and summaries read like a
//! real company's ladders even though nothing in them is real.

use crate::model::pack::Band;

/// Tracks as (name, the work its people do); numbered when a pack needs
/// more tracks than the list has.
pub(super) const TRACKS: &[(&str, &str)] = &[
    ("Backend", "backend services"),
    ("Payments", "payment systems"),
    ("Embedded", "embedded firmware"),
    ("Compilers", "compilers and language tools"),
    ("Data Platform", "the data platform"),
    ("Security", "security tooling"),
    ("Infrastructure", "cloud infrastructure"),
    ("Site Reliability", "production reliability"),
    ("Networking", "network services"),
    ("Databases", "database engines"),
    ("Storage", "storage systems"),
    ("Developer Tools", "developer tools"),
    ("WebAssembly", "WebAssembly runtimes"),
    ("Game Engines", "game engines"),
    ("Operating Systems", "operating system kernels"),
    ("Blockchain", "blockchain nodes"),
    ("Search", "search services"),
    ("Machine Learning", "machine learning infrastructure"),
    ("Observability", "observability pipelines"),
    ("Identity", "identity and access services"),
    ("Messaging", "messaging systems"),
    ("Stream Processing", "stream processing"),
    ("Mobile", "mobile apps"),
    ("Frontend", "web frontends"),
    ("Automotive", "automotive software"),
    ("Robotics", "robot control software"),
    ("Aerospace", "flight software"),
    ("Telecom", "telecom network software"),
    ("Risk", "risk systems"),
    ("Trading", "trading systems"),
    ("Ads", "ad serving"),
    ("Maps", "mapping services"),
    ("Media", "media processing"),
    ("Audio", "audio software"),
    ("Graphics", "graphics drivers"),
    ("Virtualization", "hypervisors"),
    ("Containers", "container runtimes"),
    ("Edge", "edge services"),
    ("IoT", "connected devices"),
    ("Healthcare", "clinical software"),
    ("Logistics", "logistics systems"),
    ("Commerce", "online shop systems"),
    ("Billing", "billing systems"),
    ("Fraud", "fraud detection"),
    ("Analytics", "analytics pipelines"),
    ("Build Systems", "build systems"),
    ("Release Engineering", "release pipelines"),
    ("Test Infrastructure", "test infrastructure"),
    ("Cryptography", "cryptographic libraries"),
    ("Privacy", "privacy controls"),
    ("Internal Platform", "internal platforms"),
    ("Public API", "public APIs"),
    ("Cloud Networking", "cloud networks"),
    ("HPC", "high-performance computing"),
    ("Scientific Computing", "scientific software"),
    ("Energy", "energy grid software"),
    ("Industrial Control", "industrial control systems"),
    ("Satellite", "satellite ground systems"),
    ("Simulation", "simulation engines"),
    ("Browser", "browser engines"),
    ("Distributed Systems", "distributed systems"),
    ("Developer Experience", "developer experience"),
];

/// What a family of roles within a track specialises in; a word already in
/// the track's name is skipped ("Platform Platform").
pub(super) const SPECIALTIES: &[&str] = &[
    "Platform",
    "Services",
    "Reliability",
    "Performance",
    "Tooling",
    "Integration",
    "Infrastructure",
    "Core",
    "Runtime",
    "API",
    "Automation",
    "Quality",
    "Observability",
    "Migration",
    "Storage",
    "Client",
    "Product",
    "Systems",
    "Protocol",
    "Pipeline",
    "Scaling",
    "Security",
];

/// Job nouns, with how often each is used.
pub(super) const NOUNS: [(&str, usize); 3] = [("Engineer", 6), ("Developer", 2), ("Programmer", 1)];

/// Qualifiers that make a second skill of the same topic within a track
/// ("Advanced distributed tracing for Payments").
pub(super) const MODIFIERS: &[&str] = &[
    "Advanced",
    "Applied",
    "Production",
    "Large-scale",
    "Practical",
    "Secure",
    "High-performance",
    "Fault-tolerant",
    "Legacy",
    "Cross-platform",
    "Low-latency",
    "Multi-region",
];

/// The word a band puts before a title, and in a role's id.
pub(super) fn band_words(band: Band) -> (&'static str, &'static str) {
    match band {
        Band::Entry => ("Associate ", "entry"),
        Band::Junior => ("Junior ", "junior"),
        Band::Mid => ("", "mid"),
        Band::Senior => ("Senior ", "senior"),
        Band::Staff => ("Staff ", "staff"),
        Band::Principal => ("Principal ", "principal"),
    }
}

/// What a person in a band does, as engineering ladders describe a band:
/// a summary with `{}` for the track's work, and two responsibilities with
/// `{}` for the family's specialty.
pub(super) fn band_texts(band: Band) -> (&'static str, [&'static str; 2]) {
    match band {
        Band::Entry => (
            "Learns {} on small, supervised tasks.",
            ["Fix small {} bugs with a mentor", "Write tests for changes"],
        ),
        Band::Junior => (
            "Delivers well-defined changes to {}.",
            ["Ship scoped {} tickets", "Review peers' changes"],
        ),
        Band::Mid => (
            "Owns features of {} end to end.",
            ["Design and ship {} features", "Take part in on-call"],
        ),
        Band::Senior => (
            "Leads the design of {} within a team.",
            ["Lead {} designs", "Mentor engineers"],
        ),
        Band::Staff => (
            "Sets the technical direction of {} across teams.",
            ["Set {} direction across teams", "Grow senior engineers"],
        ),
        Band::Principal => (
            "Shapes {} across the organisation.",
            ["Own the {} strategy", "Advise leadership"],
        ),
    }
}

/// Every band, lowest first.
pub(super) const BANDS: [Band; 6] = [
    Band::Entry,
    Band::Junior,
    Band::Mid,
    Band::Senior,
    Band::Staff,
    Band::Principal,
];
