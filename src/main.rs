//! The `overlap` binary: parse the command line, run the command, map the outcome to an exit
//! code. Everything else lives in the library.

use clap::Parser;
use overlap::cli::Cli;
use overlap::error::exit;
use std::io::Write;

fn main() {
    let cli = Cli::parse();
    let code = match overlap::commands::dispatch(cli) {
        Ok(code) => code,
        Err(err) => {
            // A closed pipe (e.g. `overlap validate ... | head`) is not an error.
            if let overlap::error::Error::Io { source, .. } = &err
                && source.kind() == std::io::ErrorKind::BrokenPipe
            {
                std::process::exit(exit::OK);
            }
            let _ = writeln!(std::io::stderr(), "overlap: error: {err:#}");
            err.exit_code()
        }
    };
    std::process::exit(code);
}
