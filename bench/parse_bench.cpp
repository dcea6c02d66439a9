// Front-end throughput on a generated file of realistic contracts (banks, tokens, auctions):
// parsing alone and parse + check, reported as lines per second.
#include "lang/frontend.hpp"
#include "lang/parser.hpp"

#include <benchmark/benchmark.h>
#include <string>

namespace {

using namespace mallory::lang;

/// About `lines_wanted` lines of contracts that exercise most of the grammar.
std::string generated_source(int lines_wanted) {
    std::string out = "// SPDX-License-Identifier: MIT\npragma solidity ^0.8.20;\n";
    int lines = 2;
    for (int i = 0; lines < lines_wanted; ++i) {
        std::string n = std::to_string(i);
        out += "/// #invariant address(this).balance >= total;\n"
               "contract Bank" +
               n +
               " {\n"
               "    mapping(address => uint256) public balances;\n"
               "    mapping(address => mapping(address => uint256)) private allowances;\n"
               "    uint256 public total;\n"
               "    address payable public owner;\n"
               "    uint256 public constant FEE = 0.01 ether;\n"
               "    struct Bid { address bidder; uint256 amount; uint64 time; }\n"
               "    Bid[] public bids;\n"
               "    event Deposit(address indexed who, uint256 amount);\n"
               "    error Insufficient(uint256 have, uint256 want);\n"
               "    modifier onlyOwner() { require(msg.sender == owner, \"owner\"); _; }\n"
               "    constructor() { owner = payable(msg.sender); }\n"
               "    /// #if_succeeds total == old(total) + msg.value;\n"
               "    function deposit() external payable {\n"
               "        require(msg.value > FEE, \"too small\");\n"
               "        balances[msg.sender] += msg.value;\n"
               "        total = total + msg.value;\n"
               "        emit Deposit(msg.sender, msg.value);\n"
               "    }\n"
               "    function withdraw(uint256 amount) external {\n"
               "        uint256 have = balances[msg.sender];\n"
               "        if (have < amount) revert Insufficient(have, amount);\n"
               "        (bool ok, ) = msg.sender.call{value: amount}(\"\");\n"
               "        require(ok, \"send failed\");\n"
               "        unchecked { balances[msg.sender] = have - amount; }\n"
               "        total -= amount;\n"
               "    }\n"
               "    function bid() external payable {\n"
               "        bids.push(Bid(msg.sender, msg.value, uint64(block.timestamp)));\n"
               "    }\n"
               "    function best() public view returns (uint256 top, address who) {\n"
               "        for (uint256 i = 0; i < bids.length; i++) {\n"
               "            if (bids[i].amount > top) { top = bids[i].amount; who = "
               "bids[i].bidder; }\n"
               "        }\n"
               "        return (top > 0 ? top : type(uint256).max, who);\n"
               "    }\n"
               "    receive() external payable { total += msg.value; }\n"
               "}\n";
        lines += 39;
    }
    return out;
}

int count_lines(const std::string& text) {
    int lines = 0;
    for (char c : text)
        lines += c == '\n';
    return lines;
}

void BM_Parse10kLines(benchmark::State& state) {
    std::string text = generated_source(10000);
    SourceManager sources;
    FileId file = sources.add("bench.sol", text);
    int lines = count_lines(text);
    for (auto _ : state) {
        Diagnostics diagnostics;
        auto unit = parse(sources, file, diagnostics);
        benchmark::DoNotOptimize(unit);
        if (diagnostics.has_errors()) state.SkipWithError("generated source has errors");
    }
    state.counters["lines/s"] =
        benchmark::Counter(static_cast<double>(lines) * static_cast<double>(state.iterations()),
                           benchmark::Counter::kIsRate);
    state.counters["lines"] = lines;
}
BENCHMARK(BM_Parse10kLines)->Unit(benchmark::kMillisecond);

/// The whole front end: parse, resolve names, C3, type-check (what `mallory check` does).
void BM_ParseAndCheck10kLines(benchmark::State& state) {
    std::string text = generated_source(10000);
    int lines = count_lines(text);
    for (auto _ : state) {
        FrontendResult result = check_sources({{"bench.sol", text}});
        benchmark::DoNotOptimize(result);
        if (!result.ok()) state.SkipWithError("generated source does not check");
    }
    state.counters["lines/s"] =
        benchmark::Counter(static_cast<double>(lines) * static_cast<double>(state.iterations()),
                           benchmark::Counter::kIsRate);
    state.counters["lines"] = lines;
}
BENCHMARK(BM_ParseAndCheck10kLines)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
