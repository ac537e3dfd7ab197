//! The `regiewijzer` binary: parse arguments, run, print any error once, exit with its code.

use std::process::ExitCode;

fn main() -> ExitCode {
    regiewijzer::cli::main()
}
