// Files, locations and source text for the clang-AST front end: the same
// answers tools/libclang/lower_src.c gets from libclang (file locations, cursor
// extents, collapsed texts, macro-written conditions).
#include "lower_internal.h"

#include "clang/Lex/Lexer.h"

#include <cstdlib>

using namespace clang;

namespace threadlint {

int LowerTU::fileId(FileID fid) {
    if (fid == lastFid && lastFileId >= 0)
        return lastFileId;
    auto it = fileIds.find(fid);
    if (it != fileIds.end())
        return it->second;
    std::optional<StringRef> fileName = fileNameOf(sm, fid);
    if (!fileName)
        return noFile();
    std::string name = fileName->str();
    int id = tl_tu_file(tu, name.c_str());
    fileIds[fid] = id;
    if (id >= (int)texts.size()) {
        texts.resize(id + 1);
        fids.resize(id + 1);
    }
    if (!fids[id].isValid()) {
        fids[id] = fid;
        if (std::optional<StringRef> buf = bufferDataOrNone(sm, fid))
            texts[id] = *buf;
    }
    return id;
}

int LowerTU::noFile() {
    if (noFileId < 0) {
        noFileId = tl_tu_file(tu, "<built-in>");
        if (noFileId >= (int)texts.size()) {
            texts.resize(noFileId + 1);
            fids.resize(noFileId + 1);
        }
    }
    return noFileId;
}

// A file location's raw encoding is its offset in the SourceManager's
// address space, where a file's locations are one contiguous run (its end
// included), as SourceManager itself decomposes them.
std::pair<FileID, unsigned> LowerTU::decompose(SourceLocation l) {
    unsigned raw = l.getRawEncoding();
    if (lastFileId >= 0 && l.isFileID() && raw >= lastFileStart &&
        raw - lastFileStart <= lastFileSize)
        return {lastFid, raw - lastFileStart};
    std::pair<FileID, unsigned> d = sm.getDecomposedLoc(l);
    if (l.isFileID() && d.first.isValid()) {
        int id = fileId(d.first);
        bool invalid = false;
        const SrcMgr::SLocEntry &entry = sm.getSLocEntry(d.first, &invalid);
        if (!invalid && entry.isFile() && id >= 0 && id < (int)texts.size() &&
            texts[id].data()) {
            lastFid = d.first;
            lastFileId = id;
            lastFileStart = entry.getOffset();
            lastFileSize = (unsigned)texts[id].size();
        }
    }
    return d;
}

tl_loc LowerTU::mapLoc(SourceLocation l, bool expansion) {
    tl_loc r = {0, 0, 0, 0};
    if (l.isInvalid()) {
        r.file = noFile();
        return r;
    }
    SourceLocation f = expansion ? sm.getExpansionLoc(l) : sm.getFileLoc(l);
    unsigned raw = f.getRawEncoding();
    for (const MappedLoc &m : mapped)
        if (m.raw == raw && raw)
            return m.at;
    std::pair<FileID, unsigned> d = decompose(f);
    r.offset = d.second;
    r.file = fileId(d.first);
    if (lineAndColumn(r.file, r.offset, &r)) {
        mapped[nextMapped++ % kMapped] = MappedLoc{raw, r};
        return r;
    }
    bool invalid = false;
    r.line = sm.getLineNumber(d.first, d.second, &invalid);
    if (invalid)
        r.line = 0;
    invalid = false;
    r.col = sm.getColumnNumber(d.first, d.second, &invalid);
    if (invalid)
        r.col = 0;
    return r;
}

// Line and column of offset in a file whose text we hold.
bool LowerTU::lineAndColumn(int file, unsigned offset, tl_loc *out) {
    if (file < 0 || file >= (int)texts.size() || !texts[file].data() ||
        offset > texts[file].size())
        return false;
    if ((int)lines.size() <= file)
        lines.resize(file + 1);
    Lines &ls = lines[file];
    if (ls.starts.empty()) {
        unsigned n = 0;
        unsigned *starts = tl_src_line_starts(texts[file].data(), texts[file].size(), &n);
        ls.starts.assign(starts, starts + n);
        free(starts);
    }
    const std::vector<unsigned> &starts = ls.starts;
    unsigned line = tl_src_line_of(starts.data(), (unsigned)starts.size(), offset, &ls.last);
    out->line = line + 1;
    out->col = offset - starts[line] + 1;
    return true;
}

tl_loc LowerTU::loc(SourceLocation l) { return mapLoc(l, false); }

static bool rangeOk(tl_range r) {
    return r.begin.file == r.end.file && r.end.offset >= r.begin.offset;
}

// A location in a macro argument maps to another place as a file location
// (where the argument is written) than as an expansion location.
bool LowerTU::inMacroArg(SourceLocation l, unsigned fileOffset) {
    if (l.isInvalid() || l.isFileID()) // a file location is its own expansion
        return false;
    return decompose(sm.getExpansionLoc(l)).second != fileOffset;
}

bool LowerTU::inMacroArg(SourceLocation l) {
    if (l.isInvalid())
        return false;
    return inMacroArg(l, decompose(sm.getFileLoc(l)).second);
}

// libclang's extent of a token range: the end moves past the last token
// (of the expansion, when the end lies in a macro body).
SourceLocation LowerTU::tokenEnd(SourceLocation e) {
    bool tokenRange = true;
    if (e.isValid() && e.isMacroID() && !sm.isMacroArgExpansion(e)) {
        CharSourceRange x = sm.getExpansionRange(e);
        e = x.getEnd();
        tokenRange = x.isTokenRange();
    }
    if (!tokenRange || e.isInvalid())
        return e;
    if (e.isFileID()) { // most ends: measured in the text we hold, without a lexer
        std::pair<FileID, unsigned> d = decompose(e);
        int file = fileId(d.first);
        if (file >= 0 && file < (int)texts.size())
            if (size_t n = tl_src_token_length(texts[file].data(), texts[file].size(), d.second))
                return e.getLocWithOffset((int)n);
    }
    return e.getLocWithOffset(Lexer::MeasureTokenLength(sm.getSpellingLoc(e), sm, lo));
}

tl_range LowerTU::extent(SourceRange sr) {
    SourceLocation b = sr.getBegin(), e = tokenEnd(sr.getEnd());
    tl_range r = {loc(b), loc(e)};
    // `IS_UDP(c->transport)` expanding to `((x) == 2)`: one end in a macro
    // argument, the other in the body; the whole invocation is the range.
    if (rangeOk(r) && inMacroArg(b, r.begin.offset) == inMacroArg(e, r.end.offset))
        return r;
    r.begin = mapLoc(b, true);
    r.end = mapLoc(e, true);
    if (!rangeOk(r))
        r.end = r.begin;
    return r;
}

const char *LowerTU::span(tl_range r, size_t *len) {
    if (r.begin.file < 0 || r.begin.file >= (int)texts.size() || !rangeOk(r))
        return nullptr;
    StringRef t = texts[r.begin.file];
    if (!t.data() || r.end.offset > t.size())
        return nullptr;
    *len = r.end.offset - r.begin.offset;
    return t.data() + r.begin.offset;
}

const char *LowerTU::text(tl_range r) {
    size_t n = 0;
    const char *s = span(r, &n);
    return tl_src_collapse(&tu->arena, s, n);
}

bool LowerTU::spelledWith(tl_range r, const char *word) {
    size_t n = 0;
    const char *s = span(r, &n);
    return tl_src_spelled_with(s, n, word);
}

tl_range LowerTU::withSemicolon(tl_range r) {
    if (r.end.file < 0 || r.end.file >= (int)texts.size())
        return r;
    StringRef t = texts[r.end.file];
    return tl_src_with_semicolon(t.data(), t.size(), r);
}

tl_loc LowerTU::topLevelLine(tl_range r) {
    size_t at = 0;
    if (r.begin.file < 0 || r.begin.file >= (int)texts.size() || r.begin.line == 0)
        return tl_loc{};
    StringRef t = texts[r.begin.file];
    if (!tl_src_top_level_line(t.data(), t.size(), r.begin.offset, &at))
        return tl_loc{};
    return tl_loc{r.begin.file, r.begin.line, 1, (unsigned)at};
}

// ---- conditions written whole by a macro ------------------------------------

// True when l lies in a macro's body (not in an argument written by the user).
bool LowerTU::inMacroBody(SourceLocation l) {
    if (l.isInvalid())
        return false;
    std::pair<FileID, unsigned> e = decompose(sm.getExpansionLoc(l));
    std::pair<FileID, unsigned> s = decompose(sm.getSpellingLoc(l));
    return (e.second != s.second || e.first != s.first) && !inMacroArg(l);
}

const char *LowerTU::condText(const Expr *c) {
    tl_range r = extent(c->getSourceRange());
    size_t n = 0;
    const char *spelled = span(r, &n);
    SourceLocation start = c->getBeginLoc();
    if (spelled && tl_src_is_invocation(spelled, n) && inMacroBody(start)) {
        std::pair<FileID, unsigned> sp = decompose(sm.getSpellingLoc(start));
        if (std::optional<StringRef> buf = bufferDataOrNone(sm, sp.first))
            if (const char *t = tl_src_macro_expr(&tu->arena, buf->data(), buf->size(),
                                                  sp.second, spelled, n))
                return t;
    }
    return tl_src_collapse(&tu->arena, spelled, n);
}

// The main file always; a header when the filter matches its path as the
// preprocessor found it (what libclang calls the file's name).
bool LowerTU::fileReported(int file) {
    if (file < 0 || file >= (int)fids.size() || !fids[file].isValid())
        return false;
    if (fids[file] == sm.getMainFileID())
        return true;
    if (!headerFilter)
        return false;
    if (reportedCache.size() < fids.size())
        reportedCache.resize(fids.size(), -1);
    if (reportedCache[file] < 0) {
        std::string path = sm.getFilename(sm.getLocForStartOfFile(fids[file])).str();
        reportedCache[file] = regexec(headerFilter, path.c_str(), 0, nullptr, 0) == 0;
    }
    return reportedCache[file] == 1;
}

// A preprocessed main file (`clang -E`, `-frewrite-includes`: what icecream
// and distcc compile remotely) holds its headers too, told apart only by line
// markers: there the presumed location says which file wrote the code, so
// the same functions are reported as in a build of the original file.
bool LowerTU::locReported(SourceLocation l) {
    SourceLocation f = sm.getFileLoc(l);
    if (f.isInvalid() || !sm.hasLineTable() || sm.getFileID(f) != sm.getMainFileID())
        return fileReported(loc(l).file);
    PresumedLoc p = sm.getPresumedLoc(f);
    if (p.isInvalid())
        return fileReported(loc(l).file);
    StringRef name = p.getFilename();
    if (p.getIncludeLoc().isInvalid())
        return name.empty() || name[0] != '<'; // the source, not <built-in>
    return headerFilter && regexec(headerFilter, name.str().c_str(), 0, nullptr, 0) == 0;
}

} // namespace threadlint
