#include "vm/interpreter.hpp"

#include "vm/checked.hpp"
#include "vm/keccak.hpp"
#include "vm/memory.hpp"
#include "vm/serialize.hpp"

#include <bit>
#include <cryptopp/sha.h>

namespace mallory::vm {

static_assert(std::endian::native == std::endian::little, "immediates are read as little-endian");

namespace {

template <class T> T imm(const std::uint8_t* p) noexcept {
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

/// Everything of a message frame that the instruction helpers need besides the stack.
struct Frame {
    Executor& ex;
    State& state;
    const Message& msg;
    const ContractCode& code;
    Memory memory;
    Bytes return_data;
    Gas refund = 0;
};

/// Gas requested by a call instruction, saturated to what fits a Gas.
Gas requested_gas(const U256& g) noexcept {
    return g.fits64() && g.w[0] <= static_cast<std::uint64_t>(INT64_MAX) ? static_cast<Gas>(g.w[0])
                                                                         : INT64_MAX;
}

/// Charges an extra amount; false when out of gas.
inline bool charge(Gas& gas, Gas amount) noexcept {
    gas -= amount;
    return gas >= 0;
}

Status op_keccak(Frame& f, Gas& gas, U256* sp) noexcept {
    if (!f.memory.expand(gas, sp[-1], sp[0])) return Status::OutOfGas;
    const std::uint64_t len = sp[0].w[0];
    if (!charge(gas, gas::keccak_word * static_cast<Gas>(num_words(len)))) return Status::OutOfGas;
    sp[-1] = f.ex.keccak_cache().hash(f.memory.view(len ? sp[-1].w[0] : 0, len));
    return Status::Success;
}

Status op_sha256(Frame& f, Gas& gas, U256* sp) noexcept {
    if (!f.memory.expand(gas, sp[-1], sp[0])) return Status::OutOfGas;
    const std::uint64_t len = sp[0].w[0];
    if (!charge(gas, gas::sha256_word * static_cast<Gas>(num_words(len)))) return Status::OutOfGas;
    BytesView data = f.memory.view(len ? sp[-1].w[0] : 0, len);
    std::uint8_t digest[CryptoPP::SHA256::DIGESTSIZE];
    CryptoPP::SHA256().CalculateDigest(digest, data.data(), data.size());
    sp[-1] = load_be(digest);
    return Status::Success;
}

/// Shared by CALLDATACOPY and RETURNDATACOPY: stack `mem off len`, source `src`.
Status op_copy(Frame& f, Gas& gas, const U256* sp, BytesView src, bool strict) noexcept {
    const U256& mem = sp[-2];
    const U256& off = sp[-1];
    const U256& len = sp[0];
    if (strict) { // RETURNDATACOPY: reading past the end fails the frame
        bool carry = false;
        const U256 end = add_carry(off, len, carry);
        if (carry || end > U256{src.size()}) return Status::ReturnDataOutOfBounds;
    }
    if (!f.memory.expand(gas, mem, len)) return Status::OutOfGas;
    if (!charge(gas, copy_cost(len.w[0]))) return Status::OutOfGas;
    if (len.is_zero()) return Status::Success;
    const std::uint64_t src_off = off.fits64() ? off.w[0] : UINT64_MAX;
    f.memory.store_padded(mem.w[0], len.w[0], src, src_off);
    return Status::Success;
}

Status op_mcopy(Frame& f, Gas& gas, const U256* sp) noexcept {
    const U256& len = sp[0];
    if (!f.memory.expand(gas, sp[-2], len) || !f.memory.expand(gas, sp[-1], len))
        return Status::OutOfGas;
    if (!charge(gas, copy_cost(len.w[0]))) return Status::OutOfGas;
    if (!len.is_zero())
        std::memmove(f.memory.data() + sp[-2].w[0], f.memory.data() + sp[-1].w[0], len.w[0]);
    return Status::Success;
}

Status op_log(Frame& f, Gas& gas, const U256* sp, int topics) noexcept {
    if (f.msg.is_static) return Status::StaticViolation;
    const U256* args = sp - topics - 1; // args[0] = off, args[1] = len
    if (!f.memory.expand(gas, args[0], args[1])) return Status::OutOfGas;
    const std::uint64_t len = args[1].w[0];
    if (!charge(gas, gas::log_byte * static_cast<Gas>(len))) return Status::OutOfGas;
    const auto topic_bytes = static_cast<std::uint64_t>(topics) * sizeof(U256);
    if (!f.ex.memory_budget().take(MemoryBudget::journal_entry + topic_bytes + len))
        return Status::OutOfMemory;
    Log log;
    log.address = f.msg.recipient;
    log.topics.assign(args + 2, args + 2 + topics);
    const BytesView data = f.memory.view(len ? args[0].w[0] : 0, len);
    log.data.assign(data.begin(), data.end());
    if (Tracer* t = f.ex.tracer()) t->on_log(log);
    f.state.emit_log(std::move(log));
    return Status::Success;
}

Status op_sstore(Frame& f, Gas& gas, const U256* sp) noexcept {
    if (f.msg.is_static) return Status::StaticViolation;
    if (gas <= gas::sstore_sentry) return Status::OutOfGas;
    const StorageWrite w = f.state.sstore(f.msg.recipient, sp[-1], sp[0]);
    // A journaled write is what a loop grows (an over-limit write aborts the transaction, so
    // charging after the write leaves nothing behind).
    if (w.journaled && !f.ex.memory_budget().take(MemoryBudget::journal_entry))
        return Status::OutOfMemory;
    // A slot first touched here is also a new slot record and a warm-list entry.
    if (w.was_cold && !f.ex.memory_budget().take(2 * MemoryBudget::journal_entry))
        return Status::OutOfMemory;
    const SstoreCost c = sstore_cost(w.original, w.current, sp[0], w.was_cold);
    f.refund += c.refund;
    return charge(gas, c.gas) ? Status::Success : Status::OutOfGas;
}

/// TSTORE (EIP-1153): no gas beyond the static 100 and no refunds; a journal entry like SSTORE.
Status op_tstore(Frame& f, const U256* sp) noexcept {
    if (f.msg.is_static) return Status::StaticViolation;
    f.state.tstore(f.msg.recipient, sp[-1], sp[0]);
    return f.ex.memory_budget().take(MemoryBudget::journal_entry) ? Status::Success
                                                                  : Status::OutOfMemory;
}

/// Cold account access surcharge (EIP-2929); false when out of gas.
bool touch_account(Frame& f, Gas& gas, const Address& a) noexcept {
    if (!f.state.access_account(a)) return true;
    // A cold account is a new journal entry (and often a new account record).
    if (!f.ex.memory_budget().take(MemoryBudget::journal_entry)) return false;
    return charge(gas, gas::cold_account_extra);
}

/// SELFDESTRUCT (`b`): moves the executing account's balance to `b` (Executor::self_destruct);
/// the frame then halts as STOP does.
Status op_selfdestruct(Frame& f, Gas& gas, const U256* sp) noexcept {
    if (f.msg.is_static) return Status::StaticViolation;
    const Address beneficiary = Address::from_word(sp[0]);
    if (!touch_account(f, gas, beneficiary)) return Status::OutOfGas;
    const bool pays = !f.state.balance(f.msg.recipient).is_zero();
    if (pays && f.state.is_empty(beneficiary) && !charge(gas, gas::new_account))
        return Status::OutOfGas;
    if (!f.ex.memory_budget().take(2 * MemoryBudget::journal_entry)) return Status::OutOfMemory;
    f.ex.self_destruct(f.msg.recipient, beneficiary);
    return Status::Success;
}

/// CALL, STATICCALL and DELEGATECALL. `sp` points at the top (out_len); the result goes to the
/// first argument's slot.
Status op_call(Frame& f, Gas& gas, U256* sp, Op op) noexcept {
    const bool has_value_arg = op == Op::CALL;
    U256* args = sp - (has_value_arg ? 6 : 5);
    const Gas requested = requested_gas(args[0]);
    const Address to = Address::from_word(args[1]);
    const U256 value = has_value_arg ? args[2] : U256{};
    const U256* io = args + (has_value_arg ? 3 : 2); // in, inlen, out, outlen
    const bool transfers = op == Op::CALL && !value.is_zero();
    if (transfers && f.msg.is_static) return Status::StaticViolation;
    if (!f.memory.expand(gas, io[0], io[1]) || !f.memory.expand(gas, io[2], io[3]))
        return Status::OutOfGas;
    if (!touch_account(f, gas, to)) return Status::OutOfGas;
    Gas extra = 0;
    if (transfers) extra += gas::call_value + (f.state.is_empty(to) ? gas::new_account : 0);
    if (!charge(gas, extra)) return Status::OutOfGas;

    Message m;
    m.kind = op == Op::DELEGATECALL ? CallKind::DelegateCall : CallKind::Call;
    m.is_static = f.msg.is_static || op == Op::STATICCALL;
    m.depth = f.msg.depth + 1;
    m.gas = std::min(requested, max_call_gas(gas));
    gas -= m.gas;
    if (transfers) m.gas += gas::call_stipend;
    m.sender = op == Op::DELEGATECALL ? f.msg.sender : f.msg.recipient;
    m.recipient = op == Op::DELEGATECALL ? f.msg.recipient : to;
    m.code_address = to;
    m.value = op == Op::DELEGATECALL ? f.msg.value : value;
    m.input = f.memory.view(io[1].is_zero() ? 0 : io[0].w[0], io[1].w[0]);

    Result r = f.ex.execute(m);
    if (aborts_transaction(r.status)) return r.status;
    gas += r.gas_left;
    if (r.success()) f.refund += r.gas_refund;
    f.return_data = std::move(r.output);
    const std::uint64_t out_len = std::min<std::uint64_t>(io[3].w[0], f.return_data.size());
    if (out_len != 0) std::memcpy(f.memory.data() + io[2].w[0], f.return_data.data(), out_len);
    args[0] = U256{r.success() ? 1u : 0u};
    return Status::Success;
}

/// Runs a creation whose init code, constructor arguments and salt the caller has put in `m`
/// (`sp` points at the operand on top, the value is at `sp[-2]`): all but a 64th of the gas
/// is forwarded, and the value's slot receives the new address, or 0 with the revert data
/// kept as return data.
Status run_creation(Frame& f, Gas& gas, U256* sp, Message m) noexcept {
    m.kind = CallKind::Create;
    m.depth = f.msg.depth + 1;
    m.gas = max_call_gas(gas);
    gas -= m.gas;
    m.sender = f.msg.recipient;
    m.value = sp[-2];
    if (!f.ex.memory_budget().take(MemoryBudget::journal_entry * 4)) return Status::OutOfMemory;
    Result r = f.ex.execute(m);
    if (aborts_transaction(r.status)) return r.status;
    gas += r.gas_left;
    if (r.success()) f.refund += r.gas_refund;
    f.return_data = r.success() ? Bytes{} : std::move(r.output);
    sp[-2] = r.success() ? r.created.to_word() : U256{};
    return Status::Success;
}

/// CREATE (`v args arglen`, arglen on top) and CREATE2 (`v args arglen salt`): `sp` points at
/// arglen, `salt` at CREATE2's salt.
Status op_create(Frame& f, Gas& gas, U256* sp, std::uint16_t child,
                 const U256* salt = nullptr) noexcept {
    if (f.msg.is_static) return Status::StaticViolation;
    if (!f.memory.expand(gas, sp[-1], sp[0])) return Status::OutOfGas;
    Message m;
    m.input = f.memory.view(sp[0].is_zero() ? 0 : sp[-1].w[0], sp[0].w[0]);
    m.init = f.code.children[child];
    if (salt) m.salt = *salt;
    return run_creation(f, gas, sp, std::move(m));
}

/// CREATEM (`v off len`, len on top) and CREATE2M (`v off len salt`): the init code is in
/// memory, a serialized container followed by the constructor arguments (what Yul's
/// create(v, add(code, 32), mload(code)) is given from type(C).creationCode). Code that does
/// not decode or verify fails the creation (0 pushed), as the EVM's invalid init code does.
Status op_create_from_memory(Frame& f, Gas& gas, U256* sp, const U256* salt = nullptr) noexcept {
    if (f.msg.is_static) return Status::StaticViolation;
    if (!f.memory.expand(gas, sp[-1], sp[0])) return Status::OutOfGas;
    const BytesView init = f.memory.view(sp[0].is_zero() ? 0 : sp[-1].w[0], sp[0].w[0]);
    const Bytes copy(init.begin(), init.end()); // the constructor may reuse this memory
    LoadResult loaded = load_prefix(copy);
    if (!loaded.ok()) {
        f.return_data.clear();
        sp[-2] = U256{};
        return Status::Success;
    }
    Message m;
    m.input = BytesView{copy}.subspan(loaded.consumed);
    m.init = loaded.code;
    if (salt) m.salt = *salt;
    return run_creation(f, gas, sp, std::move(m));
}

/// RETURN / REVERT output; memory was expanded by the caller.
void take_output(Frame& f, const U256* sp, Bytes& out) noexcept {
    const BytesView v = f.memory.view(sp[0].is_zero() ? 0 : sp[-1].w[0], sp[0].w[0]);
    out.assign(v.begin(), v.end());
}

U256 calldata_word(BytesView input, const U256& off) noexcept {
    if (!off.fits64() || off.w[0] >= input.size()) return {};
    std::uint8_t buf[32] = {};
    const std::size_t n = std::min<std::size_t>(32, input.size() - off.w[0]);
    std::memcpy(buf, input.data() + off.w[0], n);
    return load_be(buf);
}

/// Reports one step to the tracer. Takes everything by value so that, in the untraced
/// instantiation, no interpreter register ever has its address taken.
[[gnu::noinline]] void trace_step(Executor& ex, const ContractCode& code, const std::uint8_t* at,
                                  Gas gas, const U256* bottom, const U256* sp, const Memory& mem,
                                  const Message& msg) noexcept {
    if (Tracer* t = ex.tracer()) {
        const auto n = static_cast<std::size_t>(sp + 1 - bottom);
        t->on_step(StepInfo{&code, static_cast<std::uint32_t>(at - code.code.data()),
                            static_cast<Op>(*at), gas, std::span<const U256>(bottom, n), mem.size(),
                            msg.depth});
    }
}

template <bool Traced>
Result run(Executor& ex, const Message& msg, const ContractCode& code,
           std::uint16_t entry) noexcept {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"
#if defined(__clang__)
#pragma clang diagnostic ignored "-Wgnu-label-as-value"
#endif
    static void* const labels[256] = {
#define OP(NAME, I1, I2, I3, IN, OUT, GAS, DYN, STACK, DOC) &&L_##NAME,
#include "vm/opcodes.def"
#undef OP
        // Bytes >= op_count stay nullptr: the verifier guarantees they never execute.
    };
    static_assert(sizeof(labels) / sizeof(labels[0]) == 256);

    Frame f{ex, ex.state(), msg, code, Memory{&ex.memory_budget()}, {}, 0};
    Executor::StackSpace& space = ex.stack_space(msg.depth);
    U256* const stack_end = space.items + 1 + kStackLimit;
    ReturnFrame* const rbase = space.frames;
    ReturnFrame* const rend = space.frames + kMaxCallFrames;
    ReturnFrame* rsp = rbase;
    const std::uint8_t* const code_base = code.code.data();
    const FunctionInfo* const fns = code.functions.data();

    U256* bp = space.items + 1;
    U256* sp = bp - 1;
    for (std::uint32_t i = 0; i < fns[entry].frame_slots(); ++i)
        *++sp = U256{};
    const std::uint8_t* pc = code_base + fns[entry].offset;
    Gas gas = msg.gas;
    Result res;
    std::uint8_t panic_code = 0;
    Status status = Status::Success;

#define DISPATCH()                                                                                 \
    do {                                                                                           \
        if constexpr (Traced) trace_step(ex, code, pc, gas, space.items + 1, sp, f.memory, msg);   \
        goto* labels[*pc];                                                                         \
    } while (0)
#define NEXT(n)                                                                                    \
    do {                                                                                           \
        pc += (n);                                                                                 \
        DISPATCH();                                                                                \
    } while (0)
#define CHARGE(NAME)                                                                               \
    do {                                                                                           \
        gas -= static_gas(Op::NAME);                                                               \
        if (gas < 0) [[unlikely]]                                                                  \
            goto out_of_gas;                                                                       \
    } while (0)
#define BINARY(NAME, EXPR)                                                                         \
    L_##NAME : {                                                                                   \
        CHARGE(NAME);                                                                              \
        const U256& a = sp[-1];                                                                    \
        const U256& b = sp[0];                                                                     \
        sp[-1] = (EXPR);                                                                           \
        --sp;                                                                                      \
        NEXT(1);                                                                                   \
    }
#define UNARY(NAME, EXPR)                                                                          \
    L_##NAME : {                                                                                   \
        CHARGE(NAME);                                                                              \
        const U256& a = sp[0];                                                                     \
        sp[0] = (EXPR);                                                                            \
        NEXT(1);                                                                                   \
    }
#define PUSH_VALUE(NAME, EXPR)                                                                     \
    L_##NAME : {                                                                                   \
        CHARGE(NAME);                                                                              \
        *++sp = (EXPR);                                                                            \
        NEXT(1);                                                                                   \
    }
// Helpers get a copy of the gas counter: its address must not escape, or it stops living in a
// register for the whole loop.
#define HELPER(CALL)                                                                               \
    do {                                                                                           \
        Gas g = gas;                                                                               \
        status = (CALL);                                                                           \
        gas = g;                                                                                   \
        if (status != Status::Success) [[unlikely]]                                                \
            goto fail;                                                                             \
    } while (0)
#define EXPAND(OFF, LEN)                                                                           \
    do {                                                                                           \
        Gas g = gas;                                                                               \
        const bool ok = f.memory.expand(g, OFF, LEN);                                              \
        gas = g;                                                                                   \
        if (!ok) [[unlikely]]                                                                      \
            goto out_of_gas;                                                                       \
    } while (0)
#define EXTRA(AMOUNT)                                                                              \
    do {                                                                                           \
        gas -= (AMOUNT);                                                                           \
        if (gas < 0) [[unlikely]]                                                                  \
            goto out_of_gas;                                                                       \
    } while (0)
// k -- v from the storage of ACCOUNT (SLOAD, CSLOAD): a cold slot costs EIP-2929's extra and a
// journal entry of the transaction's memory budget.
#define LOAD_STORAGE_OF(ACCOUNT)                                                                   \
    do {                                                                                           \
        const StorageRead r = f.state.sload((ACCOUNT), sp[0]);                                     \
        if (r.was_cold) {                                                                          \
            EXTRA(gas::cold_sload_extra);                                                          \
            if (!ex.memory_budget().take(MemoryBudget::journal_entry)) [[unlikely]]                \
                goto out_of_gas;                                                                   \
        }                                                                                          \
        sp[0] = r.value;                                                                           \
        NEXT(1);                                                                                   \
    } while (0)
#define CHECKED(NAME, FN)                                                                          \
    L_##NAME : {                                                                                   \
        CHARGE(NAME);                                                                              \
        U256 r;                                                                                    \
        panic_code = FN(IntType::decode(pc[1]), sp[-1], sp[0], r);                                 \
        if (panic_code != 0) [[unlikely]]                                                          \
            goto do_panic;                                                                         \
        sp[-1] = r;                                                                                \
        --sp;                                                                                      \
        NEXT(2);                                                                                   \
    }

    DISPATCH();

    // ---- control ------------------------------------------------------------------------------
