// One translation unit's findings, for both faces of the plugin (compiler
// warnings and the Static Analyzer's checker package): lowers clang's AST,
// applies the configured wrappers, runs the core, and maps findings back
// to clang source locations.
#ifndef THREADLINT_PLUGIN_TU_FINDINGS_H
#define THREADLINT_PLUGIN_TU_FINDINGS_H

#include <optional>
#include <vector>

#include "clang/Basic/SourceLocation.h"

#include "plugin_config.h"

extern "C" {
#include "analyze.h"
#include "finding.h"
}

namespace clang {
class ASTContext;
class DiagnosticsEngine;
class FixItHint;
class SourceManager;
} // namespace clang

namespace threadlint {

class TUFindings {
public:
    // Analyses the TU in `ctx` with `config` (its wrappers and header filter
    // included).
    TUFindings(clang::ASTContext &ctx, const PluginConfig &config);
    ~TUFindings();
    TUFindings(const TUFindings &) = delete;
    TUFindings &operator=(const TUFindings &) = delete;

    // The findings to show: enabled in cfg and not silenced by NOLINT.
    const std::vector<const tl_finding *> &shown() const { return shown_; }
    clang::SourceLocation loc(tl_loc l) const;
    // The fix-it as clang's, or nothing when a location does not map.
    std::optional<clang::FixItHint> fixit(const tl_fixit &fx) const;
    // Reports `f` as a clang diagnostic with its notes and fix-its: a
    // warning (an error when `asError`), or for a note-level finding a
    // remark, which neither -Werror nor the werror argument makes fatal.
    void emit(clang::DiagnosticsEngine &diags, const tl_finding &f, bool asError) const;

private:
    // `marks`: each file's NOLINT markers, scanned when first needed.
    bool silenced(const tl_finding &f, std::vector<tl_nolint_marks *> &marks) const;

    const clang::SourceManager &sm_;
    const tl_config &cfg_;
    tl_tu ir_;
    tl_findings fs_;
    std::vector<clang::FileID> files_;
    std::vector<const tl_finding *> shown_;
};

} // namespace threadlint

#endif
