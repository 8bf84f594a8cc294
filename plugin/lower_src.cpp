// Files, locations and source text for the clang-AST front end: the same
// answers tools/lower_src.c gets from libclang (file locations, cursor
// extents, collapsed texts, macro-written conditions).
#include "lower_internal.h"

#include <cstring>

#include "clang/Lex/Lexer.h"

using namespace clang;

namespace threadlint {

int LowerTU::fileId(FileID fid) {
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

tl_loc LowerTU::mapLoc(SourceLocation l, bool expansion) {
    tl_loc r = {0, 0, 0, 0};
    if (l.isInvalid()) {
        r.file = noFile();
        return r;
    }
    SourceLocation f = expansion ? sm.getExpansionLoc(l) : sm.getFileLoc(l);
    std::pair<FileID, unsigned> d = sm.getDecomposedLoc(f);
    r.offset = d.second;
    bool invalid = false;
    r.line = sm.getLineNumber(d.first, d.second, &invalid);
    if (invalid)
        r.line = 0;
    invalid = false;
    r.col = sm.getColumnNumber(d.first, d.second, &invalid);
    if (invalid)
        r.col = 0;
    r.file = fileId(d.first);
    return r;
}

tl_loc LowerTU::loc(SourceLocation l) { return mapLoc(l, false); }

static bool rangeOk(tl_range r) {
    return r.begin.file == r.end.file && r.end.offset >= r.begin.offset;
}

// A location in a macro argument maps to another place as a file location
// (where the argument is written) than as an expansion location.
bool LowerTU::inMacroArg(SourceLocation l, unsigned fileOffset) {
    if (l.isInvalid())
        return false;
    return sm.getDecomposedLoc(sm.getExpansionLoc(l)).second != fileOffset;
}

bool LowerTU::inMacroArg(SourceLocation l) {
    if (l.isInvalid())
        return false;
    return inMacroArg(l, sm.getDecomposedLoc(sm.getFileLoc(l)).second);
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
    if (tokenRange && e.isValid())
        e = e.getLocWithOffset(Lexer::MeasureTokenLength(sm.getSpellingLoc(e), sm, lo));
    return e;
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

static bool isIdent(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static bool isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Blanks collapsed, at most kTextMax characters, arena-owned.
const char *LowerTU::collapse(const char *s, size_t n) {
    if (!s || !n)
        return nullptr;
    char buf[kTextMax + 1];
    size_t k = 0;
    bool blank = false, cut = false;
    for (size_t i = 0; i < n; i++) {
        if (isBlank(s[i]) || (s[i] == '\\' && i + 1 < n && isBlank(s[i + 1]))) {
            blank = true;
            continue;
        }
        size_t need = blank && k ? 2 : 1;
        if (k + need > kTextMax) {
            cut = true;
            break;
        }
        if (blank && k)
            buf[k++] = ' ';
        blank = false;
        buf[k++] = s[i];
    }
    if (cut) {
        k = kTextMax - 3;
        while (k && buf[k - 1] == ' ')
            k--;
        std::memcpy(buf + k, "...", 3);
        k += 3;
    }
    return tl_arena_strndup(&tu->arena, buf, k);
}

const char *LowerTU::text(tl_range r) {
    size_t n = 0;
    const char *s = span(r, &n);
    return collapse(s, n);
}

bool LowerTU::spelledWith(tl_range r, const char *word) {
    size_t n = 0, len = std::strlen(word);
    const char *s = span(r, &n);
    return s && n >= len && std::memcmp(s, word, len) == 0 && (n == len || !isIdent(s[len]));
}

size_t skipBlank(const char *s, size_t i, size_t end) {
    while (i < end) {
        if (isBlank(s[i]) || (s[i] == '\\' && i + 1 < end && isBlank(s[i + 1]))) {
            i++;
        } else if (s[i] == '/' && i + 1 < end && s[i + 1] == '/') {
            while (i < end && s[i] != '\n')
                i++;
        } else if (s[i] == '/' && i + 1 < end && s[i + 1] == '*') {
            i += 2;
            while (i + 1 < end && !(s[i] == '*' && s[i + 1] == '/'))
                i++;
            i = i + 2 < end ? i + 2 : end;
        } else {
            break;
        }
    }
    return i;
}

static tl_loc advance(const char *text, tl_loc l, unsigned to) {
    for (unsigned i = l.offset; i < to; i++) {
        if (text[i] == '\n') {
            l.line++;
            l.col = 1;
        } else {
            l.col++;
        }
    }
    l.offset = to;
    return l;
}

tl_range LowerTU::withSemicolon(tl_range r) {
    if (r.end.file < 0 || r.end.file >= (int)texts.size())
        return r;
    StringRef t = texts[r.end.file];
    if (!t.data() || r.end.offset > t.size())
        return r;
    if (r.end.offset > r.begin.offset && t[r.end.offset - 1] == ';')
        return r;
    size_t i = skipBlank(t.data(), r.end.offset, t.size());
    if (i < t.size() && t[i] == ';')
        r.end = advance(t.data(), r.end, (unsigned)i + 1);
    return r;
}

// ---- conditions written whole by a macro ------------------------------------

// True when l lies in a macro's body (not in an argument written by the user).
bool LowerTU::inMacroBody(SourceLocation l) {
    if (l.isInvalid())
        return false;
    std::pair<FileID, unsigned> e = sm.getDecomposedLoc(sm.getExpansionLoc(l));
    std::pair<FileID, unsigned> s = sm.getDecomposedLoc(sm.getSpellingLoc(l));
    return (e.second != s.second || e.first != s.first) && !inMacroArg(l);
}

static size_t macroExprEnd(const char *s, size_t i, size_t n) {
    int depth = 0;
    for (; i < n; i++) {
        char ch = s[i];
        if (ch == '\n' && (i == 0 || s[i - 1] != '\\'))
            break;
        if (ch == '(' || ch == '[')
            depth++;
        else if ((ch == ')' || ch == ']') && depth-- == 0)
            break;
        else if (depth == 0 && (ch == ';' || ch == ',' || ch == '?' || ch == ':'))
            break;
        else if (depth == 0 && i + 1 < n && (ch == '&' || ch == '|') && s[i + 1] == ch)
            break;
    }
    while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t'))
        i--;
    return i;
}

static bool isInvocation(const char *s, size_t n) {
    size_t i = 0;
    while (i < n && (s[i] == '_' || (s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
                     (i && s[i] >= '0' && s[i] <= '9')))
        i++;
    if (!i)
        return false;
    i = skipBlank(s, i, n);
    if (i >= n || s[i] != '(')
        return false;
    int depth = 0;
    for (; i < n; i++) {
        depth += s[i] == '(' ? 1 : s[i] == ')' ? -1 : 0;
        if (depth == 0)
            return skipBlank(s, i + 1, n) == n;
    }
    return false;
}

static int splitArgs(const char *s, size_t n, size_t start, const char **arg, size_t *len,
                     int max) {
    int k = 0, depth = 0;
    size_t b = start;
    for (size_t i = start; i < n && k < max; i++) {
        char ch = s[i];
        if (ch == '(' || ch == '[' || ch == '{') {
            depth++;
        } else if ((ch == ')' || ch == ']' || ch == '}') && depth-- == 0) {
            n = i;
            break;
        } else if (ch == ',' && depth == 0) {
            arg[k] = s + b;
            len[k++] = i - b;
            b = i + 1;
        }
    }
    if (k < max && b <= n) {
        arg[k] = s + b;
        len[k++] = n - b;
    }
    for (int i = 0; i < k; i++) {
        while (len[i] && isBlank(arg[i][0])) {
            arg[i]++;
            len[i]--;
        }
        while (len[i] && isBlank(arg[i][len[i] - 1]))
            len[i]--;
    }
    return k;
}

enum { kMacroMaxParams = 16 };

// The macro body text [b, e) with its parameters replaced by the
// invocation's arguments.
const char *LowerTU::substitute(const char *text, size_t b, size_t e, const char *inv,
                                size_t invLen) {
    size_t line = b;
    for (;;) {
        while (line > 0 && text[line - 1] != '\n')
            line--;
        size_t i = line;
        while (isBlank(text[i]) && text[i] != '\n')
            i++;
        if (text[i] == '#' || line == 0)
            break;
        line--;
    }
    const char *params[kMacroMaxParams], *args[kMacroMaxParams];
    size_t plen[kMacroMaxParams], alen[kMacroMaxParams];
    const char *open = static_cast<const char *>(std::memchr(text + line, '(', b - line));
    const char *invOpen = static_cast<const char *>(std::memchr(inv, '(', invLen));
    if (!open || !invOpen)
        return nullptr;
    int np = splitArgs(text, b, (size_t)(open - text) + 1, params, plen, kMacroMaxParams);
    int na = splitArgs(inv, invLen, (size_t)(invOpen - inv) + 1, args, alen, kMacroMaxParams);
    if (np != na)
        return nullptr;
    char out[512];
    size_t k = 0;
    for (size_t i = b; i < e && k < sizeof out - 1;) {
        if (!isIdent(text[i]) || (i > b && isIdent(text[i - 1]))) {
            out[k++] = text[i++];
            continue;
        }
        size_t j = i;
        while (j < e && isIdent(text[j]))
            j++;
        int p = -1;
        for (int q = 0; q < np && p < 0; q++)
            if (plen[q] == j - i && std::memcmp(params[q], text + i, j - i) == 0)
                p = q;
        const char *src = p >= 0 ? args[p] : text + i;
        size_t sl = p >= 0 ? alen[p] : j - i;
        for (size_t m = 0; m < sl && k < sizeof out - 1; m++)
            out[k++] = src[m];
        i = j;
    }
    return collapse(out, k);
}

const char *LowerTU::condText(const Expr *c) {
    tl_range r = extent(c->getSourceRange());
    size_t n = 0;
    const char *spelled = span(r, &n);
    SourceLocation start = c->getBeginLoc();
    if (spelled && isInvocation(spelled, n) && inMacroBody(start)) {
        std::pair<FileID, unsigned> sp = sm.getDecomposedLoc(sm.getSpellingLoc(start));
        std::optional<StringRef> buf = bufferDataOrNone(sm, sp.first);
        if (buf && sp.second < buf->size()) {
            const char *t = substitute(buf->data(), sp.second,
                                       macroExprEnd(buf->data(), sp.second, buf->size()),
                                       spelled, n);
            if (t)
                return t;
        }
    }
    return collapse(spelled, n);
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

} // namespace threadlint
