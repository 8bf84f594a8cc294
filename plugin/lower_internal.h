// Internals of the clang-AST front end (plugin/lower*.cpp).  Each file is
// the twin of the libclang front end's file of the same name in
// tools/libclang/, so the two lowerings stay comparable file for file:
//
//   lower.cpp         per-TU and per-function driver (and lower_attrs.c's
//                     constructor/destructor attributes, which clang gives)
//   lower_stmt.cpp    statements: the CFG
//   lower_cond.cpp    conditions lowered straight to edges
//   lower_expr.cpp    expressions, places, events
//   lower_call.cpp    calls
//   lower_vars.cpp    variables
//   lower_ops.cpp     operator kinds
//   lower_src.cpp     files, locations, source text (the text itself is
//                     read by checks/src_text.c, shared)
//   lower_select.cpp  which definitions to lower
//   lower_util.cpp    blocks and small helpers
#ifndef THREADLINT_PLUGIN_LOWER_INTERNAL_H
#define THREADLINT_PLUGIN_LOWER_INTERNAL_H

#include <string>
#include <utility>
#include <vector>

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseMap.h"

#include "clang_compat.h"
#include "lower.h"

extern "C" {
#include "src_text.h"
}

namespace threadlint {

// Per translation unit.
struct LowerTU {
    clang::ASTContext &ctx;
    clang::SourceManager &sm;
    const clang::LangOptions &lo;
    tl_tu *tu;
    int maxDepth;
    const tl_wrapper *wrappers = nullptr; // select() counts their calls as API calls
    int nwrappers = 0;
    const regex_t *headerFilter = nullptr; // headers reported besides the main file
    const tl_ext_summaries *external = nullptr; // select() reads their callers (LowerOptions)
    std::vector<signed char> reportedCache; // per tl file id: -1 unknown, 0, 1

    llvm::DenseMap<clang::FileID, int> fileIds;
    // The file of the last location decomposed, its tl id and where its
    // locations begin and end: locations come in runs from one file, and
    // SourceManager's own decomposition costs a hundred instructions.
    clang::FileID lastFid;
    int lastFileId = -1;
    unsigned lastFileStart = 0, lastFileSize = 0;
    std::vector<llvm::StringRef> texts;  // per tl file id
    std::vector<clang::FileID> fids;     // per tl file id
    // Per tl file id, where each line starts (built on first use) and the
    // last line asked for: SourceManager's getLineNumber and
    // getColumnNumber were a third of the cost of an extent.
    struct Lines {
        std::vector<unsigned> starts;
        unsigned last = 0;
    };
    std::vector<Lines> lines;
    // The last file locations mapped: an expression's begin is often its
    // operand's, its end its parent's end.
    struct MappedLoc {
        unsigned raw = 0; // 0: no location
        tl_loc at{};
    };
    static constexpr unsigned kMapped = 4;
    MappedLoc mapped[kMapped];
    unsigned nextMapped = 0;
    int noFileId = -1;

    std::vector<const clang::FunctionDecl *> defs;
    llvm::DenseMap<const clang::FunctionDecl *, int> defIndex; // canonical -> index
    std::vector<signed char> defState; // 0 not wanted yet, 1 queued or lowered
    std::vector<char> defUseful;
    std::vector<int> queue;
    llvm::DenseMap<const clang::FunctionDecl *, bool> noreturn; // canonical

    LowerTU(clang::ASTContext &c, tl_tu *out, int depth)
        : ctx(c), sm(c.getSourceManager()), lo(c.getLangOpts()), tu(out), maxDepth(depth) {}

    // lower_src.cpp
    int fileId(clang::FileID fid);
    // The file and offset of a file location (sm.getDecomposedLoc).
    std::pair<clang::FileID, unsigned> decompose(clang::SourceLocation fileLoc);
    int noFile();
    tl_loc mapLoc(clang::SourceLocation l, bool expansion);
    bool lineAndColumn(int file, unsigned offset, tl_loc *out);
    tl_loc loc(clang::SourceLocation l);
    bool inMacroArg(clang::SourceLocation l, unsigned fileOffset);
    bool inMacroArg(clang::SourceLocation l);
    bool inMacroBody(clang::SourceLocation l);
    clang::SourceLocation tokenEnd(clang::SourceLocation e);
    tl_range extent(clang::SourceRange r);
    const char *span(tl_range r, size_t *len);
    const char *text(tl_range r);
    bool spelledWith(tl_range r, const char *word);
    tl_range withSemicolon(tl_range r);
    // Where a file-scope declaration can go before the definition spanning
    // r (tl_src_top_level_line); line 0 when nowhere.
    tl_loc topLevelLine(tl_range r);
    const char *condText(const clang::Expr *c);
    bool fileReported(int file);
    bool locReported(clang::SourceLocation l); // fileReported, line markers heeded