L_STOP:
    res.status = Status::Success;
    goto done;
// Every loop takes a backward jump and every recursion a CALLF, so checking the interrupt flag
// (one relaxed load) there bounds any execution in wall-clock time.
L_JUMP : {
    CHARGE(JUMP);
    const std::uint8_t* const target = code_base + imm<std::uint32_t>(pc + 1);
    if (target <= pc && ex.interrupted()) [[unlikely]]
        goto timeout;
    pc = target;
    DISPATCH();
}
L_JUMPI : {
    CHARGE(JUMPI);
    const std::uint8_t* const target = code_base + imm<std::uint32_t>(pc + 1);
    if (!(sp--)->is_zero()) {
        if (target <= pc && ex.interrupted()) [[unlikely]]
            goto timeout;
        pc = target;
    } else {
        pc += 5;
    }
    DISPATCH();
}
L_JUMPZ : {
    CHARGE(JUMPZ);
    const std::uint8_t* const target = code_base + imm<std::uint32_t>(pc + 1);
    if ((sp--)->is_zero()) {
        if (target <= pc && ex.interrupted()) [[unlikely]]
            goto timeout;
        pc = target;
    } else {
        pc += 5;
    }
    DISPATCH();
}
L_CALLF : {
    CHARGE(CALLF);
    if (ex.interrupted()) [[unlikely]]
        goto timeout;
    const FunctionInfo& fn = fns[imm<std::uint16_t>(pc + 1)];
    U256* const nbp = sp + 1 - fn.inputs;
    if (nbp + fn.max_stack > stack_end) [[unlikely]] {
        status = Status::StackOverflow;
        goto fail;
    }
    if (rsp == rend) [[unlikely]] {
        status = Status::CallFrameLimit;
        goto fail;
    }
    *rsp++ = ReturnFrame{pc + 3, bp, &fn};
    bp = nbp;
    for (std::uint32_t i = 0; i < fn.locals; ++i)
        *++sp = U256{};
    pc = code_base + fn.offset;
    DISPATCH();
}
L_RETF : {
    CHARGE(RETF);
    if (rsp == rbase) {
        res.status = Status::Success; // the entry function returning is a STOP
        goto done;
    }
    --rsp;
    // The verifier guarantees the operand stack holds exactly the callee's outputs.
    const FunctionInfo& fn = *rsp->fn;
    U256* src = sp - fn.outputs + 1;
    for (std::uint16_t i = 0; i < fn.outputs; ++i)
        bp[i] = src[i];
    sp = bp + fn.outputs - 1;
    bp = rsp->bp;
    pc = rsp->pc;
    DISPATCH();
}
L_SELFDESTRUCT:
    CHARGE(SELFDESTRUCT);
    HELPER(op_selfdestruct(f, g, sp));
    res.status = Status::Success;
    goto done;
