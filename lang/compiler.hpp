#pragma once
/// The compiler: a checked program (SemanticModel) -> one vm::ContractCode per deployable
/// contract, with ABI, selectors and a source map written with the code.
///
/// Storage layout is solc's (compile/layout.hpp): most base contract first, declaration order,
/// small value types packed into shared slots; mappings hash `key . slot`, dynamic arrays keep
/// their length at the slot and elements from keccak256(slot). Array elements take a slot each
/// (solc packs small ones), which changes only gas and raw slot contents, never what a getter,
/// a call or an event shows.

#include "lang/check/model.hpp"
#include "lang/diagnostic.hpp"
#include "lang/source.hpp"
#include "vm/code.hpp"

#include <memory>
#include <string>
#include <vector>

namespace mallory::lang {

struct CompiledContract {
    std::string name;
    const check::ContractInfo* info = nullptr;
    std::shared_ptr<const vm::ContractCode> code;
};

struct CompileOutput {
    std::vector<CompiledContract> contracts; ///< every non-abstract contract, in source order
    const CompiledContract* find(std::string_view name) const;
};

/// Compiles every deployable contract of a checked program. Constructs the compiler cannot
/// translate are reported as diagnostics at their span (code CompileUnsupported); the output
/// then holds only the contracts that compiled.
CompileOutput compile(const SourceManager& sources, const check::SemanticModel& model,
                      Diagnostics& diagnostics);

} // namespace mallory::lang
