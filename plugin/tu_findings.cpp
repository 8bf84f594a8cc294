#include "tu_findings.h"

#include "clang/AST/ASTContext.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/SourceManager.h"

#include "clang_compat.h"
#include "lower.h"

extern "C" {
#include "wrappers.h"
}

using namespace clang;

namespace threadlint {

TUFindings::TUFindings(ASTContext &ctx, const PluginConfig &config)
    : sm_(ctx.getSourceManager()), cfg_(config.cfg) {
    const tl_config &cfg = config.cfg;
    tl_tu_init(&ir_);
    tl_findings_init(&fs_);
    lowerTranslationUnit(ctx, &ir_, &files_, config.lowerOptions());
    // wrapper calls become calls of the APIs they stand for
    tl_tu_apply_wrappers(&ir_, cfg.wrappers, cfg.nwrappers);
    tl_stats stats = {};
    tl_analyze_tu(&ir_, &cfg, &fs_, &stats);
    tl_findings_sort(&fs_);
    std::vector<tl_nolint_marks *> marks(files_.size(), nullptr); // per file, when asked
    for (int i = 0; i < fs_.n; i++)
        if (!silenced(fs_.items[i], marks))
            shown_.push_back(&fs_.items[i]);
    for (tl_nolint_marks *m : marks)
        tl_nolint_marks_free(m);
}

TUFindings::~TUFindings() {
    tl_findings_free(&fs_);
    tl_tu_free(&ir_);
}

SourceLocation TUFindings::loc(tl_loc l) const {
    if (l.file < 0 || l.file >= (int)files_.size() || !files_[l.file].isValid())
        return SourceLocation();
    return sm_.getComposedLoc(files_[l.file], l.offset);
}

std::optional<FixItHint> TUFindings::fixit(const tl_fixit &fx) const {
    SourceLocation b = loc(fx.range.begin), e = loc(fx.range.end);
    if (b.isInvalid() || e.isInvalid())
        return std::nullopt;
    std::string text = fx.text ? fx.text : "";
    if (fx.range.begin.offset == fx.range.end.offset)
        return FixItHint::CreateInsertion(b, text);
    CharSourceRange r = CharSourceRange::getCharRange(b, e);
    if (text.empty())
        return FixItHint::CreateRemoval(r);
    return FixItHint::CreateReplacement(r, text);
}

void TUFindings::emit(DiagnosticsEngine &diags, const tl_finding &f, bool asError) const {
    DiagnosticsEngine::Level level = f.severity == TL_SEV_NOTE ? DiagnosticsEngine::Remark
                                     : asError                 ? DiagnosticsEngine::Error
                                                               : DiagnosticsEngine::Warning;
    {
        DiagnosticBuilder db = diags.Report(loc(f.loc), diags.getCustomDiagID(level, "%0 [%1]"));
        db << f.msg << tl_rule_name(f.rule);
        for (int k = 0; k < f.nfixits; k++)
            if (std::optional<FixItHint> hint = fixit(f.fixits[k]))
                db << *hint;
    }
    unsigned noteID = diags.getCustomDiagID(DiagnosticsEngine::Note, "%0");
    for (int k = 0; k < f.nnotes; k++)
        diags.Report(loc(f.notes[k].loc), noteID) << f.notes[k].msg;
    // Another repair: a note with its fix-its, which -fixit leaves alone
    // (clang applies only the warning's own).
    for (int a = 0; a < f.nalts; a++) {
        const tl_fix_alt &alt = f.alts[a];
        char title[160];
        tl_fix_title(alt.fixits, alt.nfixits, title, sizeof title);
        DiagnosticBuilder db = diags.Report(loc(alt.fixits[0].range.begin), noteID);
        db << (std::string("alternatively, ") + (title[0] ? title : "apply another fix"));
        for (int k = 0; k < alt.nfixits; k++)
            if (std::optional<FixItHint> hint = fixit(alt.fixits[k]))
                db << *hint;
    }
}

bool TUFindings::silenced(const tl_finding &f, std::vector<tl_nolint_marks *> &marks) const {
    if (!cfg_.enabled[f.rule])
        return true;
    if (f.loc.file < 0 || f.loc.file >= (int)files_.size() || !files_[f.loc.file].isValid())
        return false;
    tl_nolint_marks *&m = marks[f.loc.file];
    if (!m) {
        std::optional<StringRef> text = bufferDataOrNone(sm_, files_[f.loc.file]);
        if (!text)
            return false;
        m = tl_nolint_scan(text->data(), text->size());
    }
    return tl_nolint_marks_suppress(m, f.loc.line, tl_rule_name(f.rule));
}

} // namespace threadlint