L_RETURN:
    EXPAND(sp[-1], sp[0]);
    take_output(f, sp, res.output);
    res.status = Status::Success;
    goto done;
L_REVERT:
    EXPAND(sp[-1], sp[0]);
    take_output(f, sp, res.output);
    res.status = Status::Revert;
    goto done;
L_INVALID:
    status = Status::InvalidInstruction;
    goto fail;
L_PANIC:
    panic_code = pc[1];
    goto do_panic;

    // ---- stack and locals ---------------------------------------------------------------------
L_POP:
    CHARGE(POP);
    --sp;
    NEXT(1);
L_DUP:
    CHARGE(DUP);
    sp[1] = sp[1 - pc[1]];
    ++sp;
    NEXT(2);
L_SWAP:
    CHARGE(SWAP);
    std::swap(sp[0], sp[-pc[1]]);
    NEXT(2);
    PUSH_VALUE(PUSH0, U256{})
L_PUSH1:
    CHARGE(PUSH1);
    *++sp = U256{pc[1]};
    NEXT(2);
L_PUSH8:
    CHARGE(PUSH8);
    *++sp = U256{imm<std::uint64_t>(pc + 1)};
    NEXT(9);
L_PUSHK:
    CHARGE(PUSHK);
    *++sp = code.constants[imm<std::uint16_t>(pc + 1)];
    NEXT(3);
