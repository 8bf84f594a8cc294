// The `threadlint` frontend plugin: after clang's own action (codegen for
// -c, nothing for -fsyntax-only) lowers the TU with lower_ast.cpp, runs the
// analysis core and reports findings as ordinary clang warnings with notes
// and fix-its.
//
//   clang -fplugin=threadlint-plugin.so -c x.c
//   clang -Xclang -load -Xclang threadlint-plugin.so -Xclang -add-plugin -Xclang threadlint ...
//
// Plugin arguments (-fplugin-arg-threadlint-<arg>):
//   checks=<globs>  enable/disable rules, clang-tidy style ('-*,pthread.JoinMisuse')
//   werror          report findings as errors
//   dump-ir         print the lowered IR to stdout instead of analysing
#include <memory>
#include <string>
#include <vector>

#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendPluginRegistry.h"
#include "llvm/Support/raw_ostream.h"

#include "lower_ast.h"

extern "C" {
#include "analyze.h"
#include "finding.h"
#include "ir_dump.h"
}

using namespace clang;

namespace threadlint {
namespace {

struct Options {
    tl_config cfg;
    bool werror = false;
    bool dumpIR = false;
};

class Consumer : public ASTConsumer {
public:
    // A copy: clang destroys plugin actions once their consumer exists.
    Consumer(CompilerInstance &ci, const Options &opts) : ci_(ci), opts_(opts) {}

    void HandleTranslationUnit(ASTContext &ctx) override {
        DiagnosticsEngine &diags = ci_.getDiagnostics();
        if (diags.hasErrorOccurred() || ctx.getLangOpts().CPlusPlus ||
            ctx.getLangOpts().ObjC)
            return; // broken code, or not C: clang's verdict stands
        if (diags.getIgnoreAllWarnings() && !opts_.werror && !opts_.dumpIR)
            return; // -w (which beats -Werror, as in clang): nothing would be shown
        tl_tu ir;
        tl_tu_init(&ir);
        std::vector<FileID> files;
        lowerTranslationUnit(ctx, &ir, &files);
        if (opts_.dumpIR) {
            fflush(stdout);
            tl_ir_dump(&ir, stdout);
            fflush(stdout);
        } else {
            report(ctx, ir, files);
        }
        tl_tu_free(&ir);
    }

private:
    SourceLocation locOf(const std::vector<FileID> &files, tl_loc l) {
        if (l.file < 0 || l.file >= (int)files.size() || !files[l.file].isValid())
            return SourceLocation();
        return ci_.getSourceManager().getComposedLoc(files[l.file], l.offset);
    }

    bool suppressed(const tl_finding &f, const std::vector<FileID> &files) {
        if (!opts_.cfg.enabled[f.rule])
            return true;
        if (f.loc.file < 0 || f.loc.file >= (int)files.size() || !files[f.loc.file].isValid())
            return false;
        std::optional<StringRef> text =
            ci_.getSourceManager().getBufferDataOrNone(files[f.loc.file]);
        return text && tl_nolint_suppresses(text->data(), text->size(), f.loc.line,
                                            tl_rule_name(f.rule));
    }

    void report(ASTContext &ctx, const tl_tu &ir, const std::vector<FileID> &files) {
        (void)ctx;
        tl_findings fs;
        tl_findings_init(&fs);
        tl_stats stats = {};
        tl_analyze_tu(&ir, &opts_.cfg, &fs, &stats);
        tl_findings_sort(&fs);
        DiagnosticsEngine &diags = ci_.getDiagnostics();
        bool asError = opts_.werror || diags.getWarningsAsErrors();
        // Custom diagnostics bypass clang's warning options: -w and -Werror
        // are applied here.
        if (diags.getIgnoreAllWarnings() && !opts_.werror) {
            tl_findings_free(&fs);
            return;
        }
        unsigned warnID = diags.getCustomDiagID(
            asError ? DiagnosticsEngine::Error : DiagnosticsEngine::Warning, "%0 [%1]");
        unsigned noteID = diags.getCustomDiagID(DiagnosticsEngine::Note, "%0");
        for (int i = 0; i < fs.n; i++) {
            const tl_finding &f = fs.items[i];
            if (suppressed(f, files))
                continue;
            {
                DiagnosticBuilder db = diags.Report(locOf(files, f.loc), warnID);
                db << f.msg << tl_rule_name(f.rule);
                for (int k = 0; k < f.nfixits; k++) {
                    const tl_fixit &fx = f.fixits[k];
                    SourceLocation b = locOf(files, fx.range.begin);
                    SourceLocation e = locOf(files, fx.range.end);
                    if (b.isInvalid() || e.isInvalid())
                        continue;
                    std::string text = fx.text ? fx.text : "";
                    CharSourceRange r = CharSourceRange::getCharRange(b, e);
                    if (fx.range.begin.offset == fx.range.end.offset)
                        db << FixItHint::CreateInsertion(b, text);
                    else if (text.empty())
                        db << FixItHint::CreateRemoval(r);
                    else
                        db << FixItHint::CreateReplacement(r, text);
                }
            }
            for (int k = 0; k < f.nnotes; k++)
                diags.Report(locOf(files, f.notes[k].loc), noteID) << f.notes[k].msg;
        }
        tl_findings_free(&fs);
    }

    CompilerInstance &ci_;
    const Options opts_;
};

class Action : public PluginASTAction {
public:
    Action() { tl_config_default(&opts_.cfg); }

protected:
    std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &ci, StringRef) override {
        // Under --analyze the checker package (if loaded) reports instead.
        if (ci.getFrontendOpts().ProgramAction == frontend::RunAnalysis)
            return std::make_unique<ASTConsumer>();
        return std::make_unique<Consumer>(ci, opts_);
    }

    bool ParseArgs(const CompilerInstance &ci, const std::vector<std::string> &args) override {
        DiagnosticsEngine &diags = ci.getDiagnostics();
        for (const std::string &a : args) {
            llvm::StringRef arg(a);
            if (arg.consume_front("checks=")) {
                const char *bad = nullptr;
                std::string globs = arg.str();
                if (!tl_config_apply_checks(&opts_.cfg, globs.c_str(), &bad)) {
                    unsigned id = diags.getCustomDiagID(
                        DiagnosticsEngine::Error,
                        "threadlint: check glob '%0' matches no rule");
                    diags.Report(id) << (bad ? bad : globs.c_str());
                    return false;
                }
            } else if (arg == "werror") {
                opts_.werror = true;
            } else if (arg == "dump-ir") {
                opts_.dumpIR = true;
            } else if (arg == "help") {
                llvm::errs() << "threadlint plugin arguments (-fplugin-arg-threadlint-<arg>):\n"
                                "  checks=<globs>  enable/disable rules, e.g. '-*,pthread.JoinMisuse'\n"
                                "  werror          report findings as errors\n"
                                "  dump-ir         print the lowered IR instead of analysing\n";
            } else {
                unsigned id = diags.getCustomDiagID(DiagnosticsEngine::Error,
                                                    "threadlint: unknown plugin argument '%0'");
                diags.Report(id) << a;
                return false;
            }
        }
        return true;
    }

    ActionType getActionType() override { return AddAfterMainAction; }

private:
    Options opts_;
};

} // namespace
} // namespace threadlint

static clang::FrontendPluginRegistry::Add<threadlint::Action>
    X("threadlint", "report POSIX thread resource bugs (threadlint)");
