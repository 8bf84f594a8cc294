// CodeChecker's name for the analysis when it loads analyzer plugins
// (codechecker_action.cpp).
#ifndef THREADLINT_PLUGIN_CODECHECKER_ACTION_H
#define THREADLINT_PLUGIN_CODECHECKER_ACTION_H

#include "clang/Frontend/FrontendOptions.h"

namespace threadlint {

inline constexpr char kCodeCheckerAction[] = "checkercfg";

// Is the analyzer clang's action: --analyze, or CodeChecker's -plugin checkercfg?
inline bool analyzerIsMainAction(const clang::FrontendOptions &fo) {
    return fo.ProgramAction == clang::frontend::RunAnalysis ||
           (fo.ProgramAction == clang::frontend::PluginAction &&
            fo.ActionName == kCodeCheckerAction);
}

} // namespace threadlint

#endif