L_LGET:
    CHARGE(LGET);
    *++sp = bp[imm<std::uint16_t>(pc + 1)];
    NEXT(3);
L_LSET:
    CHARGE(LSET);
    bp[imm<std::uint16_t>(pc + 1)] = *sp--;
    NEXT(3);
L_LTEE:
    CHARGE(LTEE);
    bp[imm<std::uint16_t>(pc + 1)] = *sp;
    NEXT(3);

    // ---- EVM arithmetic -----------------------------------------------------------------------
    BINARY(ADD, a + b)
    BINARY(SUB, a - b)
    BINARY(MUL, a * b)
    BINARY(DIV, udiv(a, b))
    BINARY(SDIV, sdiv(a, b))
    BINARY(MOD, umod(a, b))
    BINARY(SMOD, smod(a, b))
L_ADDMOD:
    CHARGE(ADDMOD);
    sp[-2] = addmod(sp[-2], sp[-1], sp[0]);
    sp -= 2;
    NEXT(1);
L_MULMOD:
    CHARGE(MULMOD);
    sp[-2] = mulmod(sp[-2], sp[-1], sp[0]);
    sp -= 2;
    NEXT(1);
L_EXP:
    CHARGE(EXP);
    EXTRA(exp_cost(sp[0]));
    sp[-1] = exp(sp[-1], sp[0]);
    --sp;
    NEXT(1);
    BINARY(SIGNEXTEND, signextend(b, a))
    BINARY(LT, U256{a < b ? 1u : 0u})
    BINARY(GT, U256{a > b ? 1u : 0u})
    BINARY(SLT, U256{slt(a, b) ? 1u : 0u})
    BINARY(SGT, U256{slt(b, a) ? 1u : 0u})
    BINARY(EQ, U256{a == b ? 1u : 0u})
    UNARY(ISZERO, U256{a.is_zero() ? 1u : 0u})
    BINARY(AND, a & b)
    BINARY(OR, a | b)
    BINARY(XOR, a ^ b)
    UNARY(NOT, ~a)
    BINARY(BYTE, byte_of(b, a))
    BINARY(SHL, shl(a, shift_amount(b)))
    BINARY(SHR, shr(a, shift_amount(b)))
    BINARY(SAR, sar(a, shift_amount(b)))

    // ---- checked arithmetic -------------------------------------------------------------------
