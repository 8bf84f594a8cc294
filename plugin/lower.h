// The clang-AST front end: lowers a C translation unit into the threadlint
// IR (checks/ir.h) exactly as the libclang front end (tools/libclang/lower*.c) does,
// block for block, so that the CLI and the plugin report the same findings
// (test/lit/plugin/parity.c checks that).
#ifndef THREADLINT_PLUGIN_LOWER_H
#define THREADLINT_PLUGIN_LOWER_H

#include <regex.h>
#include <string>
#include <vector>

#include "clang/Basic/SourceLocation.h"

extern "C" {
#include "ir.h"
#include "summary_ext.h"
#include "wrappers.h"
}

namespace clang {
class ASTContext;
} // namespace clang

namespace threadlint {

struct LowerStats {
    int functions = 0;      // definitions lowered
    int skippedTooDeep = 0; // ... of which abandoned for nesting beyond maxDepth
};

struct LowerOptions {
    int maxDepth = 256;                   // nesting budget per function
    const tl_wrapper *wrappers = nullptr; // .threadlint.yaml: calls that count as API calls
    int nwrappers = 0;
    const regex_t *headerFilter = nullptr; // headers whose path matches are reported too
    // helpers other files define (summaries): a body that calls one that
    // acts on a resource is worth lowering, one that calls one that uses a
    // sync object through its argument has uses to read (may be null)
    const tl_ext_summaries *external = nullptr;
};

// Lowers, like tl_lower_tu: first the reported files' definitions (the main
// file's, and those of headers the filter matches) whose text can reach a
// modelled API, in source order, then each definition (a static inline
// helper in a header, say) that a lowered function calls or names.  `out`
// must be tl_tu_init'ed.  `files`, when given, receives for each tl file id
// the clang FileID it came from (invalid for <built-in>).
LowerStats lowerTranslationUnit(clang::ASTContext &ctx, tl_tu *out,
                                std::vector<clang::FileID> *files, const LowerOptions &opts);

} // namespace threadlint

#endif
