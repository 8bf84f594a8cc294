// Expressions (the twin of tools/libclang/lower_expr.c): each returns its
// value as an operand and emits its events in evaluation order.  `used` is
// false where the value is discarded.
#include "lower_internal.h"

#include <climits>

using namespace clang;

namespace threadlint {

enum { kEvalMaxLeaves = 64 };

// ---- events ----------------------------------------------------------------------

tl_event *LowerFn::event(tl_event_kind kind, tl_range r) {
    const char *t = lt.text(r);
    tl_event *e = tl_block_add_event(f, curBlock(), kind);
    e->loc = r.begin;
    e->range = r;
    e->text = t;
    e->stmt_range = stmt.range;
    e->stmt_flags = stmt.inCompound ? TL_STMT_IN_COMPOUND : 0;
    return e;
}

void LowerFn::escape(int p, tl_range at) {
    if (p < 0)
        return;
    event(TL_EV_ESCAPE, at)->dst_place = p;
}

static bool namesPlace(const tl_operand &o) {
    return o.kind == TL_OPD_PLACE || o.kind == TL_OPD_ADDR;
}

void LowerFn::assignEvent(int dst, tl_operand src, tl_range at) {
    if (src.kind == TL_OPD_ADDR || (dst < 0 && namesPlace(src)))
        escape(src.place, at);
    if (dst < 0)
        return;
    tl_event *e = event(TL_EV_ASSIGN, at);
    e->dst_place = dst;
    e->src = src;
}

tl_operand LowerFn::opaque(const Expr *c) { return tl_opd_opaque(textOf(c)); }

tl_operand LowerFn::constant(const Expr *c) {
    long long v;
    if (evalInt(lt.ctx, c, &v))
        return tl_opd_const(v, textOf(c));
    return opaque(c);
}

tl_operand LowerFn::decayed(int p, const Expr *c) {
    return tl_opd_addr(tl_place_derive(f, p, TL_SEL_INDEX, nullptr), textOf(c));
}

tl_operand LowerFn::placeValue(int p, const Expr *c) {
    if (p < 0)
        return opaque(c);
    if (typeIsArray(c->getType()))
        return decayed(p, c);
    return tl_opd_place(p, textOf(c));
}

// ---- places ------------------------------------------------------------------------

int LowerFn::refPlace(const DeclRefExpr *ref) {
    auto *d = dyn_cast<VarDecl>(ref->getDecl());
    if (!d)
        return -1;
    return tl_place_base(f, varOfDecl(d, f->body));
}

int LowerFn::memberPlace(const MemberExpr *c) {
    const Expr *base = c->getBase();
    std::string name = c->getMemberDecl()->getNameAsString();
    const char *field = name.empty() ? "<anon>" : name.c_str();
    if (typeIsPointer(base->getType())) {
        tl_operand o = value(base); // p->f is (*p).f
        return tl_place_through(f, &o, TL_SEL_FIELD, field);
    }
    return tl_place_derive(f, place(base), TL_SEL_FIELD, field);
}

static bool hasAddressType(const Expr *c) {
    QualType t = strip(c)->getType();
    return typeIsPointer(t) || typeIsArray(t);
}

int LowerFn::subscriptPlace(const ArraySubscriptExpr *c) {
    const Expr *base = c->getLHS(), *index = c->getRHS();
    if (!hasAddressType(base) && hasAddressType(index)) // i[a]
        std::swap(base, index);
    int p;
    const Expr *array = strip(base);
    if (typeIsArray(array->getType())) {
        p = tl_place_derive(f, place(array), TL_SEL_INDEX, nullptr); // th[i] stays inside th
    } else {
        tl_operand o = value(base);
        p = tl_place_through(f, &o, TL_SEL_INDEX, nullptr);
    }
    value(index);
    return p;
}

int LowerFn::placeDispatch(const Expr *c) {
    c = skipConstant(c);
    if (isa<ParenExpr>(c) || isa<ImplicitCastExpr>(c)) {
        if (const Expr *inner = wrapped(c))
            return place(inner);
    } else if (auto *dre = dyn_cast<DeclRefExpr>(c)) {
        return refPlace(dre);
    } else if (auto *me = dyn_cast<MemberExpr>(c)) {
        return memberPlace(me);
    } else if (auto *ase = dyn_cast<ArraySubscriptExpr>(c)) {
        return subscriptPlace(ase);
    } else if (auto *uo = dyn_cast<UnaryOperator>(c)) {
        const Expr *inner = uo->getSubExpr();
        if (uo->getOpcode() == UO_Deref) {
            tl_operand o = value(inner);
            return tl_place_through(f, &o, TL_SEL_DEREF, nullptr);
        }
        if (uo->getOpcode() == UO_Extension)
            return place(inner);
    }
    tl_operand o = value(c);
    return o.kind == TL_OPD_PLACE ? o.place : -1;
}

int LowerFn::place(const Expr *c) {
    if (!enter())
        return -1;
    int p = placeDispatch(c);
    leave();
    return p;
}

// ---- leaves and wrappers ---------------------------------------------------------------

tl_operand LowerFn::declRef(const DeclRefExpr *c) {
    const ValueDecl *d = c->getDecl();
    if (isa<VarDecl>(d))
        return placeValue(refPlace(c), c);
    if (auto *fn = dyn_cast<FunctionDecl>(d)) { // a start routine, a callback
        lt.want(fn);
        const char *name = declName(f->arena, fn);
        return lt.definition(fn) >= 0 ? tl_opd_defined_func(name) : tl_opd_func(name);
    }
    if (auto *ec = dyn_cast<EnumConstantDecl>(d))
        return tl_opd_const(ec->getInitVal().getSExtValue(), textOf(c));
    return opaque(c);
}

// An implicit conversion: libclang shows it as an UnexposedExpr around its
// operand.
tl_operand LowerFn::implicit(const Expr *c, const Expr *inner, bool used) {
    if (typeIsArray(inner->getType()) && !typeIsArray(c->getType()))
        return decayed(place(inner), inner);
    return expr(inner, used);
}

// `NULL`, `(size_t)1`, `((void *)0)`: parentheses and casts around an
// integer literal make a constant with the text of the whole and the value
// of the outermost cast that evaluates.  paren and castExpr get the same
// level by level, each overriding the text and value inside; here the
// inner levels' texts and evaluations are skipped.  Near the nesting budget
// it declines, so the levels are counted as before.
bool LowerFn::constChain(const Expr *c, tl_operand *out) {
    enum { kMaxCasts = 8 };
    const CStyleCastExpr *casts[kMaxCasts];
    int ncasts = 0, levels = 0;
    const Expr *e = c;
    for (;; e = skipConstant(e)) {
        if (depth + ++levels >= maxDepth)
            return false;
        if (auto *p = dyn_cast<ParenExpr>(e)) {
            e = p->getSubExpr();
        } else if (auto *ic = dyn_cast<ImplicitCastExpr>(e)) {
            e = ic->getSubExpr(); // no array decays on the way to a literal
        } else if (auto *cc = dyn_cast<CStyleCastExpr>(e)) {
            if (ncasts == kMaxCasts || typeIsVoid(cc->getType()))
                return false;
            casts[ncasts++] = cc;
            e = cc->getSubExpr();
        } else {
            break;
        }
    }
    long long v;
    auto *lit = dyn_cast<IntegerLiteral>(e);
    if (!lit || !evalInt(lt.ctx, lit, &v))
        return false;
    for (int i = 0; i < ncasts; i++) // a pointer cast never evaluates to an integer
        if (!casts[i]->getType()->isPointerType() && evalInt(lt.ctx, casts[i], &v))
            break;
    *out = tl_opd_const(v, textOf(c));
    return true;
}

tl_operand LowerFn::paren(const ParenExpr *c, bool used) {
    tl_operand k;
    if (constChain(c, &k))
        return k;
    tl_operand o = expr(skipConstant(c->getSubExpr()), used);
    if (o.kind == TL_OPD_CONST)
        o.text = textOf(c); // `NULL`, not `0`
    return o;
}

tl_operand LowerFn::castExpr(const CStyleCastExpr *c, bool used) {
    const Expr *inner = skipConstant(c->getSubExpr());
    if (typeIsVoid(c->getType())) {
        effect(inner);
        return tl_opd_none();
    }
    tl_operand k;
    if (constChain(c, &k))
        return k;
    tl_operand o = expr(inner, used);
    if (o.kind == TL_OPD_CONST) {
        long long v;
        if (evalInt(lt.ctx, c, &v)) // (unsigned char)300
            o.ival = v;
        o.text = textOf(c);
    }
    return o;
}

// ---- operators --------------------------------------------------------------------------

tl_operand LowerFn::incr(const Expr *c, const Expr *operand, long long delta, bool prefix,
                         bool used) {
    int p = place(operand);
    if (p < 0)
        return opaque(c);
    int old = -1;
    if (!prefix && used) { // `while (i-- > 0)` tests the value before the step
        old = tl_place_base(f, synthVar());
        assignEvent(old, tl_opd_place(p, textOf(operand)), ext(c));
    }
    tl_event *e = event(TL_EV_INCR, ext(c));
    e->dst_place = p;
    e->delta = delta;
    if (prefix)
        return tl_opd_place(p, textOf(c));
    return old >= 0 ? tl_opd_place(old, textOf(c)) : opaque(c);
}

static bool isFunctionRef(const Expr *c) {
    auto *dre = dyn_cast<DeclRefExpr>(strip(c));
    return dre && isa<FunctionDecl>(dre->getDecl());
}

tl_operand LowerFn::addressOf(const Expr *c, const Expr *operand) {
    if (isFunctionRef(operand)) // &worker is worker
        return value(operand);
    if (auto *literal = dyn_cast<CompoundLiteralExpr>(strip(operand))) {
        value(literal); // its initialiser runs
        return tl_opd_addr(tl_place_base(f, literalVar(literal)), textOf(c));
    }
    int p = place(operand);
    if (p < 0)
        return opaque(c);
    const tl_place *pl = &f->places[p];
    if (pl->sel == TL_SEL_DEREF) // &*q is the pointer q
        return tl_opd_place(pl->parent, textOf(c));
    return tl_opd_addr(p, textOf(c));
}

tl_operand LowerFn::unary(const UnaryOperator *c, bool used) {
    const Expr *inner = skipConstant(c->getSubExpr());
    switch (c->getOpcode()) {
    case UO_AddrOf:
        return addressOf(c, inner);
    case UO_Deref:
        return placeValue(place(c), c);
    case UO_PreInc:
    case UO_PostInc:
    case UO_PreDec:
    case UO_PostDec: {
        UnaryOperatorKind op = c->getOpcode();
        bool inc = op == UO_PreInc || op == UO_PostInc;
        bool prefix = op == UO_PreInc || op == UO_PreDec;
        return incr(c, inner, inc ? 1 : -1, prefix, used);
    }
    case UO_Extension:
    case UO_Plus:
        return expr(inner, used);
    case UO_LNot:
        if (used)
            return condValue(c);
        effect(inner);
        return tl_opd_none();
    default: {
        tl_operand o = value(inner);
        if (o.kind == TL_OPD_CONST)
            return constant(c);
        if (o.kind == TL_OPD_ADDR)
            escape(o.place, ext(c));
        return opaque(c);
    }
    }
}

static bool isLiteral(const Expr *c) {
    const Expr *s = strip(c);
    if (isa<IntegerLiteral>(s) || isa<CharacterLiteral>(s))
        return true;
    auto *dre = dyn_cast<DeclRefExpr>(s);
    return dre && isa<EnumConstantDecl>(dre->getDecl());
}

// `y + k` / `y - k` with a literal k: the operand y and the offset.
bool LowerFn::affine(const Expr *rhs, const Expr **base, long long *delta) {
    const BinaryOperator *s = plainBinary(strip(rhs));
    if (!s)
        return false;
    long long v;
    if (!isLiteral(s->getLHS()) && isLiteral(s->getRHS()) && evalInt(lt.ctx, s->getRHS(), &v)) {
        // y - LLONG_MIN has no delta: -LLONG_MIN overflows
        if (s->getOpcode() == BO_Add || (s->getOpcode() == BO_Sub && v != LLONG_MIN)) {
            *base = s->getLHS();
            *delta = s->getOpcode() == BO_Add ? v : -v;
            return true;
        }
    }
    return false;
}

tl_operand LowerFn::assign(const Expr *c, const Expr *lhs, const Expr *rhs) {
    const Expr *base = nullptr;
    long long delta = 0;
    tl_operand src;
    if (affine(rhs, &base, &delta)) {
        src = value(base);
        if (src.kind != TL_OPD_PLACE && src.kind != TL_OPD_TEMP) {
            src = tl_opd_opaque(textOf(rhs));
            delta = 0;
        }
    } else {
        src = value(rhs);
    }
    int dst = place(lhs);
    assignEvent(dst, src, ext(c));
    if (delta && dst >= 0) {
        tl_block *b = &f->blocks[cur];
        b->events[b->nevents - 1].delta = delta;
    }
    return dst >= 0 ? tl_opd_place(dst, textOf(lhs)) : opaque(c);
}

tl_operand LowerFn::compoundAssign(const CompoundAssignOperator *c) {
    const Expr *lhs = c->getLHS(), *rhs = c->getRHS();
    BinaryOperatorKind op = c->getOpcode();
    tl_operand by = value(rhs);
    int dst = place(lhs);
    if (by.kind == TL_OPD_CONST && dst >= 0 &&
        (op == BO_AddAssign || (op == BO_SubAssign && by.ival != LLONG_MIN))) {
        tl_event *e = event(TL_EV_INCR, ext(c));
        e->dst_place = dst;
        e->delta = op == BO_AddAssign ? by.ival : -by.ival;
    } else {
        if (by.kind == TL_OPD_ADDR)
            escape(by.place, ext(rhs));
        assignEvent(dst, tl_opd_opaque(textOf(c)), ext(c));
    }
    return dst >= 0 ? tl_opd_place(dst, textOf(lhs)) : opaque(c);
}

static bool isElementAddress(const tl_func *f, const tl_operand &o) {
    return o.kind == TL_OPD_ADDR && f->places[o.place].sel == TL_SEL_INDEX;
}

tl_operand LowerFn::arithStep(const Expr *node, BinaryOperatorKind op, tl_operand acc,
                              tl_operand rhs, const Expr *rhsExpr) {
    bool additive = op == BO_Add || op == BO_Sub;
    if (additive && isElementAddress(f, acc) && rhs.kind != TL_OPD_ADDR)
        return acc;
    if (op == BO_Add && isElementAddress(f, rhs) && acc.kind != TL_OPD_ADDR)
        return rhs;
    if (acc.kind == TL_OPD_ADDR)
        escape(acc.place, ext(node));
    if (rhs.kind == TL_OPD_ADDR)
        escape(rhs.place, ext(rhsExpr));
    return tl_opd_opaque(nullptr);
}

static bool isLogical(BinaryOperatorKind op) {
    tl_cmp cmp;
    return op == BO_LAnd || op == BO_LOr || opCmp(op, &cmp);
}

static bool isArith(BinaryOperatorKind op) {
    return op != BO_Assign && op != BO_Comma && !isLogical(op) &&
           !BinaryOperator::isCompoundAssignmentOp(op);
}

// `a + b + c ...`: a left-leaning chain, walked without recursion.
tl_operand LowerFn::arithChain(const BinaryOperator *c) {
    std::vector<const BinaryOperator *> spine;
    const Expr *x = c;
    for (;;) {
        const BinaryOperator *b = plainBinary(x);
        if (!b || (!spine.empty() && !isArith(b->getOpcode())))
            break;
        spine.push_back(b);
        x = skipConstant(b->getLHS());
    }
    tl_operand acc = value(x);
    bool allConst = acc.kind == TL_OPD_CONST;
    for (int i = (int)spine.size() - 1; i >= 0 && !tooDeep; i--) {
        const Expr *rhs = skipConstant(spine[i]->getRHS());
        tl_operand r = value(rhs);
        allConst = allConst && r.kind == TL_OPD_CONST;
        acc = arithStep(spine[i], spine[i]->getOpcode(), acc, r, rhs);
    }
    int leaves = (int)spine.size() + 1;
    if (allConst && leaves <= kEvalMaxLeaves)
        return constant(c);
    if (acc.kind == TL_OPD_ADDR)
        return acc;
    return opaque(c);
}

tl_operand LowerFn::commaChain(const BinaryOperator *c, bool used) {
    std::vector<const Expr *> parts; // right operands, outermost first
    const Expr *x = c;
    for (;;) {
        const BinaryOperator *b = plainBinary(x);
        if (!b || b->getOpcode() != BO_Comma)
            break;
        parts.push_back(skipConstant(b->getRHS()));
        x = skipConstant(b->getLHS());
    }
    effect(x);
    tl_operand o = tl_opd_none();
    for (int i = (int)parts.size() - 1; i >= 0; i--) {
        if (i)
            effect(parts[i]);
        else
            o = expr(parts[i], used);
    }
    return o;
}

tl_operand LowerFn::binary(const BinaryOperator *c, bool used) {
    const Expr *lhs = skipConstant(c->getLHS()), *rhs = skipConstant(c->getRHS());
    BinaryOperatorKind op = c->getOpcode();
    tl_cmp cmp;
    switch (op) {
    case BO_Assign:
        return assign(c, lhs, rhs);
    case BO_Comma:
        return commaChain(c, used);
    case BO_LAnd:
    case BO_LOr:
        if (used)
            return condValue(c);
        condEffect(c, op, true);
        return tl_opd_none();
    default:
        if (opCmp(op, &cmp)) {
            if (used)
                return condValue(c);
            effect(lhs);
            effect(rhs);
            return tl_opd_none();
        }
        return arithChain(c);
    }
}

// ---- aggregates -------------------------------------------------------------------------

static bool isZeroConstant(const tl_operand &o) { return o.kind == TL_OPD_CONST && o.ival == 0; }

// One initializer element: a handle copied into an aggregate hides it.
// Returns whether the element is a zero constant (or an all-zero list).
bool LowerFn::initElement(const Expr *e) {
    e = skipConstant(e);
    if (auto *die = dyn_cast<DesignatedInitExpr>(e)) {
        // libclang shows the designator's indexes, then the value
        std::vector<const Expr *> idx;
        for (const DesignatedInitExpr::Designator &d : die->designators()) {
            if (d.isArrayDesignator()) {
                idx.push_back(die->getArrayIndex(d));
            } else if (d.isArrayRangeDesignator()) {
                idx.push_back(die->getArrayRangeStart(d));
                idx.push_back(die->getArrayRangeEnd(d));
            }
        }
        for (const Expr *i : idx)
            effect(i);
        e = skipConstant(die->getInit());
    }
    tl_operand o = value(e);
    if (namesPlace(o))
        escape(o.place, ext(e));
    return isZeroConstant(o);
}

// `{0}`, `{}`, `{.have = false}`: every member starts at zero, which the
// value says as the constant 0 (the core spreads it over the members).
tl_operand LowerFn::initList(const InitListExpr *c) {
    const InitListExpr *syn = c->getSyntacticForm();
    if (!syn)
        syn = c;
    bool zero = true;
    for (unsigned i = 0; i < syn->getNumInits() && !tooDeep; i++)
        if (const Expr *e = syn->getInit(i))
            zero = initElement(e) && zero;
    return zero ? tl_opd_const(0, textOf(c)) : opaque(c);
}

void LowerFn::varInit(int var, const Expr *init, tl_range declRange) {
    int dst = tl_place_base(f, var);
    if (isa<InitListExpr>(strip(init))) {
        tl_operand o = value(init);
        assignEvent(dst, isZeroConstant(o) ? o : tl_opd_opaque(o.text), declRange);
        return;
    }
    assignEvent(dst, value(init), declRange);
}

tl_operand LowerFn::stmtExpr(const StmtExpr *c, bool used) {
    tl_operand o = tl_opd_none();
    StmtCtx saved = stmt;
    if (const CompoundStmt *cs = c->getSubStmt())
        compound(cs, used ? &o : nullptr);
    stmt = saved;
    return o;
}

tl_operand LowerFn::generic(const Expr *c) {
    for (const Stmt *s : c->children()) {
        if (tooDeep)
            break;
        auto *e = dyn_cast_or_null<Expr>(s);
        if (!e)
            continue;
        tl_operand o = value(e);
        if (o.kind == TL_OPD_ADDR)
            escape(o.place, ext(e));
    }
    return opaque(c);
}

tl_operand LowerFn::exprDispatch(const Expr *c, bool used) {
    c = skipConstant(c);
    switch (c->getStmtClass()) {
    case Stmt::IntegerLiteralClass:
    case Stmt::CharacterLiteralClass:
    case Stmt::UnaryExprOrTypeTraitExprClass: // sizeof, _Alignof: operand not evaluated
        return constant(c);
    case Stmt::ParenExprClass:
        return paren(cast<ParenExpr>(c), used);
    case Stmt::ImplicitCastExprClass:
        return implicit(c, wrapped(c), used);
    case Stmt::CStyleCastExprClass:
        return castExpr(llvm::cast<CStyleCastExpr>(c), used);
    case Stmt::DeclRefExprClass:
        return declRef(llvm::cast<DeclRefExpr>(c));
    case Stmt::MemberExprClass:
    case Stmt::ArraySubscriptExprClass:
        return placeValue(place(c), c);
    case Stmt::UnaryOperatorClass:
        return unary(llvm::cast<UnaryOperator>(c), used);
    case Stmt::BinaryOperatorClass:
        return binary(llvm::cast<BinaryOperator>(c), used);
    case Stmt::CompoundAssignOperatorClass:
        return compoundAssign(llvm::cast<CompoundAssignOperator>(c));
    case Stmt::ConditionalOperatorClass:
        if (used)
            return condValue(c);
        condEffect(c, BO_Comma, false);
        return tl_opd_none();
    case Stmt::BinaryConditionalOperatorClass:
        return elvis(llvm::cast<BinaryConditionalOperator>(c), used);
    case Stmt::CallExprClass:
        return call(llvm::cast<CallExpr>(c), used, false);
    case Stmt::StmtExprClass:
        return stmtExpr(llvm::cast<StmtExpr>(c), used);
    case Stmt::InitListExprClass:
        return initList(llvm::cast<InitListExpr>(c));
    case Stmt::CompoundLiteralExprClass:
        if (const Expr *list = llvm::cast<CompoundLiteralExpr>(c)->getInitializer())
            value(list);
        return opaque(c);
    case Stmt::StringLiteralClass:
    case Stmt::FloatingLiteralClass:
    case Stmt::ImaginaryLiteralClass:
    case Stmt::AddrLabelExprClass:
    case Stmt::BlockExprClass:            // its body runs elsewhere
    case Stmt::GenericSelectionExprClass: // only one association runs
    case Stmt::PredefinedExprClass:
    case Stmt::ImplicitValueInitExprClass:
        return opaque(c);
    default:
        return generic(c);
    }
}

tl_operand LowerFn::expr(const Expr *c, bool used) {
    if (!enter())
        return tl_opd_opaque(nullptr);
    tl_operand o = exprDispatch(c, used);
    leave();
    return o;
}

} // namespace threadlint
