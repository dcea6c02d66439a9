// `mallory chain init|deploy|send|call|mine|block|receipt|state --db FILE`: a persistent local
// chain in SQLite. Contract names and parameter names of contracts deployed through this
// command are kept beside the database in FILE.names.json (the ABI itself is part of the
// deployed code), so that receipts and `state` show names (cli/names_file.hpp). Commands that
// write take the database's writer lock first (chain/writer_lock.hpp).
#include "chain/chain.hpp"
#include "chain/foundry/session.hpp"
#include "chain/writer_lock.hpp"
#include "cli/commands.hpp"
#include "cli/compile_session.hpp"
#include "cli/exit_codes.hpp"
#include "cli/foundry_common.hpp"
#include "cli/names_file.hpp"
#include "vm/keccak.hpp"
#include "vm/serialize.hpp"

#include <filesystem>
#include <fmt/format.h>
#include <fstream>

namespace mallory::cli {

namespace {

namespace foundry = chain::foundry;
using vm::Address;
using vm::Bytes;
using vm::BytesView;
using vm::U256;

struct ChainOptions {
    std::string db;
    std::string file;     ///< deploy
    std::string contract; ///< deploy
    std::vector<std::string> args;
    std::string target; ///< send/call/state: address; block: number; receipt: hash
    std::string sig;
    std::string from = "alice";
    std::string value = "0";
    std::string gas_limit;
    bool no_mine = false;
    std::string color = "auto";
    std::vector<std::string> remaps; ///< deploy
};

/// Thrown for user errors; caught once in the dispatcher and printed as one line.
struct ChainCommandError {
    std::string message;
    int code = exit_usage;
};

[[noreturn]] void fail(std::string message, int code = exit_usage) {
    throw ChainCommandError{std::move(message), code};
}

// ---- the names file and the writer lock -----------------------------------------------------

/// How long a writing command waits for another one on the same database to finish.
constexpr std::chrono::seconds writer_wait{60};

NamesFile load_names(const std::string& db) {
    std::string why;
    auto names = load_names_file(db, why);
    if (!names) fail(why, exit_failure);
    return std::move(*names);
}

void save_names(const std::string& db, const NamesFile& names) {
    std::string why;
    if (!save_names_file(db, names, why)) fail(why, exit_failure);
}

/// An open chain with its pending transactions back in the mempool; a writer also holds the
/// database's writer lock (taken before opening, so it sees every block committed before it)
/// until it has saved what it changed.
struct OpenChain {
    std::unique_ptr<chain::WriterLock> lock;
    std::unique_ptr<chain::Chain> chain;
    NamesFile names;
    chain::Chain* operator->() const { return chain.get(); }
    chain::Chain& operator*() const { return *chain; }
};

/// Opens the chain and puts the transactions left pending by `--no-mine` back in its mempool
/// (the mempool lives in memory; the names file keeps it between commands).
OpenChain open_existing(const std::string& db, bool writer) {
    if (db.empty()) fail("--db FILE is required");
    if (!std::filesystem::exists(db))
        fail(fmt::format("no chain at '{}' (create it with 'mallory chain init --db {}')", db, db));
    OpenChain c;
    if (writer) c.lock = std::make_unique<chain::WriterLock>(db, writer_wait);
    c.chain = chain::Chain::open(db);
    c.names = load_names(db);
    for (const Bytes& raw : c.names.pending()) {
        auto decoded = chain::Transaction::decode(raw);
        if (auto* tx = std::get_if<chain::Transaction>(&decoded)) c->submit(std::move(*tx));
    }
    return c;
}

/// Records the mempool (what is still executable after mining) as the names file's pending list.
void save_pending(const std::string& db, OpenChain& c) {
    nlohmann::json list = nlohmann::json::array();
    for (const chain::Transaction& tx : c->mempool().ordered())
        if (!c->receipt(tx.hash()) && tx.nonce >= c->account(tx.from).nonce)
            list.push_back(vm::to_hex(BytesView{tx.encode()}));
    c.names.j["pending"] = list;
    save_names(db, c.names);
}

/// Resolves dev account names, then names of contracts deployed through `mallory chain`.
foundry::AddressResolver name_resolver(const NamesFile& names) {
    return [&names](std::string_view name) -> std::optional<Address> {
        if (auto dev = dev_resolver()(name)) return dev;
        return names.contract_named(name);
    };
}

/// An address argument: 0x-hex, a dev account name, or the name of a contract deployed here.
Address resolve(const std::string& text, const NamesFile& names, const std::string& what) {
    auto a = foundry::parse_address(text, name_resolver(names));
    if (!a)
        fail(fmt::format(
            "{}: expected an address (0x + 40 hex digits) or a dev account name, got '{}'", what,
            text));
    return *a;
}

chain::PrivateKey sender_key(const std::string& from) {
    for (const std::string& dev : chain::GenesisConfig{}.dev_accounts)
        if (dev == from) return chain::Chain::dev_key(dev);
    fail(fmt::format(
        "--from: expected a dev account (alice, bob, carol, dave, eve, mallory), got '{}'", from));
}

U256 parse_value(const std::string& text) {
    auto v = foundry::parse_amount(text);
    if (!v)
        fail(
            fmt::format("--value: expected an amount in wei (or with gwei/ether), got '{}'", text));
    return *v;
}

/// Default gas limit of deploy/send: a few fit in one block.
constexpr std::uint64_t default_tx_gas = 5'000'000;

std::uint64_t gas_limit_of(const ChainOptions& o, const chain::Chain& c) {
    if (o.gas_limit.empty()) return std::min(default_tx_gas, c.config().gas_limit);
    auto g = foundry::parse_amount(o.gas_limit);
    if (!g || !g->fits64())
        fail(fmt::format("--gas-limit: expected a number, got '{}'", o.gas_limit));
    return g->low();
}

std::string hex(const vm::Hash& h) {
    return vm::to_hex(BytesView{h.data(), h.size()});
}

/// Calldata from 'sig(types)' and text arguments.
Bytes encode_call(const std::string& sig_text, const std::vector<std::string>& args,
                  const NamesFile& names) {
    std::string why;
    auto sig = foundry::parse_signature(sig_text, &why);
    if (!sig) fail(why);
    auto encoded = foundry::encode_arguments(sig->types, args, name_resolver(names), why);
    if (!encoded) fail(why);
    const auto sel = vm::selector_of(sig->canonical());
    Bytes data(sel.begin(), sel.end());
    data.insert(data.end(), encoded->begin(), encoded->end());
    return data;
}

std::string contract_label(chain::Chain& c, const Address& a) {
    auto code = c.state().code(a);
    return code ? fmt::format("{} ({})", foundry::checksum(a), code->name) : foundry::checksum(a);
}

void print_receipt(chain::Chain& c, const chain::Receipt& r, const foundry::ParamNames& params) {
    fmt::print("status:       {}\n", r.success() ? "success" : "reverted");
    fmt::print("block:        {}\n", r.block_number);
    fmt::print("index:        {}\n", r.index);
    fmt::print("gas used:     {}\n", r.gas_used);
    if (r.created) fmt::print("created:      {}\n", contract_label(c, *r.created));
    if (!r.success()) {
        std::vector<const vm::ContractCode*> codes;
        for (const Address& a : c.state().accounts())
            if (auto code = c.state().code(a)) codes.push_back(code.get());
        fmt::print("revert:       {}\n", foundry::revert_reason(r.output, codes, &params));
    } else if (!r.output.empty() && !r.created) {
        fmt::print("output:       {}\n", vm::to_hex(BytesView{r.output}));
    }
    for (const vm::Log& log : r.logs) {
        auto code = c.state().code(log.address);
        fmt::print("event:        {}::{}\n", code ? code->name : foundry::checksum(log.address),
                   foundry::decode_event(log, code.get(), &params).text());
    }
}

/// Submits, mines unless --no-mine, prints the receipt; returns the receipt when mined.
/// The names file is saved (with the pending list) before anything is printed as done.
std::optional<chain::Receipt> submit(OpenChain& c, chain::Transaction tx, const ChainOptions& o) {
    const chain::SubmitResult sr = c->submit(std::move(tx));
    if (!sr.ok()) fail("transaction rejected: " + sr.error->message(), exit_failure);
    if (!o.no_mine) c->mine();
    save_pending(o.db, c);
    fmt::print("transaction:  {}\n", hex(sr.hash));
    if (o.no_mine) {
        fmt::print("pending:      run 'mallory chain mine --db {}' to include it\n", o.db);
        return std::nullopt;
    }
    auto receipt = c->receipt(sr.hash);
    if (!receipt)
        fail("the transaction was not included in the mined block (block gas limit?)",
             exit_failure);
    print_receipt(*c, *receipt, c.names.params());
    return receipt;
}

// ---- subcommands ----------------------------------------------------------------------------

int cmd_init(const ChainOptions& o) {
    if (o.db.empty()) fail("--db FILE is required");
    if (std::filesystem::exists(o.db)) fail(fmt::format("'{}' already exists", o.db));
    chain::WriterLock lock(o.db, writer_wait);
    auto c = chain::Chain::open(o.db);
    save_names(o.db, NamesFile{});
    fmt::print("Created chain {} (chain id {}, block gas limit {}, genesis {})\n", o.db,
               c->config().chain_id, c->config().gas_limit, hex(c->head().hash));
    fmt::print("Dev accounts ({} ether each):\n",
               vm::to_dec(vm::udiv(c->config().dev_balance, chain::ether)));
    for (const std::string& name : c->config().dev_accounts)
        fmt::print("  {:<8} {}\n", name, foundry::checksum(chain::Chain::dev_address(name)));
    return exit_ok;
}

int cmd_deploy(const ChainOptions& o) {
    auto c = open_existing(o.db, true);
    const auto front = frontend_options(o.remaps, "chain deploy");
    if (!front) return exit_usage;
    int code = exit_ok;
    auto session = compile_files({o.file}, ColorMode::never, "chain deploy", code, *front);
    if (!session) return code;
    std::string why;
    const lang::CompiledContract* contract = pick_contract(*session, o.contract, why);
    if (!contract) fail("--contract: " + why);
    NamesFile& names = c.names;
    std::vector<std::string> inputs;
    for (const vm::AbiEntry& e : contract->code->abi)
        if (e.kind == vm::AbiKind::Constructor) inputs = e.inputs;
    auto args = foundry::encode_arguments(inputs, o.args, name_resolver(names), why);
    if (!args) fail(fmt::format("constructor of {}: {}", contract->name, why));
    Bytes data = vm::serialize(*contract->code);
    data.insert(data.end(), args->begin(), args->end());
    const chain::PrivateKey key = sender_key(o.from);
    chain::Transaction tx =
        c->prepare(key, std::nullopt, parse_value(o.value), std::move(data), gas_limit_of(o, *c));
    const Address address = vm::create_address(tx.from, tx.nonce);
    for (const auto& [sig, list] : param_names(*session))
        names.j["params"][sig] = list;
    names.j["contracts"][foundry::address_hex(address)] = {{"name", contract->name},
                                                           {"file", o.file}};
    fmt::print("contract:     {}\n", contract->name);
    fmt::print("address:      {}\n", foundry::checksum(address));
    // Saved with the transaction (pending or mined): a reverted deployment's name is harmless.
    auto receipt = submit(c, std::move(tx), o);
    if (receipt && !receipt->success()) {
        fmt::print(stderr, "mallory chain deploy: deployment of {} reverted: {}\n", contract->name,
                   receipt->revert_reason());
        return exit_failure;
    }
    return exit_ok;
}

int cmd_send(const ChainOptions& o) {
    auto c = open_existing(o.db, true);
    const Address to = resolve(o.target, c.names, "address");
    Bytes data = encode_call(o.sig, o.args, c.names);
    // Under the writer lock, with the pending pool loaded: the nonce is the next free one.
    chain::Transaction tx = c->prepare(sender_key(o.from), to, parse_value(o.value),
                                       std::move(data), gas_limit_of(o, *c));
    auto receipt = submit(c, std::move(tx), o);
    if (receipt && !receipt->success()) {
        fmt::print(stderr, "mallory chain send: {} reverted: {}\n", o.sig,
                   receipt->revert_reason());
        return exit_failure;
    }
    return exit_ok;
}

int cmd_call(const ChainOptions& o) {
    auto c = open_existing(o.db, false);
    const NamesFile& names = c.names;
    const Address to = resolve(o.target, names, "address");
    const Bytes data = encode_call(o.sig, o.args, names);
    const Address from = resolve(o.from, names, "--from");
    const chain::CallResult r = c->call(from, to, data, parse_value(o.value));
    if (!r.success()) {
        auto code = c->state().code(to);
        const foundry::ParamNames params = names.params();
        const std::string reason = r.status == vm::Status::Revert
                                       ? foundry::revert_reason(r.output, {code.get()}, &params)
                                       : std::string(vm::to_string(r.status));
        fmt::print(stderr, "mallory chain call: {} reverted: {}\n", o.sig, reason);
        return exit_failure;
    }
    std::vector<std::string> outputs;
    if (auto code = c->state().code(to); code && data.size() >= 4) {
        std::array<std::uint8_t, 4> sel{};
        std::copy_n(data.begin(), 4, sel.begin());
        if (const vm::AbiEntry* f = code->find_function(sel)) outputs = f->outputs;
    }
    auto values = foundry::decode_values(outputs, r.output);
    if (outputs.empty() || !values) {
        fmt::print("{}\n", r.output.empty() ? "(no return data)" : vm::to_hex(BytesView{r.output}));
        return exit_ok;
    }
    for (const foundry::Value& v : *values)
        fmt::print("{} {}\n", v.type, v.text);
    return exit_ok;
}

int cmd_mine(const ChainOptions& o) {
    auto c = open_existing(o.db, true);
    const chain::Block& b = c->mine();
    save_pending(o.db, c);
    fmt::print("Mined block {} ({} transaction{}, gas used {}): {}\n", b.header.number,
               b.transactions.size(), b.transactions.size() == 1 ? "" : "s", b.header.gas_used,
               hex(b.hash));
    return exit_ok;
}

int cmd_block(const ChainOptions& o) {
    auto c = open_existing(o.db, false);
    std::uint64_t number = c->height();
    if (!o.target.empty() && o.target != "latest") {
        U256 n;
        if (!vm::parse_u256(o.target, n) || !n.fits64())
            fail(fmt::format("block: expected a number or 'latest', got '{}'", o.target));
        number = n.low();
    }
    const chain::Block* b = c->block(number);
    if (!b)
        fail(
            fmt::format("no block {} (the chain has {} blocks after genesis)", number, c->height()),
            exit_failure);
    const chain::BlockHeader& h = b->header;
    fmt::print("number:       {}\nhash:         {}\nparent:       {}\ntimestamp:    {}\ncoinbase:  "
               "   {}\n",
               h.number, hex(b->hash), hex(h.parent_hash), h.timestamp,
               foundry::checksum(h.coinbase));
    fmt::print("gas used:     {} of {}\nstate root:   {}\ntxs root:     {}\nreceipts root: {}\n",
               h.gas_used, h.gas_limit, hex(h.state_root), hex(h.transactions_root),
               hex(h.receipts_root));
    fmt::print("transactions: {}\n", b->transactions.size());
    for (std::size_t i = 0; i < b->transactions.size(); ++i) {
        const chain::Transaction& t = b->transactions[i];
        fmt::print("  {} {} -> {} ({})\n", hex(t.hash()), foundry::checksum(t.from),
                   t.to ? foundry::checksum(*t.to) : std::string("create"),
                   i < b->receipts.size() && b->receipts[i].success() ? "success" : "reverted");
    }
    return exit_ok;
}

int cmd_receipt(const ChainOptions& o) {
    auto c = open_existing(o.db, false);
    vm::Hash h{};
    std::string_view t = o.target;
    if (t.starts_with("0x")) t.remove_prefix(2);
    if (t.size() != 64)
        fail(fmt::format("receipt: expected a transaction hash (0x + 64 hex digits), got '{}'",
                         o.target));
    for (std::size_t i = 0; i < 32; ++i) {
        unsigned v = 0;
        if (std::sscanf(std::string(t.substr(2 * i, 2)).c_str(), "%2x", &v) != 1)
            fail(fmt::format("receipt: expected a transaction hash, got '{}'", o.target));
        h[i] = static_cast<std::uint8_t>(v);
    }
    auto r = c->receipt(h);
    if (!r)
        fail(fmt::format("no transaction {} on the chain (pending ones have no receipt yet)",
                         o.target),
             exit_failure);
    fmt::print("transaction:  {}\n", hex(h));
    print_receipt(*c, *r, c.names.params());
    return exit_ok;
}

int cmd_state(const ChainOptions& o) {
    auto c = open_existing(o.db, false);
    const NamesFile& names = c.names;
    const Address a = resolve(o.target, names, "address");
    const chain::AccountInfo info = c->account(a);
    fmt::print("address:      {}\nbalance:      {} wei\nnonce:        {}\ncode size:    {} bytes\n",
               foundry::checksum(a), vm::to_dec(info.balance), info.nonce, info.code_size);
    auto code = c->state().code(a);
    if (!code) return exit_ok;
    fmt::print("contract:     {}\nstorage slots: {}\n", code->name, info.storage_slots);
    for (const vm::AbiEntry& e : code->abi) {
        if (e.kind != vm::AbiKind::Function || !e.inputs.empty() || e.outputs.empty() ||
            (e.mutability != vm::Mutability::View && e.mutability != vm::Mutability::Pure))
            continue;
        const auto sel = e.selector();
        const chain::CallResult r =
            c->call(chain::Chain::dev_address("alice"), a, Bytes(sel.begin(), sel.end()));
        auto values = r.success() ? foundry::decode_values(e.outputs, r.output) : std::nullopt;
        std::string shown;
        if (values)
            for (std::size_t i = 0; i < values->size(); ++i)
                shown += (i ? ", " : "") + (*values)[i].text;
        fmt::print("  {} = {}\n", e.name, values ? shown : "<reverted>");
    }
    return exit_ok;
}

int dispatch(int (*fn)(const ChainOptions&), const ChainOptions& o, const char* name) {
    try {
        if (std::string bad = unknown_option(o.args); !bad.empty())
            fail(fmt::format("unknown option '{}'", bad));
        return fn(o);
    } catch (const ChainCommandError& e) {
        fmt::print(stderr, "mallory chain {}: {}\n", name, e.message);
        return e.code;
    } catch (const chain::StoreError& e) {
        // A database that is not a chain, is corrupt, or is busy: an error in the input.
        fmt::print(stderr, "mallory chain {}: {}\n", name, e.what());
        return exit_failure;
    }
}

} // namespace

void register_chain(CLI::App& app, Action& action) {
    auto o = std::make_shared<ChainOptions>();
    CLI::App* cmd =
        app.add_subcommand("chain", "A persistent local chain (SQLite) with funded dev accounts");
    cmd->require_subcommand(1);
    struct Sub {
        const char* name;
        const char* help;
        int (*fn)(const ChainOptions&);
    };
    const Sub subs[] = {
        {"init", "Create a chain with the dev accounts alice, bob, carol, dave, eve, mallory",
         cmd_init},
        {"deploy", "Deploy a contract: deploy FILE.sol [--contract NAME] [--args ...]", cmd_deploy},
        {"send", "Send a call transaction: send ADDR 'f(uint256)' ARGS...", cmd_send},
        {"call", "Read-only call with decoded return values: call ADDR 'f()' ARGS...", cmd_call},
        {"mine", "Mine the pending transactions into a block", cmd_mine},
        {"block", "Show a block: block [N|latest]", cmd_block},
        {"receipt", "Show a transaction's receipt: receipt TXHASH", cmd_receipt},
        {"state", "Show an account: balance, nonce, code, public state of contracts", cmd_state},
    };
    for (const Sub& s : subs) {
        CLI::App* sub = cmd->add_subcommand(s.name, s.help);
        sub->add_option("--db", o->db, "The chain's SQLite database")->required();
        const std::string n = s.name;
        if (n == "deploy") {
            sub->add_option("file", o->file, "The contract's source file")->required();
            sub->add_option("--contract", o->contract,
                            "The contract (default: the last one in the file)");
            // One value per --args, the rest raw (as for send and call): with several values
            // per option CLI11 would cut an array argument '[1,2,3]' into three.
            sub->add_option("--args", o->args, "Constructor arguments, parsed by the ABI types")
                ->expected(1)
                ->allow_extra_args(false);
            add_remap_option(sub, o->remaps);
            sub->allow_extras();
        }
        if (n == "send" || n == "call" || n == "state" || n == "block" || n == "receipt")
            sub->add_option(n == "block"     ? "number"
                            : n == "receipt" ? "hash"
                                             : "address",
                            o->target,
                            n == "block"     ? "Block number or 'latest'"
                            : n == "receipt" ? "Transaction hash"
                                             : "Address, dev account or contract name")
                ->required(n != "block");
        if (n == "send" || n == "call") {
            sub->add_option("signature", o->sig, "The function, e.g. 'transfer(address,uint256)'")
                ->required();
            // The arguments after the signature are taken raw: as an option CLI11 would cut an
            // array argument '[1,2,3]' into three values.
            sub->allow_extras();
            sub->footer("Arguments after the signature are the function's, parsed by its types: "
                        "'[1,2,3]' for a uint256[]");
        }
        if (n == "deploy" || n == "send" || n == "call") {
            sub->add_option("--from", o->from, "Sender: a dev account name (default alice)");
            sub->add_option("--value", o->value, "Wei sent (units: 1ether, 5gwei)");
        }
        if (n == "deploy" || n == "send") {
            sub->add_option("--gas-limit", o->gas_limit, "Gas limit (default 5000000)");
            sub->add_flag("--no-mine", o->no_mine, "Leave the transaction in the mempool");
        }
        auto fn = s.fn;
        auto name = s.name;
        const bool raw_args = n == "send" || n == "call";
        const bool deploy = n == "deploy";
        sub->callback([o, sub, raw_args, deploy, &action, fn, name] {
            if (raw_args) o->args = sub->remaining();
            if (deploy) {
                const std::vector<std::string> rest = sub->remaining();
                if (!rest.empty() && o->args.empty()) throw CLI::ExtrasError(sub->get_name(), rest);
                o->args.insert(o->args.end(), rest.begin(), rest.end());
            }
            action = [o, fn, name] { return dispatch(fn, *o, name); };
        });
    }
}

} // namespace mallory::cli