L_CADD : {
    CHARGE(CADD);
    U256 r;
    if (pc[1] == uint256_t.encode()) {
        if (!add_u256_fast(sp[-1], sp[0], r)) [[unlikely]] {
            panic_code = panic::overflow;
            goto do_panic;
        }
    } else if ((panic_code = checked_add(IntType::decode(pc[1]), sp[-1], sp[0], r)) != 0) {
        goto do_panic;
    }
    sp[-1] = r;
    --sp;
    NEXT(2);
}
L_CSUB : {
    CHARGE(CSUB);
    if (pc[1] == uint256_t.encode()) {
        if (sp[-1] < sp[0]) [[unlikely]] {
            panic_code = panic::overflow;
            goto do_panic;
        }
        sp[-1] = sp[-1] - sp[0];
    } else {
        U256 r;
        if ((panic_code = checked_sub(IntType::decode(pc[1]), sp[-1], sp[0], r)) != 0)
            goto do_panic;
        sp[-1] = r;
    }
    --sp;
    NEXT(2);
}
    CHECKED(CMUL, checked_mul)
    CHECKED(CDIV, checked_div)
    CHECKED(CMOD, checked_mod)
L_CEXP : {
    CHARGE(CEXP);
    EXTRA(exp_cost(sp[0]));
    U256 r;
    if ((panic_code = checked_exp(IntType::decode(pc[1]), sp[-1], sp[0], r)) != 0) goto do_panic;
    sp[-1] = r;
    --sp;
    NEXT(2);
}
L_CNEG : {
    CHARGE(CNEG);
    U256 r;
    if ((panic_code = checked_neg(IntType::decode(pc[1]), sp[0], r)) != 0) goto do_panic;
    sp[0] = r;
    NEXT(2);
}
L_TRUNC:
    CHARGE(TRUNC);
    sp[0] = truncate_bytes(sp[0], pc[1]);
    NEXT(2);
