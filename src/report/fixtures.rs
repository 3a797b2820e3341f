//! A realistic small period built by hand, for the report's unit, snapshot and safety tests:
//! five departments, twelve efforts, three opportunities of different types (two tied on score
//! so the budget tie-break shows), a pair outside any opportunity, a rejected row and a warning.

use super::PackInput;
use crate::config::Config;
use crate::model::{
    Field, FieldEvidence, FileSummary, Ingested, Kind, MatchOutcome, MatchStats, Opportunity,
    OpportunityType, Phase, Problem, Record, ScoredPair, Severity, SourceRef,
};
use std::path::PathBuf;

/// A period's worth of inputs to the pack writer.
pub struct Period {
    pub config: Config,
    pub ingested: Ingested,
    pub outcome: MatchOutcome,
}

impl Period {
    pub fn input(&self) -> PackInput<'_> {
        PackInput {
            period: "2026-11".to_string(),
            inputs: vec![PathBuf::from("catalogues/2026-11")],
            config: &self.config,
            ingested: &self.ingested,
            outcome: &self.outcome,
            timings: vec![crate::matching::StageTiming {
                stage: "ingest".into(),
                seconds: 0.25,
                ..Default::default()
            }],
            cycle: None,
            state: None,
        }
    }
}

const MHC: &str = "Ministry of Health and Care";
const DES: &str = "Department for Education and Skills";
const DCHS: &str = "Department for Culture, Heritage and Sport";
const HAO: &str = "Home Affairs Office";
const MJC: &str = "Ministry of Justice and Courts";

#[allow(clippy::too_many_arguments)]
fn record(
    department: &str,
    record_id: &str,
    name: &str,
    description: &str,
    phase: Phase,
    budget: Option<f64>,
    contact: Option<&str>,
    line: u64,
) -> Record {
    Record {
        department: department.to_string(),
        record_id: record_id.to_string(),
        name: name.to_string(),
        description: description.to_string(),
        kind: Some(Kind::Service),
        phase: Some(phase),
        user_groups: vec!["public".into()],
        capabilities: vec!["case management".into()],
        technologies: vec![],
        start_date: None,
        end_date: None,
        budget_gbp: budget,
        owner: Some("A. Owner, Head of Digital".to_string()),
        contact_email: contact.map(str::to_string),
        source: SourceRef {
            file: format!("catalogues/2026-11/{record_id}.csv"),
            line,
        },
    }
}

fn pair(a: u32, b: u32, score: f64, opportunity: Option<usize>, shared: &[&str]) -> ScoredPair {
    let weights = [0.3, 0.4, 0.2, 0.1, 0.0, 0.0, 0.0];
    ScoredPair {
        a,
        b,
        score,
        fields: Field::ALL
            .iter()
            .zip(weights)
            .map(|(&field, w)| FieldEvidence {
                field,
                similarity: if w > 0.0 { Some(score) } else { None },
                contribution: score * w,
                shared: if field == Field::Name {
                    shared.iter().map(|s| s.to_string()).collect()
                } else {
                    vec![]
                },
            })
            .collect(),
        opportunity,
    }
}

fn file(name: &str, read: u64, rejected: u64, warnings: u64) -> FileSummary {
    FileSummary {
        file: format!("catalogues/2026-11/{name}"),
        sha256: format!("{:064x}", read * 7919 + rejected),
        bytes: read * 300,
        encoding: if warnings > 0 {
            "windows-1252"
        } else {
            "utf-8"
        }
        .to_string(),
        delimiter: ",".to_string(),
        rows_read: read,
        rows_accepted: read - rejected,
        rows_rejected: rejected,
        warnings,
        errors: rejected,
        file_rejected: false,
    }
}