    // lower.cpp
    int definition(const clang::FunctionDecl *fn);
    void want(const clang::FunctionDecl *fn);
    // fn is registered to run at exit: lower it even if it uses no modelled
    // API, so the rules see what it does (checks/lifecycle.h)
    void wantAlways(const clang::FunctionDecl *fn);
    void lowerFunction(const clang::FunctionDecl *fn, LowerStats &stats);

    // lower_select.cpp
    void select(std::vector<char> &needed, std::vector<char> &stops);
};

// Where a break or continue lands, and the statement it binds to.
struct JumpTarget {
    int block;
    tl_loc at;       // the loop or switch statement's start
    bool fromMacro;  // a loop a macro hides: it wrote the statement and its body
};

struct StmtCtx {
    tl_range range; // including its ';'
    bool inCompound = false;
};

enum class CondOp { Other, LAnd, LOr, Comma, Cmp };

// Per function.
struct LowerFn {
    LowerTU &lt;
    tl_func *f;
    int cur = -1;
    int depth = 0, maxDepth = 256;
    bool tooDeep = false;
    llvm::DenseMap<const clang::VarDecl *, int> vars; // canonical -> var
    std::vector<JumpTarget> breaks, continues;
    std::vector<int> switches, switchHasDefault;
    std::vector<std::pair<std::string, int>> labels;
    tl_range scope{};
    StmtCtx stmt;
    int nsynth = 0;

    LowerFn(LowerTU &t, tl_func *fn) : lt(t), f(fn) {}

    // blocks (lower_util.cpp)
    bool enter();
    void leave() { depth--; }
    int curBlock();
    void jump(int to);
    void branch(const tl_cond *cond, int t, int fl);
    void noreturnHere(tl_loc l);
    int newBlock() { return tl_block_new(f); }

    // texts
    tl_range ext(const clang::Stmt *s) { return lt.extent(s->getSourceRange()); }
    const char *textOf(const clang::Stmt *s) { return lt.text(ext(s)); }

    // variables (lower_vars.cpp)
    int varOfDecl(const clang::VarDecl *d, tl_range scope);
    int addVar(const clang::VarDecl *d, tl_var_kind kind, int paramIndex, tl_range scope);
    void params(const clang::FunctionDecl *fn);
    int synthVar();
    int literalVar(const clang::CompoundLiteralExpr *literal);

    // expressions (lower_expr.cpp)
    tl_operand expr(const clang::Expr *c, bool used);
    tl_operand exprDispatch(const clang::Expr *c, bool used);
    tl_operand value(const clang::Expr *c) { return expr(c, true); }
    void effect(const clang::Expr *c) { expr(c, false); }
    int place(const clang::Expr *c);
    int placeDispatch(const clang::Expr *c);
    tl_event *event(tl_event_kind kind, tl_range at);
    tl_operand testValue(tl_operand lhs, tl_cmp cmp, tl_operand rhs, const clang::Expr *c,
                         const char *txt);
    void escape(int place, tl_range at);
    void assignEvent(int dst, tl_operand src, tl_range at);
    void varInit(int var, const clang::Expr *init, tl_range declRange);
    tl_operand opaque(const clang::Expr *c);
    tl_operand constant(const clang::Expr *c);
    tl_operand decayed(int place, const clang::Expr *c);
    tl_operand placeValue(int place, const clang::Expr *c);
    int refPlace(const clang::DeclRefExpr *ref);
    int memberPlace(const clang::MemberExpr *c);
    int subscriptPlace(const clang::ArraySubscriptExpr *c);
    tl_operand declRef(const clang::DeclRefExpr *c);
    tl_operand implicit(const clang::Expr *c, const clang::Expr *inner, bool used);
    bool constChain(const clang::Expr *c, tl_operand *out);
    tl_operand paren(const clang::ParenExpr *c, bool used);
    tl_operand castExpr(const clang::CStyleCastExpr *c, bool used);
    tl_operand incr(const clang::Expr *c, const clang::Expr *operand, long long delta, bool prefix,
                    bool used);
    tl_operand addressOf(const clang::Expr *c, const clang::Expr *operand);
    tl_operand unary(const clang::UnaryOperator *c, bool used);
    bool affine(const clang::Expr *rhs, const clang::Expr **base, long long *delta);
    tl_operand assign(const clang::Expr *c, const clang::Expr *lhs, const clang::Expr *rhs);
    tl_operand compoundAssign(const clang::CompoundAssignOperator *c);
    tl_operand arithStep(const clang::Expr *node, clang::BinaryOperatorKind op, tl_operand acc,
                         tl_operand rhs, const clang::Expr *rhsExpr);
    tl_operand arithChain(const clang::BinaryOperator *c);
    tl_operand commaChain(const clang::BinaryOperator *c, bool used);
    tl_operand binary(const clang::BinaryOperator *c, bool used);
    bool initElement(const clang::Expr *e);
    tl_operand initList(const clang::InitListExpr *c);
    tl_operand stmtExpr(const clang::StmtExpr *c, bool used);
    tl_operand generic(const clang::Expr *c);