L_SEXT:
    CHARGE(SEXT);
    sp[0] = sign_extend_bytes(sp[0], pc[1]);
    NEXT(2);

    // ---- fused instructions -------------------------------------------------------------------
L_LGET2:
    CHARGE(LGET2);
    sp[1] = bp[imm<std::uint16_t>(pc + 1)];
    sp[2] = bp[imm<std::uint16_t>(pc + 3)];
    sp += 2;
    NEXT(5);
L_LADDI : {
    CHARGE(LADDI);
    U256& x = bp[imm<std::uint16_t>(pc + 1)];
    x = x + U256{pc[3]};
    NEXT(4);
}
L_JLTLL:
    CHARGE(JLTLL);
    pc = bp[imm<std::uint16_t>(pc + 1)] < bp[imm<std::uint16_t>(pc + 3)]
             ? code_base + imm<std::uint32_t>(pc + 5)
             : pc + 9;
    DISPATCH();
L_JNLTLI:
    CHARGE(JNLTLI);
    pc = !(bp[imm<std::uint16_t>(pc + 1)] < U256{pc[3]}) ? code_base + imm<std::uint32_t>(pc + 4)
                                                         : pc + 8;
    DISPATCH();
L_CADDL : {
    CHARGE(CADDL);
    U256 r;
    const U256& x = bp[imm<std::uint16_t>(pc + 2)];
    if (pc[1] == uint256_t.encode()) {
        if (!add_u256_fast(sp[0], x, r)) [[unlikely]] {
            panic_code = panic::overflow;
            goto do_panic;
        }
    } else if ((panic_code = checked_add(IntType::decode(pc[1]), sp[0], x, r)) != 0) {
        goto do_panic;
    }
    sp[0] = r;
    NEXT(4);
}
L_CSUBI : {
    CHARGE(CSUBI);
    U256 r;
    if ((panic_code = checked_sub(IntType::decode(pc[1]), sp[0], U256{pc[2]}, r)) != 0)
        goto do_panic;
    sp[0] = r;
    NEXT(3);
}

    // ---- hashing and memory -------------------------------------------------------------------
