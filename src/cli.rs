//! The command line, as clap sees it. Each subcommand's handler in `crate::commands` turns these
//! arguments into plain options before any work starts; no other stage sees clap types.
//!
//! A flag is documented once, here: the doc comment is its `--help` text.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Find duplicated digital effort across government departments.
///
/// overlap reads every department's catalogue of projects and services for a period,
/// validates them, finds overlapping efforts across departments, groups them into
/// collaboration opportunities, and writes the pack for the Digital Leaders meeting.
#[derive(Debug, Parser)]
#[command(name = "overlap", version, about, long_about = None, after_help = MAIN_EXAMPLES)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,

    /// Print nothing but results and errors; hide progress bars.
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// Say more about what is happening (repeat for more).
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
}

const MAIN_EXAMPLES: &str = "\
Examples:
  Check a department's catalogue before submitting it:
    overlap validate dft.csv
  Make this month's pack from a folder of catalogues:
    overlap run sample-data/2026-11 --out reports/2026-11
  Start a new catalogue from the template:
    overlap template --out my-department.csv

Exit codes: 0 success, 1 input errors found, 2 usage or config error, 3 could not finish.";

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check catalogues and report every problem with file, line and column.
    #[command(after_help = "\
Examples:
  overlap validate dft.csv
  overlap validate sample-data/2026-11
  overlap validate --format json submissions/ > problems.json
  overlap validate --config overlap.toml programs.csv

Exit codes: 0 no errors (warnings allowed), 1 some row or file has an error, 2 usage error.")]
    Validate(ValidateArgs),

    /// Write a catalogue CSV with every column and one example row.
    #[command(after_help = "\
Examples:
  overlap template --out dft.csv
  overlap template > catalogue.csv")]
    Template(TemplateArgs),

    /// Ingest, match and write the meeting pack for one period.
    #[command(after_help = "\
Examples:
  overlap run sample-data/2026-11
  overlap run submissions/2026-11 --out reports/2026-11 --config overlap.toml
  overlap run submissions/2026-11 --threads 1 --strict
  overlap run sample-data/2026-12 --out reports/2026-12 --previous reports/2026-11 \
    --decisions sample-data/decisions.csv

The pack is written to a temporary folder beside --out and moved into place when complete.
Exit codes: 0 pack written (rejected rows are listed in validation.csv), 1 rejected rows with
--strict, 2 usage or config error, 3 could not read the inputs or write the pack.")]
    Run(RunArgs),

    /// Explain, field by field, how two efforts compare.
    #[command(after_help = "\
Examples:
  overlap explain --input sample-data/2026-11 'Department for Transport:DFT-014' 'Home Office:HO-0042'
  overlap explain --out reports/2026-11 DFT:DFT-014 HO:HO-0042")]
    Explain(ExplainArgs),

    /// Measure reported pairs against a truth file: precision, recall, F1.
    #[command(after_help = "\
Examples:
  overlap evaluate --truth sample-data/truth.csv reports/2026-11/pairs.csv

The truth file has the header department_a,record_id_a,department_b,record_id_b[,kind], or
two columns record_id_<A>,record_id_<B> naming departments A and B (e.g. record_id_2020 for a
department called gmpp-2020); pair order within a row does not matter.")]
    Evaluate(EvaluateArgs),

    /// Show the configuration: every key with its default.
    #[command(after_help = "\
Examples:
  overlap config --print-defaults > overlap.toml
  overlap config --check overlap.toml")]
    Config(ConfigArgs),

    /// Create or update the decisions file from a pack, for the analyst to fill in.
    #[command(after_help = "\
Examples:
  overlap review reports/2026-11 --decisions decisions.csv")]
    Review(ReviewArgs),

    /// Generate synthetic catalogues with planted overlaps, for tests and benchmarks.
    #[command(after_help = "\
Examples:
  overlap generate --departments 50 --efforts 100000 --seed 7 --out /tmp/gen
  overlap run /tmp/gen/catalogues --out /tmp/gen/pack
  overlap evaluate --truth /tmp/gen/truth.csv /tmp/gen/pack/pairs.csv")]
    Generate(GenerateArgs),
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Human-readable lines.
    #[default]
    Text,
    /// JSON for tooling.
    Json,
}

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Catalogue files, or folders of them (every *.csv inside, sorted by name).
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// The TOML config file (column mappings and ingest settings).
    #[arg(short, long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// How to print the problems and summary.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub format: OutputFormat,
}

