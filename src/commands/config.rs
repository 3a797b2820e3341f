//! `overlap config`: print the documented defaults, or check a config file.

use crate::cli::ConfigArgs;
use crate::config::Config;
use crate::error::{Result, exit};
use crate::ui::Ui;

pub fn execute(args: &ConfigArgs, ui: &Ui) -> Result<i32> {
    if let Some(path) = &args.check {
        Config::load(Some(path))?;
        ui.note(format!("{}: ok", path.display()));
        return Ok(exit::OK);
    }
    print!(
        "{}",
        crate::config_docs::documented_toml(&Config::default())
    );
    Ok(exit::OK)
}