L_KECCAK256:
    CHARGE(KECCAK256);
    HELPER(op_keccak(f, g, sp));
    --sp;
    NEXT(1);
L_SHA256:
    CHARGE(SHA256);
    HELPER(op_sha256(f, g, sp));
    --sp;
    NEXT(1);
L_MLOAD:
    CHARGE(MLOAD);
    EXPAND(sp[0], U256{32});
    sp[0] = load_be(f.memory.data() + sp[0].w[0]);
    NEXT(1);
L_MSTORE:
    CHARGE(MSTORE);
    EXPAND(sp[-1], U256{32});
    store_be(f.memory.data() + sp[-1].w[0], sp[0]);
    sp -= 2;
    NEXT(1);
L_MSTORE8:
    CHARGE(MSTORE8);
    EXPAND(sp[-1], U256{1});
    f.memory.data()[sp[-1].w[0]] = static_cast<std::uint8_t>(sp[0].w[0]);
    sp -= 2;
    NEXT(1);
    PUSH_VALUE(MSIZE, U256{f.memory.size()})
L_MCOPY:
    CHARGE(MCOPY);
    HELPER(op_mcopy(f, g, sp));
    sp -= 3;
    NEXT(1);

    // ---- environment --------------------------------------------------------------------------
    PUSH_VALUE(ADDRESS, msg.recipient.to_word())
L_BALANCE : {
    CHARGE(BALANCE);
    const Address a = Address::from_word(sp[0]);
    if (f.state.access_account(a)) EXTRA(gas::cold_account_extra);
    sp[0] = f.state.balance(a);
    NEXT(1);
}
    PUSH_VALUE(SELFBALANCE, f.state.balance(msg.recipient))
    PUSH_VALUE(ORIGIN, ex.tx().origin.to_word())
    PUSH_VALUE(CALLER, msg.sender.to_word())
    PUSH_VALUE(CALLVALUE, msg.value)
    UNARY(CALLDATALOAD, calldata_word(msg.input, a))
    PUSH_VALUE(CALLDATASIZE, U256{msg.input.size()})
L_CALLDATACOPY:
    CHARGE(CALLDATACOPY);
    HELPER(op_copy(f, g, sp, msg.input, false));
    sp -= 3;
    NEXT(1);
    PUSH_VALUE(CODESIZE, U256{f.state.code_size(msg.code_address)})
L_EXTCODESIZE : {
    CHARGE(EXTCODESIZE);
    const Address a = Address::from_word(sp[0]);
    if (f.state.access_account(a)) EXTRA(gas::cold_account_extra);
    sp[0] = U256{f.state.code_size(a)};
    NEXT(1);
}
L_EXTCODEHASH : {
    CHARGE(EXTCODEHASH);
    const Address a = Address::from_word(sp[0]);
    if (f.state.access_account(a)) EXTRA(gas::cold_account_extra);
    sp[0] = f.state.code_hash(a);
    NEXT(1);
}
L_BLOCKHASH:
    CHARGE(BLOCKHASH);
    sp[0] = ex.block().block_hash(sp[0]);
    NEXT(1);
    PUSH_VALUE(GASPRICE, ex.tx().gas_price)
    PUSH_VALUE(COINBASE, ex.block().coinbase.to_word())
    PUSH_VALUE(TIMESTAMP, U256{ex.block().timestamp})
    PUSH_VALUE(NUMBER, U256{ex.block().number})
    PUSH_VALUE(CHAINID, ex.block().chain_id)
    PUSH_VALUE(GASLIMIT, U256{ex.block().gas_limit})
    PUSH_VALUE(BASEFEE, ex.block().base_fee)
    PUSH_VALUE(PREVRANDAO, ex.block().prevrandao)
    PUSH_VALUE(GAS, U256{static_cast<std::uint64_t>(gas)})
    PUSH_VALUE(RETURNDATASIZE, U256{f.return_data.size()})
