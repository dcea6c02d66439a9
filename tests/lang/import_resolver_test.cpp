// Import remappings (solc's `[context:]prefix=target`) and the order in which a package import
// is looked for.
#include "lang/import_resolver.hpp"

#include <gtest/gtest.h>

using namespace mallory::lang;

TEST(ImportResolver, ParsesPrefixTargetAndContext) {
    std::string why;
    auto plain = parse_remapping("@openzeppelin/=node_modules/@openzeppelin/", &why);
    ASSERT_TRUE(plain);
    EXPECT_EQ(plain->context, "");
    EXPECT_EQ(plain->prefix, "@openzeppelin/");
    EXPECT_EQ(plain->target, "node_modules/@openzeppelin/");
    auto with_context = parse_remapping("src/legacy:@oz/=lib/oz4/", &why);
    ASSERT_TRUE(with_context);
    EXPECT_EQ(with_context->context, "src/legacy");
    EXPECT_EQ(with_context->prefix, "@oz/");
}

TEST(ImportResolver, RejectsMalformedRemappings) {
    std::string why;
    EXPECT_FALSE(parse_remapping("no-equals-sign", &why));
    EXPECT_NE(why.find("found no '='"), std::string::npos) << why;
    EXPECT_FALSE(parse_remapping("=lib/", &why));
    EXPECT_NE(why.find("prefix"), std::string::npos) << why;
    EXPECT_FALSE(parse_remapping("@oz/=", &why));
    EXPECT_NE(why.find("target"), std::string::npos) << why;
}

TEST(ImportResolver, LongestContextThenLongestPrefixThenLastWins) {
    std::string why;
    std::vector<Remapping> r = {
        *parse_remapping("a/=one/", &why), *parse_remapping("a/b/=two/", &why),
        *parse_remapping("src:a/=three/", &why), *parse_remapping("a/b/=four/", &why)};
    EXPECT_EQ(find_remapping(r, "a/b/X.sol", "test/T.sol")->target, "four/");
    EXPECT_EQ(find_remapping(r, "a/X.sol", "test/T.sol")->target, "one/");
    EXPECT_EQ(find_remapping(r, "a/b/X.sol", "src/C.sol")->target, "three/");
    EXPECT_EQ(find_remapping(r, "c/X.sol", "src/C.sol"), nullptr);
}

TEST(ImportResolver, CandidatesInSolcAndNpmOrder) {
    std::string why;
    std::vector<Remapping> none;
    auto c = import_candidates("@oz/A.sol", "src/x/Main.sol", none);
    ASSERT_GE(c.size(), 5u);
    EXPECT_EQ(c[0], "src/x/@oz/A.sol");
    EXPECT_EQ(c[1], "src/x/node_modules/@oz/A.sol");
    EXPECT_EQ(c[2], "src/node_modules/@oz/A.sol");
    EXPECT_EQ(c[3], "node_modules/@oz/A.sol");
    EXPECT_EQ(c.back(), "@oz/A.sol");
    std::vector<Remapping> oz = {*parse_remapping("@oz/=lib/openzeppelin/", &why)};
    EXPECT_EQ(import_candidates("@oz/A.sol", "src/Main.sol", oz),
              std::vector<std::string>{"lib/openzeppelin/A.sol"});
    EXPECT_TRUE(is_relative_import("./A.sol"));
    EXPECT_TRUE(is_relative_import("../A.sol"));
    EXPECT_FALSE(is_relative_import("@oz/A.sol"));
}
