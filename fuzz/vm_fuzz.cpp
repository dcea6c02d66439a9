// libFuzzer target for the VM: random bytes -> load (deserialize + verify) -> execute.
// The first byte picks the input shape so that both the container decoder and the
// interpreter get coverage:
//   even: the rest is a serialized container (what an account stores);
//   odd:  the rest is raw code of a single entry function, wrapped in a container with the
//         max_stack the verifier computes (most random code then reaches the interpreter).
// Whatever loads runs with 1e6 gas in a fresh MemoryState, calling itself and a native
// account that re-enters it. It must never crash, hang or leak; gas bounds every run.
#include "vm/builder.hpp"
#include "vm/executor.hpp"
#include "vm/memory_state.hpp"
#include "vm/serialize.hpp"
#include "vm/verify.hpp"

#include <cstddef>
#include <cstdint>

namespace {

using namespace mallory::vm;

const Address kTarget = Address::from_u64(0x1000);
const Address kNative = Address::from_u64(0x2000);
const Address kSender = Address::from_u64(0x3000);

std::shared_ptr<const ContractCode> wrap_raw(const std::uint8_t* data, std::size_t size) {
    ContractCode c;
    c.code.assign(data, data + size);
    FunctionInfo f;
    f.size = static_cast<std::uint32_t>(size);
    f.locals = size > 0 ? data[0] % 4 : 0;
    c.functions.push_back(f);
    c.constants.push_back(U256::max());
    const int ms = compute_max_stack(c, 0);
    if (ms < 0) return nullptr;
    c.functions[0].max_stack = static_cast<std::uint16_t>(ms);
    return verify(c).ok() ? std::make_shared<const ContractCode>(std::move(c)) : nullptr;
}

void run(const std::shared_ptr<const ContractCode>& code, const std::uint8_t* data,
         std::size_t size) {
    MemoryState state;
    Executor ex(state);
    state.begin_transaction();
    state.set_balance(kSender, U256{1'000'000});
    state.set_balance(kTarget, U256{1'000});
    state.set_code(kTarget, serialize(*code), code);
    ex.bind_native(kNative, [](Executor& e, const Message& m) {
        Message back = m;
        back.depth = m.depth + 1;
        back.sender = kNative;
        back.recipient = back.code_address = kTarget;
        back.value = U256{};
        back.kind = CallKind::Call;
        return e.execute(back);
    });
    Message m;
    m.gas = 1'000'000;
    m.sender = kSender;
    m.recipient = m.code_address = kTarget;
    m.input = BytesView{data, size};
    const Result r = ex.execute(m);
    if (r.gas_left < 0 || r.gas_left > m.gas) __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0 || size > 1 << 16) return 0;
    const bool raw = (data[0] & 1) != 0;
    ++data;
    --size;
    std::shared_ptr<const ContractCode> code;
    if (raw) {
        code = wrap_raw(data, size);
    } else {
        const LoadResult r = load(BytesView{data, size});
        if (r.ok() && serialize(*r.code) != Bytes(data, data + size)) __builtin_trap();
        code = r.code;
    }
    if (code) run(code, data, size);
    return 0;
}