/// The standard small period.
pub fn period() -> Period {
    use Phase::*;
    let records = vec![
        record(
            DCHS,
            "CHS0019",
            "Grants Management System",
            "Runs open funding rounds for the department and its arm's-length bodies.",
            Live,
            Some(2_100_000.0),
            Some("rosalind.hart@culture.gov.example"),
            9,
        ),
        record(
            DCHS,
            "CHS0051",
            "Sports Court Booking",
            "Lets the public book courts in parks.",
            Beta,
            None,
            Some("naomi.fisher@culture.gov.example"),
            28,
        ),
        record(
            DES,
            "DES/14/003",
            "Grants Platform",
            "Discovery into a platform for grant applications, assessment and payments.",
            Discovery,
            Some(350_000.0),
            Some("grants@education.gov.example"),
            4,
        ),
        record(
            DES,
            "DES/14/009",
            "Book a School Visit",
            "Booking visits and appointments at schools.",
            Alpha,
            Some(800_000.0),
            None,
            10,
        ),
        record(
            HAO,
            "HAO-0007",
            "Digital Identity",
            "One sign-in and identity check for citizens using the department's services.",
            Live,
            Some(12_000_000.0),
            Some("identity@homeaffairs.gov.example"),
            8,
        ),
        record(
            HAO,
            "HAO-0012",
            "Case Working Platform",
            "Configurable case working for immigration and passport casework.",
            Beta,
            Some(6_000_000.0),
            Some("casework@homeaffairs.gov.example"),
            13,
        ),
        record(
            MHC,
            "MHC-0014",
            "Grants Management Service",
            "Grant applications, assessment and payments for health charities.",
            Live,
            Some(4_500_000.0),
            Some("grants@health.gov.example"),
            15,
        ),
        record(
            MHC,
            "MHC-0021",
            "Appointment Booking",
            "Patients book and change appointments online.",
            Beta,
            Some(1_200_000.0),
            Some("booking@health.gov.example"),
            22,
        ),
        record(
            MHC,
            "MHC-0030",
            "Staff Directory",
            "Find colleagues across the department.",
            Live,
            None,
            None,
            31,
        ),
        record(
            MJC,
            "MJC-J-0017",
            "GOV.UK One Login adoption",
            "Moving court users' sign-in to the cross-government login.",
            Alpha,
            Some(900_000.0),
            Some("digital@justice.gov.example"),
            3,
        ),
        record(
            MJC,
            "MJC-J-0020",
            "Case Management Replacement",
            "Replacing the tribunals' case management system.",
            Discovery,
            Some(3_000_000.0),
            Some("digital@justice.gov.example"),
            6,
        ),
        record(
            MJC,
            "MJC-J-0031",
            "Court Room Booking",
            "Book hearing rooms in court buildings.",
            Live,
            Some(400_000.0),
            None,
            9,
        ),
    ];
    let pairs = vec![
        pair(0, 2, 0.88, Some(0), &["grants", "management"]),
        pair(0, 6, 0.91, Some(0), &["grants", "management"]),
        pair(1, 7, 0.55, Some(1), &["booking"]),
        pair(1, 11, 0.62, Some(1), &["booking", "court"]),
        pair(2, 6, 0.84, Some(0), &["grants"]),
        pair(3, 7, 0.58, Some(1), &["booking", "appointments"]),
        pair(4, 9, 0.71, None, &["identity", "sign-in"]),
        pair(5, 10, 0.62, Some(2), &["case", "management"]),
    ];
    let opportunities = vec![
        Opportunity {
            id: "OPP-1A2B3C".into(),
            kind: OpportunityType::Duplication,
            theme: "grants management".into(),
            members: vec![0, 2, 6],
            departments: vec![DCHS.into(), DES.into(), MHC.into()],
            combined_budget_gbp: 6_950_000.0,
            score: 0.91,
            action: "Share the live grants service with the department in discovery before it procures.".into(),
            evidence: "All three run grant applications, assessment and payments; names share \"grants management\".".into(),
            pairs: vec![0, 1, 4],
        },
        Opportunity {
            id: "OPP-4D5E6F".into(),
            kind: OpportunityType::Overlap,
            theme: "booking".into(),
            members: vec![1, 3, 7, 11],
            departments: vec![DCHS.into(), DES.into(), MHC.into(), MJC.into()],
            combined_budget_gbp: 2_400_000.0,
            score: 0.62,
            action: "Compare booking components; agree one common pattern.".into(),
            evidence: "Four departments let the public book a slot (courts, visits, appointments, rooms).".into(),
            pairs: vec![2, 3, 5],
        },
        Opportunity {
            id: "OPP-7A8B9C".into(),
            kind: OpportunityType::Fragmentation,
            theme: "case management".into(),
            members: vec![5, 10],
            departments: vec![HAO.into(), MJC.into()],
            combined_budget_gbp: 9_000_000.0,
            score: 0.62,
            action: "Run one discovery into configurable case management.".into(),
            evidence: "Both are replacing casework systems with configurable case management.".into(),
            pairs: vec![7],
        },
    ];
    let ingested = Ingested {
        records,
        files: vec![
            file("dchs.csv", 2, 0, 0),
            file("des.csv", 2, 0, 0),
            file("hao.csv", 2, 0, 1),
            file("mhc.csv", 3, 0, 0),
            file("mjc.csv", 4, 1, 0),
        ],
        problems: vec![
            Problem {
                file: "catalogues/2026-11/hao.csv".into(),
                line: 1,
                column: 1,
                severity: Severity::Warning,
                code: "encoding".into(),
                message: "read as Windows-1252; save the file as UTF-8".into(),
            },
            Problem {
                file: "catalogues/2026-11/mjc.csv".into(),
                line: 5,
                column: 3,
                severity: Severity::Error,
                code: "empty-required".into(),
                message: "name is empty; every effort needs a name".into(),
            },
        ],
    };
    let stats = MatchStats {
        records: ingested.records.len() as u64,
        candidate_pairs: 20,
        scored_pairs: 20,
        reported_pairs: pairs.len() as u64,
        opportunities: opportunities.len() as u64,
        candidate_recall: None,
    };
    Period {
        config: Config::default(),
        ingested,
        outcome: MatchOutcome {
            pairs,
            opportunities,
            stats,
        },
    }
}

/// The standard period with hostile catalogue text: a script tag as a name, a spreadsheet
/// formula as a description, and a department named like a path out of the pack.
pub fn hostile() -> Period {
    let mut p = period();
    let evil = "../../etc";
    for r in p
        .ingested
        .records
        .iter_mut()
        .filter(|r| r.department == HAO)
    {
        r.department = evil.to_string();
    }
    for o in &mut p.outcome.opportunities {
        for d in &mut o.departments {
            if d == HAO {
                *d = evil.to_string();
            }
        }
        o.departments.sort();
    }
    p.ingested.records[0].name = "<script>alert(1)</script>".to_string();
    p.ingested.records[0].description = "=HYPERLINK(\"http://x\",\"y\")".to_string();
    p.ingested.records[0].contact_email = Some("[click](http://evil.example)".to_string());
    p.outcome.opportunities[0].theme = "<img src=x onerror=alert(2)>".to_string();
    p.outcome.opportunities[0].action = "=1+1".to_string();
    p
}