L_RETURNDATACOPY:
    CHARGE(RETURNDATACOPY);
    HELPER(op_copy(f, g, sp, f.return_data, true));
    sp -= 3;
    NEXT(1);

    // ---- storage, logs, calls -----------------------------------------------------------------
L_SLOAD : {
    CHARGE(SLOAD);
    LOAD_STORAGE_OF(msg.recipient);
}
L_CSLOAD : { // the storage of the code's account: Solidity's immutables, under DELEGATECALL too
    CHARGE(CSLOAD);
    LOAD_STORAGE_OF(msg.code_address);
}
L_SSTORE:
    CHARGE(SSTORE);
    HELPER(op_sstore(f, g, sp));
    sp -= 2;
    NEXT(1);
L_TLOAD:
    CHARGE(TLOAD);
    sp[0] = f.state.tload(msg.recipient, sp[0]);
    NEXT(1);
L_TSTORE:
    CHARGE(TSTORE);
    HELPER(op_tstore(f, sp));
    sp -= 2;
    NEXT(1);
L_LOG0:
    CHARGE(LOG0);
    HELPER(op_log(f, g, sp, 0));
    sp -= 2;
    NEXT(1);
L_LOG1:
    CHARGE(LOG1);
    HELPER(op_log(f, g, sp, 1));
    sp -= 3;
    NEXT(1);
L_LOG2:
    CHARGE(LOG2);
    HELPER(op_log(f, g, sp, 2));
    sp -= 4;
    NEXT(1);
L_LOG3:
    CHARGE(LOG3);
    HELPER(op_log(f, g, sp, 3));
    sp -= 5;
    NEXT(1);
L_LOG4:
    CHARGE(LOG4);
    HELPER(op_log(f, g, sp, 4));
    sp -= 6;
    NEXT(1);
L_CALL:
    CHARGE(CALL);
    HELPER(op_call(f, g, sp, Op::CALL));
    sp -= 6;
    NEXT(1);
L_STATICCALL:
    CHARGE(STATICCALL);
    HELPER(op_call(f, g, sp, Op::STATICCALL));
    sp -= 5;
    NEXT(1);
L_DELEGATECALL:
    CHARGE(DELEGATECALL);
    HELPER(op_call(f, g, sp, Op::DELEGATECALL));
    sp -= 5;
    NEXT(1);
L_CREATE:
    CHARGE(CREATE);
    HELPER(op_create(f, g, sp, imm<std::uint16_t>(pc + 1)));
    sp -= 2;
    NEXT(3);
L_CREATE2:
    CHARGE(CREATE2);
    HELPER(op_create(f, g, sp - 1, imm<std::uint16_t>(pc + 1), sp));
    sp -= 3;
    NEXT(3);
L_CREATEM:
    CHARGE(CREATEM);
    HELPER(op_create_from_memory(f, g, sp));
    sp -= 2;
    NEXT(1);
L_CREATE2M:
    CHARGE(CREATE2M);
    HELPER(op_create_from_memory(f, g, sp - 1, sp));
    sp -= 3;
    NEXT(1);

do_panic:
    res.status = Status::Revert;
    res.output = panic_data(panic_code);
    goto done;
timeout:
    status = Status::Timeout;
    goto fail;
out_of_gas:
    status = Status::OutOfGas;
fail:
    // A refused memory growth fails like an unpayable one; the budget tells them apart.
    if (status == Status::OutOfGas && ex.memory_budget().exhausted()) status = Status::OutOfMemory;
    res.status = status;
    res.gas_left = 0;
    res.gas_refund = 0;
    return res;
done:
    res.gas_left = gas;
    res.gas_refund = res.status == Status::Success ? f.refund : 0;
    return res;

#undef DISPATCH
#undef NEXT
#undef CHARGE
#undef BINARY
#undef UNARY
#undef PUSH_VALUE
#undef HELPER
#undef EXPAND
#undef EXTRA
#undef CHECKED
#undef LOAD_STORAGE_OF
#pragma GCC diagnostic pop
}

} // namespace

Result interpret(Executor& ex, const Message& msg, const ContractCode& code,
                 std::uint16_t entry) noexcept {
    return ex.traces_steps() ? run<true>(ex, msg, code, entry) : run<false>(ex, msg, code, entry);
}

} // namespace mallory::vm
