// `mallory build FILE... [--asm] [--abi] [--contract NAME] [--out DIR]`: compile contracts.
#include "cli/commands.hpp"
#include "cli/compile_session.hpp"
#include "cli/exit_codes.hpp"
#include "cli/foundry_common.hpp"
#include "vm/disassembler.hpp"
#include "vm/serialize.hpp"

#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <nlohmann/json.hpp>

namespace mallory::cli {

namespace {

struct BuildOptions {
    std::vector<std::string> files;
    bool asm_listing = false;
    bool abi = false;
    std::string contract;
    std::string out_dir;
    std::string color = "auto";
    std::vector<std::string> remaps;
};

nlohmann::json abi_json(const vm::ContractCode& code) {
    nlohmann::json out = nlohmann::json::array();
    for (const vm::AbiEntry& e : code.abi) {
        nlohmann::json entry;
        entry["type"] = std::string(vm::to_string(e.kind));
        if (!e.name.empty()) entry["name"] = e.name;
        if (!e.signature.empty()) entry["signature"] = e.signature;
        entry["inputs"] = e.inputs;
        if (e.kind == vm::AbiKind::Function) {
            entry["outputs"] = e.outputs;
            auto s = e.selector();
            entry["selector"] = fmt::format("0x{:02x}{:02x}{:02x}{:02x}", s[0], s[1], s[2], s[3]);
        }
        if (e.kind == vm::AbiKind::Event) {
            entry["indexed"] = e.indexed;
            entry["anonymous"] = e.anonymous;
        }
        entry["stateMutability"] = std::string(vm::to_string(e.mutability));
        out.push_back(std::move(entry));
    }
    return out;
}

int write_outputs(const lang::CompiledContract& c, const std::string& dir) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    vm::Bytes bytes = vm::serialize(*c.code);
    std::string base = (std::filesystem::path(dir) / c.name).string();
    std::ofstream code(base + ".mlc", std::ios::binary);
    code.write(reinterpret_cast<const char*>(bytes.data()),
               static_cast<std::streamsize>(bytes.size()));
    std::ofstream abi(base + ".abi.json");
    abi << abi_json(*c.code).dump(2) << "\n";
    if (!code || !abi) {
        fmt::print(stderr, "mallory build: --out: cannot write to '{}'\n", dir);
        return exit_usage;
    }
    return exit_ok;
}

int run_build(const BuildOptions& options) {
    ColorMode color{};
    if (!parse_color_mode(options.color, color)) {
        fmt::print(stderr, "mallory build: --color: expected auto, always or never, got '{}'\n",
                   options.color);
        return exit_usage;
    }
    if (options.abi && options.asm_listing) {
        fmt::print(stderr, "mallory build: --abi prints only JSON; ask for --asm separately\n");
        return exit_usage;
    }
    const auto front = frontend_options(options.remaps, "build");
    if (!front) return exit_usage;
    int code = exit_ok;
    auto session = compile_files(options.files, color, "build", code, *front);
    if (!session) return code;
    const auto& contracts = session->output.contracts;
    if (!options.contract.empty() && !session->output.find(options.contract)) {
        fmt::print(stderr, "mallory build: --contract: no deployable contract named '{}'\n",
                   options.contract);
        return exit_usage;
    }
    vm::SourceTexts texts;
    for (std::size_t i = 0; i < session->front.sources.size(); ++i)
        texts.push_back(session->front.sources.file(static_cast<lang::FileId>(i)).text());
    // --abi: one JSON document on stdout, {"Contract": [entries...]}, so it can be piped.
    nlohmann::json abis = nlohmann::json::object();
    for (const lang::CompiledContract& c : contracts) {
        if (!options.contract.empty() && c.name != options.contract) continue;
        if (options.abi)
            abis[c.name] = abi_json(*c.code);
        else
            fmt::print("{}: {} bytes of code, {} functions, {} ABI entries\n", c.name,
                       c.code->code.size(), c.code->functions.size(), c.code->abi.size());
        if (options.asm_listing) fmt::print("{}\n", vm::disassemble(*c.code, &texts));
        if (!options.out_dir.empty())
            if (int rc = write_outputs(c, options.out_dir); rc != exit_ok) return rc;
    }
    if (options.abi) fmt::print("{}\n", dump_json(abis, 2));
    return exit_ok;
}

} // namespace

void register_build(CLI::App& app, Action& action) {
    auto options = std::make_shared<BuildOptions>();
    CLI::App* cmd = app.add_subcommand("build", "Compile contracts to Mallory bytecode");
    cmd->add_option("files", options->files, "Solidity files (.sol)")->required();
    cmd->add_flag("--asm", options->asm_listing,
                  "Print the bytecode listing with gas and source lines");
    cmd->add_flag("--abi", options->abi,
                  "Print only JSON: an object with each contract's ABI by contract name");
    cmd->add_option("--contract", options->contract, "Only this contract");
    cmd->add_option("--out", options->out_dir,
                    "Write <Name>.mlc (bytecode) and <Name>.abi.json here");
    cmd->add_option("--color", options->color, "Colour diagnostics: auto, always or never");
    add_remap_option(cmd, options->remaps);
    cmd->callback([options, &action] { action = [options] { return run_build(*options); }; });
}

} // namespace mallory::cli
