// CodeChecker loads an analyzer plugin as
//   clang --analyze -Xclang -plugin -Xclang checkercfg -Xclang -load -Xclang X.so
// (its CC_CLANGSA_PLUGIN_DIR route): `-plugin` makes clang run the frontend
// action of that name in place of the analysis, and clang has none (in
// CodeChecker's issue #3593 every plugin fails with "unable to find plugin
// 'checkercfg'").  This action is clang's own analysis action again: it
// runs the analyzer with every enabled checker, the pthread package among
// them, and writes the output CodeChecker asked for.
#include <memory>
#include <string>
#include <vector>

#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendPluginRegistry.h"
#include "clang/StaticAnalyzer/Frontend/AnalysisConsumer.h"

#include "codechecker_action.h"

namespace threadlint {
namespace {

class CheckerCfgAction : public clang::PluginASTAction {
protected:
    std::unique_ptr<clang::ASTConsumer> CreateASTConsumer(clang::CompilerInstance &ci,
                                                          llvm::StringRef) override {
        return clang::ento::CreateAnalysisConsumer(ci);
    }

    bool ParseArgs(const clang::CompilerInstance &, const std::vector<std::string> &) override {
        return true;
    }
};

} // namespace
} // namespace threadlint

static clang::FrontendPluginRegistry::Add<threadlint::CheckerCfgAction>
    Y(threadlint::kCodeCheckerAction, "run the Clang Static Analyzer (CodeChecker loads "
                                      "analyzer plugins with -plugin checkercfg)");
