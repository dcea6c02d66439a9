#include "lang/source.hpp"

#include <gtest/gtest.h>

namespace mallory::lang {
namespace {

TEST(SourceFile, LineAndColumnAreOneBased) {
    SourceFile file("a.sol", "ab\ncd\n\nx");
    EXPECT_EQ(file.line_col(0).line, 1u);
    EXPECT_EQ(file.line_col(0).column, 1u);
    EXPECT_EQ(file.line_col(4).line, 2u);
    EXPECT_EQ(file.line_col(4).column, 2u);
    EXPECT_EQ(file.line_col(7).line, 4u);
    EXPECT_EQ(file.line_count(), 4u);
}

TEST(SourceFile, OffsetPastEndClampsToLastPosition) {
    SourceFile file("a.sol", "ab\ncd");
    LineCol lc = file.line_col(1000);
    EXPECT_EQ(lc.line, 2u);
    EXPECT_EQ(lc.column, 3u);
}

TEST(SourceFile, LineTextDropsTerminators) {
    SourceFile file("a.sol", "one\r\ntwo\nthree");
    EXPECT_EQ(file.line_text(1), "one");
    EXPECT_EQ(file.line_text(2), "two");
    EXPECT_EQ(file.line_text(3), "three");
    EXPECT_EQ(file.line_text(4), "");
    EXPECT_EQ(file.line_text(0), "");
}

TEST(SourceManager, TextOfSpanAndInvalidSpans) {
    SourceManager sources;
    FileId id = sources.add("m.sol", "contract C {}");
    EXPECT_EQ(sources.text({id, 0, 8}), "contract");
    EXPECT_EQ(sources.text({id, 9, 100}), "");
    EXPECT_EQ(sources.text({id, 5, 2}), "");
}

TEST(SourceManager, MissingFileReportsWhy) {
    SourceManager sources;
    std::string why;
    EXPECT_FALSE(sources.load("/nonexistent/dir/x.sol", &why).has_value());
    EXPECT_EQ(why, "cannot open file");
    EXPECT_FALSE(sources.load("/tmp", &why).has_value());
    EXPECT_EQ(why, "is a directory");
}

TEST(SourceManager, LoadingTheSameFileTwiceGivesOneId) {
    SourceManager sources;
    std::string path = std::string(MALLORY_SOURCE_DIR) + "/CMakeLists.txt";
    auto first = sources.load(path);
    auto second = sources.load(std::string(MALLORY_SOURCE_DIR) + "/lang/../CMakeLists.txt");
    ASSERT_TRUE(first && second);
    EXPECT_EQ(*first, *second);
    EXPECT_EQ(sources.size(), 1u);
}

} // namespace
} // namespace mallory::lang
