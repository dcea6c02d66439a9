// libFuzzer target: arbitrary bytes into the parser and both printers. The parser must never
// crash, hang or leak; when the input parses cleanly, the printed source must parse cleanly to
// the same tree.
#include "lang/ast_printer.hpp"
#include "lang/parser.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

using namespace mallory::lang;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    SourceManager sources;
    Diagnostics diagnostics;
    std::string text(reinterpret_cast<const char*>(data), size);
    FileId file = sources.add("fuzz.sol", std::move(text));
    ast::SourceUnit unit = parse(sources, file, diagnostics);
    std::string tree = print_tree(unit, &sources, true);
    (void)render_all(sources, diagnostics.sorted(), false);
    std::string printed = print_source(unit);
    if (diagnostics.has_errors()) return 0;

    Diagnostics again_diagnostics;
    ast::SourceUnit again = parse(sources, sources.add("printed.sol", printed), again_diagnostics);
    if (again_diagnostics.has_errors() ||
        print_tree(again, nullptr, false) != print_tree(unit, nullptr, false))
        std::abort(); // the printer produced source that means something else
    return 0;
}
