//! One module per subcommand. Each turns its clap arguments into plain options, runs the
//! library's stages, prints results on stdout and diagnostics on stderr, and returns an exit
//! code.

use crate::cli::{Cli, Command};
use crate::error::Result;
use crate::ui::Ui;

pub mod config;
pub mod cycle_files;
pub mod evaluate;
pub mod explain;
pub mod generate;
pub mod review;
pub mod run;
pub mod template;
pub mod validate;

/// Runs the chosen subcommand and returns the process exit code.
pub fn dispatch(cli: Cli) -> Result<i32> {
    let ui = Ui {
        quiet: cli.quiet,
        verbose: cli.verbose,
    };
    match cli.command {
        Command::Config(args) => config::execute(&args, &ui),
        Command::Validate(args) => validate::execute(&args, &ui),
        Command::Template(args) => template::execute(&args, &ui),
        Command::Run(args) => run::execute(&args, &ui),
        Command::Explain(args) => explain::execute(&args, &ui),
        Command::Evaluate(args) => evaluate::execute(&args, &ui),
        Command::Review(args) => review::execute(&args, &ui),
        Command::Generate(args) => generate::execute(&args, &ui),
    }
}
