#pragma once
// The re-entering sender of `mallory test --reentrant`: an attacker contract, as a native
// account, that sends some of the invariant search's calls and, when a target calls it back
// (an ether transfer, a token hook, any callback), re-enters one target function chosen by
// the search. The choice is part of the call step (invariant.hpp), so a sequence that breaks
// an invariant replays exactly, re-entry included.
//
// Why the Foundry layer has its own rather than running on the analyzer's explorer: an
// invariant test's world is what the test's setUp() built, cheatcodes included, and its
// properties are the test contract's invariant_*() functions; the explorer models a program's
// deployment from its constructors and has its own properties. The layering (cli -> analyzer
// -> chain) also keeps chain/ from using the analyzer. What is shared is the idea: the
// adversary answers every call it receives and may call back into the system once per step.

#include "chain/foundry/abi.hpp"
#include "vm/executor.hpp"

#include <optional>

namespace mallory::chain::foundry {

/// A call the adversary makes from inside a callback.
struct Reentry {
    Address target;
    Bytes calldata;
};

class ReentrantSender {
public:
    /// Gas below which a callback cannot re-enter (the 2300 stipend of transfer/send).
    static constexpr vm::Gas min_reentry_gas = 10'000;
    /// The adversary's address (a fixed, recognisable one).
    static Address address();

    /// Binds the handler and installs one byte of code, so that `msg.sender` is a contract
    /// (Solidity's extcodesize checks pass, as for a real attack contract).
    void install(vm::Executor& ex);
    /// Arms the re-entry of the next step (nullopt: only accept callbacks).
    void arm(std::optional<Reentry> r) {
        m_pending = std::move(r);
        m_fired = false;
    }
    /// Whether the armed re-entry was made during the step.
    [[nodiscard]] bool fired() const noexcept { return m_fired; }

private:
    vm::Result handle(vm::Executor& ex, const vm::Message& msg);
    std::optional<Reentry> m_pending;
    bool m_fired = false;
};

} // namespace mallory::chain::foundry