#[derive(Debug, Args)]
pub struct TemplateArgs {
    /// Where to write the template (default: standard output). Refuses to overwrite a file.
    #[arg(short, long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct RunArgs {
    /// The folder of this period's catalogue CSV files.
    #[arg(value_name = "INPUT_DIR")]
    pub input: PathBuf,

    /// Where to write the pack (default: reports/<period>).
    #[arg(short, long, value_name = "DIR")]
    pub out: Option<PathBuf>,

    /// The TOML config file (see `overlap config --print-defaults`).
    #[arg(short, long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// The period, as YYYY-MM (default: the input folder's name if it looks like one).
    #[arg(long, value_name = "YYYY-MM")]
    pub period: Option<String>,

    /// Worker threads for matching (default: all cores). Output does not depend on it.
    #[arg(short = 'j', long, value_name = "N")]
    pub threads: Option<usize>,

    /// Treat any rejected row as an error: write the pack, then exit 1.
    #[arg(long)]
    pub strict: bool,

    /// Replace an existing pack at --out.
    #[arg(long)]
    pub force: bool,

    /// The previous period's pack, to say what changed and keep opportunity ids (default: the
    /// latest YYYY-MM folder before this period beside --out, e.g. reports/2026-10).
    #[arg(long, value_name = "DIR", conflicts_with = "no_previous")]
    pub previous: Option<PathBuf>,

    /// Do not compare with a previous pack: every opportunity is new, ids start afresh.
    #[arg(long)]
    pub no_previous: bool,

    /// The decisions file (default: [cycle] decisions in the config, else decisions.csv).
    #[arg(long, value_name = "FILE")]
    pub decisions: Option<PathBuf>,

    /// Also measure candidate recall: score N evenly sampled efforts against every effort of
    /// the other departments (exhaustive scoring) and report the share of the pairs that would
    /// be reported which candidate generation found. Costs N x efforts pair scorings; for
    /// benchmarks (the figure goes to run.json and stderr).
    #[arg(long, value_name = "N")]
    pub candidate_recall: Option<usize>,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The first effort, as DEPARTMENT:RECORD_ID.
    #[arg(value_name = "DEPT:RECORD_ID")]
    pub first: String,

    /// The second effort, as DEPARTMENT:RECORD_ID.
    #[arg(value_name = "DEPT:RECORD_ID")]
    pub second: String,

    /// A pack written by `overlap run` (its run.json names the inputs and config).
    #[arg(
        long,
        value_name = "DIR",
        required_unless_present = "input",
        conflicts_with = "input"
    )]
    pub out: Option<PathBuf>,

    /// A folder of catalogues to read directly.
    #[arg(long, value_name = "INPUT_DIR")]
    pub input: Option<PathBuf>,

    /// The TOML config file (with --input).
    #[arg(short, long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct EvaluateArgs {
    /// The truth file: department_a,record_id_a,department_b,record_id_b[,kind].
    #[arg(long, value_name = "FILE")]
    pub truth: PathBuf,

    /// The pairs.csv written by `overlap run`.
    #[arg(value_name = "PAIRS_CSV")]
    pub pairs: PathBuf,

    /// Only count reported pairs scoring at least this (default: all reported pairs).
    #[arg(long, value_name = "SCORE")]
    pub min_score: Option<f64>,

    /// How to print the result.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub format: OutputFormat,
}

#[derive(Debug, Args)]
pub struct ConfigArgs {
    /// Print the default configuration as TOML, every key documented.
    #[arg(long, conflicts_with = "check")]
    pub print_defaults: bool,

    /// Read a config file and report any problem with it.
    #[arg(long, value_name = "FILE")]
    pub check: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ReviewArgs {
    /// The pack written by `overlap run`.
    #[arg(value_name = "PACK_DIR")]
    pub pack: PathBuf,

    /// The decisions file to create or update (default: the config's, else decisions.csv).
    #[arg(long, value_name = "FILE")]
    pub decisions: Option<PathBuf>,

    /// The TOML config file.
    #[arg(short, long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// How many departments.
    #[arg(long, default_value_t = 50, value_name = "D")]
    pub departments: usize,

    /// How many efforts in all.
    #[arg(long, default_value_t = 10_000, value_name = "N")]
    pub efforts: usize,

    /// Random seed: the same seed gives the same files.
    #[arg(long, default_value_t = 1, value_name = "S")]
    pub seed: u64,

    /// Output folder: catalogues/ and truth.csv are written inside.
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,

    /// Replace existing files in --out.
    #[arg(long)]
    pub force: bool,
}
