#pragma once
// Text as XML character data or an attribute value: the SVG of the tour and the JUnit report
// of `mallory test` both write user-derived text (names, revert reasons) into XML.

#include <string>
#include <string_view>

namespace mallory::cli {

inline std::string xml_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\n':
            out += "&#10;";
            break; // keeps a multi-line reason inside one attribute
        default:
            out += c;
        }
    }
    return out;
}

} // namespace mallory::cli
