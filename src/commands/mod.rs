//! One module per subcommand. Each turns its clap arguments into plain options, runs the
//! library's stages, prints results on stdout and diagnostics on stderr, and returns an exit
//! code.

use crate::cli::{Cli, Command};
use crate::error::Result;
use crate::ui::Ui;

pub mod config;

/// Runs the chosen subcommand and returns the process exit code.
pub fn dispatch(cli: Cli) -> Result<i32> {
    let ui = Ui { quiet: cli.quiet, verbose: cli.verbose };
    match cli.command {
        Command::Config(args) => config::execute(&args, &ui),
        other => Err(crate::Error::Failed(format!("{other:?} is being built"))),
    }
}