    // calls (lower_call.cpp)
    tl_operand call(const clang::CallExpr *c, bool used, bool wholeStmt);
    bool neverReturns(const clang::FunctionDecl *fn, const char *name);

    // conditions (lower_cond.cpp)
    void branchOn(const clang::Expr *tested, tl_operand lhs, tl_cmp op, tl_operand rhs, int t,
                  int fl);
    bool lowerCompare(const clang::Expr *c, const clang::Expr *l, const clang::Expr *r, tl_cmp op,
                      tl_operand *lhs, tl_operand *rhs, bool *known);
    void cond(const clang::Expr *c, int t, int fl);
    void condLoop(const clang::Expr *c, int t, int fl);
    tl_operand condValue(const clang::Expr *c);
    void condEffect(const clang::Expr *c, clang::BinaryOperatorKind op, bool logical);
    tl_operand elvis(const clang::BinaryConditionalOperator *c, bool used);
    void setAndJoin(int block, int var, tl_operand v, tl_range at, int join);

    // statements (lower_stmt.cpp)
    void setStmt(const clang::Stmt *c, bool inCompound, bool semicolon);
    int loopHead();
    void lowerStmt(const clang::Stmt *c, bool inCompound);
    void stmtDispatch(const clang::Stmt *c, bool inCompound);
    void compound(const clang::CompoundStmt *c, tl_operand *value);
    bool writtenBraces(tl_range r);
    void bodyScope(const clang::Stmt *c, const char *keyword, const clang::Stmt *body);
    void exprStmt(const clang::Expr *c, bool inCompound);
    void varDecl(const clang::VarDecl *d, tl_range declRange);
    void declStmt(const clang::DeclStmt *c, bool inCompound);
    void ifStmt(const clang::IfStmt *c, bool inCompound);
    void whileStmt(const clang::WhileStmt *c, bool inCompound);
    void doStmt(const clang::DoStmt *c, bool inCompound);
    void forStmt(const clang::ForStmt *c, bool inCompound);
    void switchStmt(const clang::SwitchStmt *c, bool inCompound);
    JumpTarget target(const clang::Stmt *c, const char *keyword, const clang::Stmt *body,
                      int block);
    void pushLoop(const clang::Stmt *c, const char *keyword, const clang::Stmt *body, int brk,
                  int cont);
    void popLoop();
    void jumpEvent(const clang::Stmt *c, tl_jump_kind kind, tl_loc to, bool intoMacro,
                   bool inCompound);
    void jumpTo(const clang::Stmt *c, tl_jump_kind kind, const std::vector<JumpTarget> &targets,
                bool inCompound);
    void gotoStmt(const clang::GotoStmt *c, bool inCompound);
    int labelBlock(llvm::StringRef name);
    void openLabel(int block);
    void labelsStmt(const clang::Stmt *c);
    void returnStmt(const clang::ReturnStmt *c, bool inCompound);
    void otherStmt(const clang::Stmt *c, bool asmStmt);
};

// Helpers shared by the pieces (lower_util.cpp, lower_ops.cpp, lower_call.cpp).
bool typeIsArray(clang::QualType t);
bool typeIsPointer(clang::QualType t);
bool typeIsVoid(clang::QualType t);
// Looks through parentheses and implicit conversions (not explicit casts).
const clang::Expr *strip(const clang::Expr *e);
// What parentheses or an implicit conversion wrap, else nullptr.
// libclang never shows ConstantExpr, so neither do we: it stands for its operand.
const clang::Expr *skipConstant(const clang::Expr *e);
// A declaration's name, copied into the arena.
const char *declName(tl_arena *a, const clang::NamedDecl *d);
const clang::Expr *wrapped(const clang::Expr *e);
bool evalInt(clang::ASTContext &ctx, const clang::Expr *e, long long *out);
bool opCmp(clang::BinaryOperatorKind op, tl_cmp *out);
// A plain binary operator (not a compound assignment), else nullptr.
const clang::BinaryOperator *plainBinary(const clang::Expr *e);
// __builtin_expect(e, c) and friends: e, else nullptr.
const clang::Expr *expectArg(const clang::CallExpr *call);
const clang::FunctionDecl *directCallee(const clang::CallExpr *call);

} // namespace threadlint

#endif
