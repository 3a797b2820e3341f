//! Ingest throughput: rows per second through `ingest::read_bytes` (decode, parse, check,
//! build records, checksum: what `run` does) and `ingest::check_bytes` (the same without
//! building records: what `validate` does) on a generated in-memory catalogue of 100,000 valid
//! rows shaped like `scripts/make_big_catalogue.py`'s (14 columns, `;` lists, ISO and UK
//! dates, budgets in several money forms, about 360 bytes a row).
//!
//! Run with `cargo bench --bench ingest` (a release build); criterion reports elements/s, i.e.
//! rows per second, on one thread and on the whole rayon pool.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use overlap::config::Config;
use overlap::ingest::{check_bytes, read_bytes};
use std::hint::black_box;
use std::io::Write;

const ROWS: usize = 100_000;

const TOPICS: [&str; 8] = [
    "Grants",
    "Appointment Booking",
    "Case Management",
    "Payments",
    "Identity Verification",
    "Notifications",
    "Licensing",
    "Complaints",
];
const USERS: [&str; 6] = [
    "citizens",
    "businesses",
    "local authorities",
    "caseworkers",
    "schools",
    "claimants",
];
const CAPS: [&str; 6] = [
    "payments",
    "identity",
    "booking",
    "case management",
    "notifications",
    "reporting",
];
const TECH: [&str; 5] = ["AWS", "Azure", "Java", "GOV.UK Notify", "PostgreSQL"];
const PHASES: [&str; 6] = ["discovery", "alpha", "beta", "live", "retiring", "retired"];
const KINDS: [&str; 4] = ["project", "service", "platform", "contract"];

/// A valid catalogue of `rows` rows; deterministic (values cycle through the lists above).
fn catalogue(rows: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(rows * 380);
    let _ = writeln!(
        out,
        "department,record_id,name,description,kind,phase,user_groups,capabilities,technologies,\
         start_date,end_date,budget_gbp,owner,contact_email"
    );
    for i in 0..rows {
        let d = i % 60;
        let topic = TOPICS[i % TOPICS.len()];
        let (u1, u2) = (USERS[i % 6], USERS[(i / 6) % 6]);
        let (c1, c2) = (CAPS[i % 6], CAPS[(i / 7) % 6]);
        let year = 2015 + i % 11;
        let (start, end) = if d % 2 == 0 {
            (
                format!("{:02}/{:02}/{year}", 1 + i % 28, 1 + i % 12),
                format!("{:02}/{:02}/{}", 1 + i % 28, 1 + i % 12, year + 3),
            )
        } else {
            (
                format!("{year}-{:02}-{:02}", 1 + i % 12, 1 + i % 28),
                String::new(),
            )
        };
        let budget = match i % 4 {
            0 => format!("{}", (1 + i % 5000) * 10_000),
            1 => format!("\"{},{:03},000\"", 1 + i % 90, i % 1000),
            2 => format!("£{}.{}m", 1 + i % 40, i % 10),
            _ => format!("£{}k", 50 + i % 900),
        };
        let _ = writeln!(
            out,
            "Department {d:02} for {topic},D{d:02}-{i:07},{topic} Service {i},\"Lets {u1} use {} \
             online, replacing paper forms and phone calls, and gives staff one view of each \
             case.\",{},{},{u1};{u2},{c1};{c2},{};{},{start},{end},{budget},\"Jo Patel, Service \
             Owner\",jo.patel@dept{d:02}.gov.example",
            topic.to_lowercase(),
            KINDS[i % 4],
            PHASES[i % 6],
            TECH[i % 5],
            TECH[(i + 2) % 5],
        );
    }
    out
}

fn ingest(c: &mut Criterion) {
    let bytes = catalogue(ROWS);
    let config = Config::default();
    // The generated data must be valid, or the benchmark measures the error path.
    let check = read_bytes("bench.csv", &bytes, &config);
    assert_eq!(
        check.summary.rows_accepted,
        ROWS as u64,
        "{:?}",
        check.problems.first()
    );

    let mut group = c.benchmark_group("ingest");
    group.throughput(Throughput::Elements(ROWS as u64));
    group.sample_size(10);
    for threads in [1, 0] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("pool");
        let label = if threads == 1 {
            "1 thread".to_string()
        } else {
            "all threads".to_string()
        };
        group.bench_with_input(
            BenchmarkId::new("read_bytes", &label),
            &bytes,
            |b, bytes| {
                b.iter(|| pool.install(|| read_bytes("bench.csv", black_box(bytes), &config)))
            },
        );
        group.bench_with_input(
            BenchmarkId::new("check_bytes", &label),
            &bytes,
            |b, bytes| {
                b.iter(|| pool.install(|| check_bytes("bench.csv", black_box(bytes), &config)))
            },
        );
    }
    group.finish();
}

criterion_group!(benches, ingest);
criterion_main!(benches);
