//! Skill topics by category, as (id stem, name as written mid-sentence).
//! A generated skill is a topic as one track practises it ("SQL query
//! tuning for Payments"); the stems keep ids short, as a large pack names
//! each skill many times.

use crate::model::pack::Category;

/// The topics of `category`.
pub(super) fn topics(category: Category) -> &'static [(&'static str, &'static str)] {
    match category {
        Category::Language => LANGUAGE,
        Category::Systems => SYSTEMS,
        Category::Async => ASYNC,
        Category::Data => DATA,
        Category::Infrastructure => INFRASTRUCTURE,
        Category::Domain => DOMAIN,
        Category::Practice => PRACTICE,
        Category::People => PEOPLE,
    }
}

/// How many skills of each category (in [`Category::ALL`] order) a track
/// has, in hundredths.
pub(super) const CATEGORY_SHARE: [usize; 8] = [15, 15, 10, 15, 15, 10, 12, 8];

const LANGUAGE: &[(&str, &str)] = &[
    ("ownership", "ownership and borrowing"),
    ("lifetimes", "lifetimes"),
    ("traits", "trait design"),
    ("generics", "generic programming"),
    ("macros", "declarative macros"),
    ("proc-macros", "procedural macros"),
    ("unsafe", "unsafe Rust"),
    ("errors", "error handling"),
    ("no-std", "bare-metal Rust"),
    ("ffi", "C interop"),
    ("cpp", "modern C++"),
    ("go", "Go services"),
    ("python", "Python scripting"),
    ("typescript", "TypeScript"),
    ("sql", "SQL"),
    ("wasm", "Rust for WebAssembly"),
];

const SYSTEMS: &[(&str, &str)] = &[
    ("kernel-net", "kernel networking"),
    ("memory", "memory management"),
    ("concurrency", "concurrency"),
    ("simd", "SIMD optimisation"),
    ("linkers", "linkers and loaders"),
    ("syscalls", "system calls"),
    ("profiling", "CPU profiling"),
    ("allocators", "custom allocators"),
    ("lock-free", "lock-free data structures"),
    ("interrupts", "interrupt handling"),
    ("filesystems", "file systems"),
    ("drivers", "device drivers"),
    ("scheduling", "thread scheduling"),
    ("cache", "cache-friendly code"),
    ("virtual-memory", "virtual memory"),
];

const ASYNC: &[(&str, &str)] = &[
    ("tokio", "async with Tokio"),
    ("futures", "futures and executors"),
    ("backpressure", "backpressure"),
    ("async-io", "async I/O"),
    ("actors", "actor systems"),
    ("streams", "async streams"),
    ("cancellation", "cancellation safety"),
    ("timeouts", "timeouts and retries"),
    ("channels", "channels"),
    ("event-loops", "event loops"),
];

const DATA: &[(&str, &str)] = &[
    ("sql-tuning", "SQL query tuning"),
    ("postgres", "PostgreSQL operations"),
    ("schemas", "schema design"),
    ("kafka", "event streaming with Kafka"),
    ("serialization", "serialization formats"),
    ("caching", "caching strategies"),
    ("indexes", "index structures"),
    ("replication", "replication"),
    ("batch", "batch data pipelines"),
    ("columnar", "columnar storage"),
    ("transactions", "transactions and isolation"),
    ("data-quality", "data quality checks"),
    ("migrations", "schema migrations"),
    ("sharding", "sharding"),
];

const INFRASTRUCTURE: &[(&str, &str)] = &[
    ("tracing", "distributed tracing"),
    ("kubernetes", "Kubernetes"),
    ("iac", "infrastructure as code"),
    ("ci", "CI pipelines"),
    ("containers", "containers"),
    ("load-balancing", "load balancing"),
    ("dns", "DNS"),
    ("tls", "TLS and certificates"),
    ("metrics", "metrics and alerting"),
    ("incidents", "incident response"),
    ("capacity", "capacity planning"),
    ("deploys", "progressive deploys"),
    ("secrets", "secrets management"),
    ("cost", "cloud cost control"),
];

const DOMAIN: &[(&str, &str)] = &[
    ("domain-model", "domain modelling"),
    ("compliance", "regulatory compliance"),
    ("failure-modes", "failure analysis"),
    ("forecasting", "demand forecasting"),
    ("requirements", "product requirements"),
    ("workflows", "customer workflows"),
    ("threats", "threat modelling"),
    ("privacy", "data privacy rules"),
    ("safety", "safety standards"),
    ("protocols", "protocol specifications"),
    ("vendors", "vendor integrations"),
    ("slas", "service level agreements"),
];

const PRACTICE: &[(&str, &str)] = &[
    ("code-review", "code review"),
    ("property-tests", "property-based testing"),
    ("fuzzing", "fuzzing"),
    ("benchmarking", "benchmarking"),
    ("api-design", "API design"),
    ("writing", "technical writing"),
    ("refactoring", "refactoring legacy code"),
    ("releases", "release management"),
    ("debugging", "debugging production issues"),
    ("design-docs", "design documents"),
    ("observability", "observability by design"),
    ("testing", "integration testing"),
];

const PEOPLE: &[(&str, &str)] = &[
    ("mentoring", "mentoring"),
    ("hiring", "interviewing and hiring"),
    ("roadmaps", "roadmap planning"),
    ("stakeholders", "stakeholder management"),
    ("leading", "leading a team"),
    ("facilitation", "facilitating decisions"),
    ("onboarding", "onboarding engineers"),
    ("strategy", "technical strategy"),
    ("feedback", "giving feedback"),
    ("negotiation", "negotiating scope"),
];
