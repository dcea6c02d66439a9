// vm.readFile, vm.writeFile and the other file cheatcodes on a scratch project: paths resolve
// against its root, one that leads outside it (`..`, an absolute path, a link) is refused with
// forge's message, vm.readLine goes on where it stopped, and files above the bound are not read.
#include "chain/foundry/abi.hpp"
#include "chain/foundry/fs_cheats.hpp"
#include "vm/keccak.hpp"

#include <fstream>
#include <gtest/gtest.h>
#include <unistd.h>

namespace mallory::chain::foundry {
namespace {

namespace fs = std::filesystem;

/// A scratch project directory with an `outside` sibling, removed at the end.
class FsCheats : public ::testing::Test {
protected:
    void SetUp() override {
        m_base = fs::temp_directory_path() /
                 ("mallory_fs_cheats_" + std::to_string(::getpid()) + "_" +
                  ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::create_directories(m_base / "project" / "data");
        fs::create_directories(m_base / "outside");
        std::ofstream(m_base / "outside" / "secret.txt") << "secret";
        std::ofstream(m_base / "project" / "data" / "lines.txt") << "one\r\ntwo\n\nlast";
    }
    void TearDown() override { fs::remove_all(m_base); }

    fs::path project() const { return m_base / "project"; }

    /// The answer of `sig` decoded as `type` ("" for none), or "error: ..." .
    std::string run(FileAccess& files, std::string_view sig, const std::string& type,
                    const std::vector<std::string>& values) {
        std::string error;
        auto data =
            encode_arguments(std::vector<std::string>(values.size(), "string"), values, {}, error);
        EXPECT_TRUE(data) << error;
        auto out = files.cheat(sig, *data, error);
        if (!out) return "error: " + error;
        if (type.empty()) return out->empty() ? "" : "<data>";
        auto v = decode_values({type}, *out);
        return v ? (*v)[0].text : "<malformed>";
    }

    fs::path m_base;
};

TEST_F(FsCheats, ReadsAndWritesUnderTheRoot) {
    FileAccess files(project());
    EXPECT_EQ(run(files, "projectRoot()", "string", {}),
              "\"" + fs::weakly_canonical(project()).string() + "\"");
    EXPECT_EQ(run(files, "exists(string)", "bool", {"data/lines.txt"}), "true");
    EXPECT_EQ(run(files, "isFile(string)", "bool", {"data/lines.txt"}), "true");
    EXPECT_EQ(run(files, "isDir(string)", "bool", {"data"}), "true");
    EXPECT_EQ(run(files, "exists(string)", "bool", {"data/none.txt"}), "false");
    EXPECT_EQ(run(files, "writeFile(string,string)", "", {"data/out.txt", "hello"}), "");
    EXPECT_EQ(run(files, "writeLine(string,string)", "", {"data/out.txt", " world"}), "");
    EXPECT_EQ(run(files, "readFile(string)", "string", {"data/out.txt"}), "\"hello world\\n\"");
    EXPECT_EQ(run(files, "readFileBinary(string)", "bytes", {"./data/out.txt"}),
              "0x68656c6c6f20776f726c640a");
    EXPECT_EQ(run(files, "removeFile(string)", "", {"data/out.txt"}), "");
    EXPECT_FALSE(fs::exists(project() / "data" / "out.txt"));
    EXPECT_EQ(run(files, "removeFile(string)", "", {"data/out.txt"})
                  .find("error: vm.removeFile: failed to remove data/out.txt: "),
              0u);
    EXPECT_EQ(run(files, "readFile(string)", "string", {"data/none.txt"})
                  .find("error: vm.readFile: failed to read data/none.txt: "),
              0u);
}

TEST_F(FsCheats, ReadLineGoesOnWhereItStopped) {
    FileAccess files(project());
    for (const char* line : {"\"one\"", "\"two\"", "\"\"", "\"last\"", "\"\"", "\"\""})
        EXPECT_EQ(run(files, "readLine(string)", "string", {"data/lines.txt"}), line);
    // removing the file starts it over
    EXPECT_EQ(run(files, "removeFile(string)", "", {"data/lines.txt"}), "");
    EXPECT_EQ(run(files, "writeLine(string,string)", "", {"data/lines.txt", "again"}), "");
    EXPECT_EQ(run(files, "readLine(string)", "string", {"data/lines.txt"}), "\"again\"");
}

TEST_F(FsCheats, PathsOutsideTheRootAreRefused) {
    FileAccess files(project());
    EXPECT_EQ(run(files, "readFile(string)", "string", {"../outside/secret.txt"}),
              "error: vm.readFile: the path ../outside/secret.txt is not allowed to be accessed "
              "for read operations");
    const std::string absolute = (m_base / "outside" / "secret.txt").string();
    EXPECT_EQ(run(files, "exists(string)", "bool", {absolute}),
              "error: vm.exists: the path " + absolute +
                  " is not allowed to be accessed for read operations");
    EXPECT_EQ(run(files, "writeFile(string,string)", "", {"data/../../outside/x", "y"}),
              "error: vm.writeFile: the path data/../../outside/x is not allowed to be accessed "
              "for write operations");
    EXPECT_FALSE(fs::exists(m_base / "outside" / "x"));
    // a link inside the root that leads out of it
    fs::create_symlink(m_base / "outside", project() / "link");
    EXPECT_EQ(run(files, "readFile(string)", "string", {"link/secret.txt"}),
              "error: vm.readFile: the path link/secret.txt is not allowed to be accessed for "
              "read operations");
    EXPECT_EQ(run(files, "removeFile(string)", "", {"link/secret.txt"}),
              "error: vm.removeFile: the path link/secret.txt is not allowed to be accessed for "
              "write operations");
    EXPECT_TRUE(fs::exists(m_base / "outside" / "secret.txt"));
}

TEST_F(FsCheats, FilesAboveTheBoundAreNotRead) {
    FileAccess files(project());
    fs::resize_file(project() / "data" / "lines.txt", kMaxReadFile + 1);
    EXPECT_EQ(run(files, "readFile(string)", "string", {"data/lines.txt"}),
              "error: vm.readFile: data/lines.txt is 16777217 bytes, above Mallory's bound of "
              "16777216 bytes");
    EXPECT_EQ(run(files, "readLine(string)", "string", {"data/lines.txt"})
                  .find("error: vm.readLine: data/lines.txt is 16777217 bytes"),
              0u);
}

TEST_F(FsCheats, TheTableNamesEachCheatAndItsType) {
    EXPECT_TRUE(is_fs_cheat("readLine(string)"));
    EXPECT_FALSE(is_fs_cheat("readDir(string)"));
    EXPECT_EQ(fs_cheat_returns("readFileBinary(string)"), "bytes");
    EXPECT_EQ(fs_cheat_returns("writeFile(string,string)"), std::nullopt);
    EXPECT_EQ(fs_cheat_signature(vm::selector_of("isDir(string)")), "isDir(string)");
    FileAccess files(project());
    std::string error;
    EXPECT_FALSE(files.cheat("deal(address,uint256)", {}, error));
    EXPECT_TRUE(error.empty());
    EXPECT_FALSE(files.cheat("readFile(string)", {}, error));
    EXPECT_EQ(error, "vm.readFile: malformed arguments");
}

} // namespace
} // namespace mallory::chain::foundry
