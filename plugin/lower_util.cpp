// Blocks and small helpers of the clang-AST front end (the twin of
// tools/libclang/lower_util.c).
#include "lower_internal.h"

using namespace clang;

namespace threadlint {

// ---- blocks ------------------------------------------------------------------------

bool LowerFn::enter() {
    if (tooDeep)
        return false;
    if (depth >= maxDepth) {
        tooDeep = true;
        return false;
    }
    depth++;
    return true;
}

int LowerFn::curBlock() {
    if (cur < 0)
        cur = tl_block_new(f);
    return cur;
}

void LowerFn::jump(int to) {
    if (cur >= 0)
        tl_block_jump(f, cur, to);
    cur = -1;
}

void LowerFn::branch(const tl_cond *c, int t, int fl) {
    tl_block_branch(f, curBlock(), c, t, fl);
    cur = -1;
}

void LowerFn::noreturnHere(tl_loc l) {
    tl_block_noreturn(f, curBlock(), l);
    cur = -1;
}

// ---- helpers -------------------------------------------------------------------

bool typeIsArray(QualType t) {
    return !t.isNull() && t.getCanonicalType()->isArrayType();
}

bool typeIsPointer(QualType t) {
    if (t.isNull())
        return false;
    QualType c = t.getCanonicalType();
    return c->isPointerType() || c->isBlockPointerType();
}

bool typeIsVoid(QualType t) { return !t.isNull() && t.getCanonicalType()->isVoidType(); }

// libclang never shows ConstantExpr: it stands for its operand.
const Expr *skipConstant(const Expr *e) {
    while (auto *ce = dyn_cast_or_null<ConstantExpr>(e))
        e = ce->getSubExpr();
    return e;
}

const Expr *wrapped(const Expr *e) {
    e = skipConstant(e);
    if (auto *p = dyn_cast<ParenExpr>(e))
        return skipConstant(p->getSubExpr());
    if (auto *ic = dyn_cast<ImplicitCastExpr>(e))
        return skipConstant(ic->getSubExpr());
    return nullptr;
}

const Expr *strip(const Expr *e) {
    e = skipConstant(e);
    for (;;) {
        const Expr *inner = wrapped(e);
        if (!inner)
            return e;
        e = inner;
    }
}

bool evalInt(ASTContext &ctx, const Expr *e, long long *out) {
    if (!e || e->isValueDependent())
        return false;
    e = e->IgnoreParens();
    llvm::APSInt v;
    if (auto *lit = dyn_cast<IntegerLiteral>(e)) { // most constants: no evaluator needed
        v = llvm::APSInt(lit->getValue(), lit->getType()->isUnsignedIntegerOrEnumerationType());
    } else {
        Expr::EvalResult er;
        if (!e->EvaluateAsRValue(er, ctx) || !er.Val.isInt())
            return false;
        v = er.Val.getInt();
    }
    if (v.getBitWidth() > 64)
        v = v.trunc(64);
    *out = v.isUnsigned() ? (long long)v.getZExtValue() : (long long)v.getSExtValue();
    return true;
}

const char *declName(tl_arena *a, const NamedDecl *d) {
    std::string s = d->getNameAsString();
    return tl_arena_strdup(a, s.c_str());
}

} // namespace threadlint
