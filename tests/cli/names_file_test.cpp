// The names file beside a chain database (cli/names_file.hpp): checked whole when read,
// replaced atomically when written.
#include "cli/names_file.hpp"
#include "tests/scratch_dir.hpp"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>

namespace mallory::cli {
namespace {

namespace fs = std::filesystem;

void write(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

TEST(NamesFile, MissingFileIsEmpty) {
    std::string why;
    const mallory::testing::ScratchDir dir("names_missing");
    auto n = load_names_file(dir.file("chain.db"), why);
    ASSERT_TRUE(n.has_value()) << why;
    EXPECT_TRUE(n->params().empty());
    EXPECT_TRUE(n->pending().empty());
}

TEST(NamesFile, RoundTripLeavesNoTempFile) {
    const mallory::testing::ScratchDir dir("names_roundtrip");
    const std::string db = dir.file("chain.db");
    NamesFile n;
    n.j["contracts"]["0x00000000000000000000000000000000000000aa"] = {{"name", "Bank"}};
    n.j["params"]["f(uint256)"] = {"amount"};
    n.j["pending"] = {"0x01ff"};
    std::string why;
    ASSERT_TRUE(save_names_file(db, n, why)) << why;
    auto back = load_names_file(db, why);
    ASSERT_TRUE(back.has_value()) << why;
    EXPECT_EQ(back->contract_named("Bank"), vm::Address::from_u64(0xaa));
    EXPECT_EQ(back->params().at("f(uint256)"), std::vector<std::string>{"amount"});
    EXPECT_EQ(back->pending(), std::vector<vm::Bytes>{vm::Bytes({0x01, 0xff})});
    for (const auto& e : fs::directory_iterator(fs::path(db).parent_path()))
        EXPECT_EQ(e.path().string().find(".tmp"), std::string::npos) << e.path();
}

TEST(NamesFile, MalformedFilesAreClearErrors) {
    const mallory::testing::ScratchDir dir("names_malformed");
    const std::string db = dir.file("chain.db");
    const std::pair<const char*, const char*> cases[] = {
        {"{\"contracts\": [", "not valid JSON"},
        {"[]", "expected a JSON object"},
        {"{\"contracts\": 5}", "\"contracts\" is not an object"},
        {"{\"contracts\": {\"0x12\": {\"name\": \"X\"}}}", "is not an address"},
        {"{\"contracts\": {\"0x00000000000000000000000000000000000000aa\": {}}}", "\"name\""},
        {"{\"params\": {\"f()\": [1]}}", "not an array of strings"},
        {"{\"pending\": [\"0xzz\"]}", "not 0x-hex"},
        {"{\"pending\": \"0x00\"}", "\"pending\" is not an array"},
    };
    for (const auto& [text, expected] : cases) {
        write(names_file_path(db), text);
        std::string why;
        EXPECT_FALSE(load_names_file(db, why).has_value()) << text;
        EXPECT_NE(why.find(expected), std::string::npos) << text << " -> " << why;
        EXPECT_NE(why.find(names_file_path(db)), std::string::npos) << why;
    }
}

} // namespace
} // namespace mallory::cli
