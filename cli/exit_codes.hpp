#pragma once
/// The documented exit codes of every `mallory` subcommand (README.md, `mallory --help`).

namespace mallory::cli {

enum ExitCode : int {
    exit_ok = 0,       ///< success; nothing found at or above the threshold
    exit_failure = 1,  ///< diagnostics with errors, failing tests, findings, a reverted run
    exit_usage = 2,    ///< bad arguments, unreadable input files
    exit_internal = 3, ///< an internal error: a bug in Mallory, please report it
    /// analyze: no finding, but the analysis cannot vouch for the contract (it did not deploy,
    /// no transaction of a target function succeeded, or the timeout cut it): never "clean";
    /// replay: the witness ran, but its property could not be judged (never "not violated")
    exit_inconclusive = 4,
};

} // namespace mallory::cli
