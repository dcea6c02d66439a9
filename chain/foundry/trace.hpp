#pragma once
// Call traces in Foundry's style: a recorder that builds the tree of message calls (with the
// events each frame emitted, in order) from the executor's tracer hooks, and a printer:
//
//   [45123] DAOTest::testDeposit()
//     ├─ [0] VM::prank(alice: [0x3288...])
//     │   └─ ← [Return]
//     ├─ [22100] DAO::deposit{value: 1000000000000000000}()
//     │   ├─ emit Transfer(from: 0x0000..., to: alice: [0x3288...], amount: 1000000000000000000)
//     │   └─ ← [Stop]
//     └─ ← [Revert] assertion failed
//
// Gas per call is what the frame used (its gas minus the gas it returned); reverted frames are
// marked by their result line.

#include "chain/foundry/abi.hpp"
#include "vm/message.hpp"
#include "vm/state.hpp"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace mallory::chain::foundry {

/// One message call (or creation) and what happened inside it.
struct CallNode {
    vm::CallKind kind = vm::CallKind::Call;
    bool is_static = false;
    int depth = 0;
    Address sender;
    Address recipient;
    Address code_address;
    U256 value;
    Bytes input;
    vm::Gas gas_given = 0;
    std::shared_ptr<const vm::ContractCode> code; ///< what ran (creation: the deployed code)
    vm::Status status = vm::Status::Success;
    vm::Gas gas_used = 0;
    Bytes output;
    Address created;
    /// Child calls and events in the order they happened (exactly one of the two is set).
    struct Item {
        std::unique_ptr<CallNode> call;
        std::optional<vm::Log> log;
    };
    std::vector<Item> items;
    /// Calls and events inside this frame left out of `items` by the recorder's limit.
    std::size_t omitted = 0;
};

/// Builds call trees from tracer hooks; `state` is read for codes and logs. Memory is bounded:
/// after `limit` calls and events the recorder only counts what it leaves out (CallNode::omitted
/// of the innermost recorded frame), so `-vvv` of a run with millions of calls stays small.
/// Top-level calls are always recorded (one per transaction).
class TraceRecorder {
public:
    /// Calls and events recorded at most, by default: about 100 bytes each plus their data.
    static constexpr std::size_t default_limit = 100'000;
    explicit TraceRecorder(vm::State& state, std::size_t limit = default_limit)
        : m_state(state), m_limit(limit) {}
    void enter(const vm::Message& msg);
    void exit(const vm::Message& msg, const vm::Result& result);
    /// Completed top-level calls, oldest first.
    [[nodiscard]] const std::vector<std::unique_ptr<CallNode>>& roots() const noexcept {
        return m_roots;
    }
    void clear();

private:
    void flush_logs();
    [[nodiscard]] bool recording() const noexcept { return m_unrecorded == 0 && m_items < m_limit; }
    vm::State& m_state;
    std::size_t m_limit;
    std::vector<std::unique_ptr<CallNode>> m_roots;
    std::vector<CallNode*> m_stack;
    std::size_t m_logs_seen = 0;
    std::size_t m_items = 0;      ///< calls and events recorded
    std::size_t m_unrecorded = 0; ///< open frames entered after the limit
};

/// What the printer knows about addresses and names.
struct TraceNames {
    const std::map<Address, std::string>* labels = nullptr;
    const ParamNames* params = nullptr;
    /// Codes for decoding custom errors of reverts, and events code run by delegatecall
    /// emitted.
    std::vector<const vm::ContractCode*> codes;
    /// The code deployed at an address (nullptr: none known).
    std::function<const vm::ContractCode*(const Address&)> code_of;
};

/// Renders one tree, each line indented by two spaces, ending in a newline.
std::string render_trace(const CallNode& root, const TraceNames& names);

/// "alice: [0xAbC...]" for labelled addresses or contracts with known code, else checksummed.
std::string name_address(const Address& a, const TraceNames& names,
                         const vm::ContractCode* code = nullptr);

} // namespace mallory::chain::foundry
