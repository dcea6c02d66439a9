#include "chain/foundry/filter.hpp"

#include <filesystem>

namespace mallory::chain::foundry {

namespace {

bool search(const std::optional<std::regex>& re, const std::string& text) {
    return std::regex_search(text, *re);
}

/// One bracket class at the start of `p` ("[abc]" or "[!a-z]") against `c`; `len` gets the
/// class's length, 0 when `p` has no closing bracket (then '[' is literal).
bool class_match(std::string_view p, char c, std::size_t& len) {
    const std::size_t close = p.find(']', 2);
    if (close == std::string_view::npos) {
        len = 0;
        return false;
    }
    len = close + 1;
    const bool negated = p[1] == '!' || p[1] == '^';
    bool hit = false;
    for (std::size_t i = negated ? 2 : 1; i < close; ++i) {
        if (i + 2 < close && p[i + 1] == '-') {
            hit = hit || (c >= p[i] && c <= p[i + 2]);
            i += 2;
        } else {
            hit = hit || c == p[i];
        }
    }
    return hit != negated;
}

} // namespace

std::string bare_name(std::string_view signature) {
    return std::string(signature.substr(0, signature.find('(')));
}

bool glob_match(std::string_view p, std::string_view s) {
    if (p.empty()) return s.empty();
    if (p.starts_with("**")) {
        std::string_view rest = p.substr(2);
        if (rest.starts_with('/') && glob_match(rest.substr(1), s)) return true; // zero dirs
        for (std::size_t i = 0; i <= s.size(); ++i)
            if (glob_match(rest, s.substr(i))) return true;
        return false;
    }
    if (p[0] == '*') { // as globset (forge's) by default: '*' also crosses '/'
        for (std::size_t i = 0; i <= s.size(); ++i)
            if (glob_match(p.substr(1), s.substr(i))) return true;
        return false;
    }
    if (s.empty()) return false;
    if (p[0] == '?') return s[0] != '/' && glob_match(p.substr(1), s.substr(1));
    if (p[0] == '[') {
        std::size_t len = 0;
        const bool hit = class_match(p, s[0], len);
        if (len) return hit && glob_match(p.substr(len), s.substr(1));
    }
    return p[0] == s[0] && glob_match(p.substr(1), s.substr(1));
}

bool path_matches(const std::string& pattern, const std::string& path) {
    const std::filesystem::path fp(path);
    const std::string normal = fp.lexically_normal().generic_string();
    if (glob_match(pattern, path) || glob_match(pattern, normal) ||
        glob_match(pattern, fp.filename().generic_string()))
        return true;
    try {
        return std::regex_search(path, std::regex(pattern, std::regex::ECMAScript));
    } catch (const std::regex_error&) {
        return false; // a glob such as '*.t.sol' is no regex: it simply did not match
    }
}

bool TestFilter::selects_contract(const std::string& contract) const {
    if (match_contract && !search(match_contract, contract)) return false;
    return !(no_match_contract && search(no_match_contract, contract));
}

bool TestFilter::selects_test(const std::string& contract, const std::string& signature) const {
    if (!selects_contract(contract)) return false;
    if (match && !search(match, signature) && !search(match, contract + "::" + signature))
        return false;
    const std::string name = bare_name(signature);
    if (match_test && !search(match_test, name)) return false;
    return !(no_match_test && search(no_match_test, name));
}

bool TestFilter::selects_path(const std::string& path) const {
    if (match_path && !path_matches(*match_path, path)) return false;
    return !(no_match_path && path_matches(*no_match_path, path));
}

} // namespace mallory::chain::foundry
