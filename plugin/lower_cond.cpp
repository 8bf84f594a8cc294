// Conditions lowered straight to edges (the twin of
// tools/libclang/lower_cond.c): `!e` swaps the targets, `a && b` and
// `a || b` get a middle block, `?:` lowers each arm as a condition.
#include "lower_internal.h"

using namespace clang;

namespace threadlint {

// ---- conditions --------------------------------------------------------------------

static tl_operand zero() { return tl_opd_const(0, "0"); }

void LowerFn::branchOn(const Expr *tested, tl_operand lhs, tl_cmp op, tl_operand rhs, int t,
                       int fl) {
    tl_range r = ext(tested);
    tl_cond c = {};
    c.lhs = lhs;
    c.rhs = rhs;
    c.op = op;
    c.text = lt.condText(tested);
    c.loc = r.begin;
    branch(&c, t, fl);
}

bool LowerFn::lowerCompare(const Expr *c, const Expr *l, const Expr *r, tl_cmp op,
                           tl_operand *lhs, tl_operand *rhs, bool *known) {
    *lhs = value(l);
    *rhs = value(r);
    if (lhs->kind != TL_OPD_CONST || rhs->kind != TL_OPD_CONST)
        return false;
    long long v;
    *known = evalInt(lt.ctx, c, &v) ? v != 0 : tl_cmp_holds(op, lhs->ival, rhs->ival);
    return true;
}

static const UnaryOperator *lnot(const Expr *c) {
    auto *u = dyn_cast<UnaryOperator>(c);
    return u && u->getOpcode() == UO_LNot ? u : nullptr;
}

// Looks through what does not change truth: parens, conversions, non-void
// casts, __builtin_expect.
static const Expr *truthStrip(const Expr *c) {
    for (;;) {
        c = strip(c);
        const Expr *next = nullptr;
        if (auto *cs = dyn_cast<CStyleCastExpr>(c)) {
            if (!typeIsVoid(cs->getType()))
                next = cs->getSubExpr();
        } else if (auto *call = dyn_cast<CallExpr>(c)) {
            next = expectArg(call);
        }
        if (!next)
            return c;
        c = next;
    }
}

// a && b && c ...: the operands left to right.
static void chainOperands(const Expr *c, BinaryOperatorKind op, std::vector<const Expr *> &out) {
    std::vector<const Expr *> rights;
    for (;;) {
        const BinaryOperator *b = plainBinary(c);
        if (!b || b->getOpcode() != op)
            break;
        rights.push_back(b->getRHS());
        c = b->getLHS();
    }
    out.push_back(c);
    for (int i = (int)rights.size() - 1; i >= 0; i--)
        out.push_back(rights[i]);
}

void LowerFn::condLoop(const Expr *c, int t, int fl) {
    for (;;) {
        if (tooDeep) {
            jump(fl);
            return;
        }
        c = truthStrip(c);
        const BinaryOperator *b = plainBinary(c);
        tl_cmp cmp;
        if (b && (b->getOpcode() == BO_LAnd || b->getOpcode() == BO_LOr)) {
            BinaryOperatorKind op = b->getOpcode();
            std::vector<const Expr *> ops;
            chainOperands(c, op, ops);
            for (size_t i = 0; i + 1 < ops.size() && !tooDeep; i++) {
                int mid = tl_block_new(f);
                if (op == BO_LAnd)
                    cond(ops[i], mid, fl);
                else
                    cond(ops[i], t, mid);
                cur = mid;
            }
            c = ops.back();
            continue;
        }
        if (b && b->getOpcode() == BO_Comma) {
            effect(b->getLHS());
            c = b->getRHS();
            continue;
        }
        if (b && opCmp(b->getOpcode(), &cmp)) {
            tl_operand lhs, rhs;
            bool known;
            if (lowerCompare(c, b->getLHS(), b->getRHS(), cmp, &lhs, &rhs, &known))
                jump(known ? t : fl);
            else
                branchOn(c, lhs, cmp, rhs, t, fl);
            return;
        }
        if (const UnaryOperator *n = lnot(c)) {
            std::swap(t, fl);
            c = n->getSubExpr();
            continue;
        }
        if (auto *co = dyn_cast<ConditionalOperator>(c)) {
            int m1 = tl_block_new(f), m2 = tl_block_new(f);
            cond(co->getCond(), m1, m2);
            cur = m1;
            cond(co->getTrueExpr(), t, fl);
            cur = m2;
            c = co->getFalseExpr();
            continue;
        }
        if (auto *bco = dyn_cast<BinaryConditionalOperator>(c)) { // a ?: b holds when a or b does
            int other = tl_block_new(f);
            cond(bco->getCommon(), t, other);
            cur = other;
            c = bco->getFalseExpr();
            continue;
        }
        // rc, (rc = f()), p->running, pthread_create(...): value != 0
        tl_operand o = value(c);
        if (o.kind == TL_OPD_CONST)
            jump(o.ival ? t : fl);
        else
            branchOn(c, o, TL_CMP_NE, zero(), t, fl);
        return;
    }
}

void LowerFn::cond(const Expr *c, int t, int fl) {
    if (!enter()) {
        jump(fl);
        return;
    }
    condLoop(c, t, fl);
    leave();
}

void LowerFn::setAndJoin(int block, int var, tl_operand v, tl_range at, int join) {
    cur = block;
    assignEvent(tl_place_base(f, var), v, at);
    jump(join);
}

// `ok = rc == 0`, `failed = !ok`: one comparison's truth as a value, an
// ASSIGN the core evaluates (so a status copied this way stays a status).
tl_operand LowerFn::testValue(tl_operand lhs, tl_cmp cmp, tl_operand rhs, const Expr *c,
                              const char *txt) {
    int place = tl_place_base(f, synthVar());
    tl_event *e = event(TL_EV_ASSIGN, ext(c));
    e->dst_place = place;
    e->src = lhs;
    e->is_test = true;
    e->test_op = cmp;
    e->test_rhs = rhs;
    return tl_opd_place(place, txt);
}

static bool namesNoAddress(const tl_operand &a, const tl_operand &b) {
    return a.kind != TL_OPD_ADDR && b.kind != TL_OPD_ADDR;
}

tl_operand LowerFn::condValue(const Expr *c) {
    if (!enter())
        return tl_opd_opaque(nullptr);
    const Expr *s = strip(c);
    const BinaryOperator *b = plainBinary(s);
    tl_cmp cmp;
    const char *txt = textOf(c);
    tl_operand lhs, rhs;
    bool known, isCmp = b && opCmp(b->getOpcode(), &cmp);
    if (isCmp && lowerCompare(s, b->getLHS(), b->getRHS(), cmp, &lhs, &rhs, &known)) {
        leave();
        return tl_opd_const(known, txt);
    }
    if (isCmp && namesNoAddress(lhs, rhs)) {
        leave();
        return testValue(lhs, cmp, rhs, c, txt);
    }
    if (const UnaryOperator *n = lnot(s)) {
        const Expr *inner = n->getSubExpr();
        tl_operand o = value(inner);
        if (o.kind == TL_OPD_CONST) { // !0
            leave();
            return tl_opd_const(!o.ival, txt);
        }
        if (namesNoAddress(o, zero())) {
            leave();
            return testValue(o, TL_CMP_EQ, zero(), c, txt);
        }
        int var = synthVar();
        int join = tl_block_new(f), t = tl_block_new(f), fl = tl_block_new(f);
        branchOn(inner, o, TL_CMP_NE, zero(), fl, t);
        setAndJoin(t, var, tl_opd_const(1, nullptr), ext(c), join);
        setAndJoin(fl, var, tl_opd_const(0, nullptr), ext(c), join);
        cur = join;
        leave();
        return tl_opd_place(tl_place_base(f, var), txt);
    }
    int var = synthVar();
    int join = tl_block_new(f);
    if (auto *co = dyn_cast<ConditionalOperator>(s)) {
        int m1 = tl_block_new(f), m2 = tl_block_new(f);
        cond(co->getCond(), m1, m2);
        cur = m1;
        tl_operand a = value(co->getTrueExpr());
        setAndJoin(curBlock(), var, a, ext(co->getTrueExpr()), join);
        cur = m2;
        tl_operand bb = value(co->getFalseExpr());
        setAndJoin(curBlock(), var, bb, ext(co->getFalseExpr()), join);
    } else {
        int t = tl_block_new(f), fl = tl_block_new(f);
        if (isCmp) // operands already lowered
            branchOn(s, lhs, cmp, rhs, t, fl);
        else
            cond(s, t, fl);
        setAndJoin(t, var, tl_opd_const(1, nullptr), ext(c), join);
        setAndJoin(fl, var, tl_opd_const(0, nullptr), ext(c), join);
    }
    cur = join;
    leave();
    return tl_opd_place(tl_place_base(f, var), txt);
}

// &&, || and ?: whose value is discarded: arms become plain control flow.
void LowerFn::condEffect(const Expr *c, BinaryOperatorKind op, bool logical) {
    int join = tl_block_new(f);
    const BinaryOperator *b = logical ? plainBinary(c) : nullptr;
    if (b && b->getOpcode() == op) {
        int mid = tl_block_new(f);
        if (op == BO_LAnd)
            cond(b->getLHS(), mid, join); // a && f(): f() runs when a holds
        else
            cond(b->getLHS(), join, mid);
        cur = mid;
        effect(b->getRHS());
    } else if (auto *co = dyn_cast<ConditionalOperator>(c)) {
        int m1 = tl_block_new(f), m2 = tl_block_new(f);
        cond(co->getCond(), m1, m2);
        cur = m1;
        effect(co->getTrueExpr());
        jump(join);
        cur = m2;
        effect(co->getFalseExpr());
    } else {
        for (const Stmt *k : c->children())
            if (auto *e = dyn_cast_or_null<Expr>(k))
                effect(e);
    }
    jump(join);
    cur = join;
}

tl_operand LowerFn::elvis(const BinaryConditionalOperator *c, bool used) {
    const Expr *common = c->getCommon(), *other = c->getFalseExpr();
    tl_operand a = value(common);
    if (a.kind == TL_OPD_CONST)
        return a.ival ? a : expr(other, used);
    int join = tl_block_new(f), t = tl_block_new(f), fl = tl_block_new(f);
    branchOn(common, a, TL_CMP_NE, zero(), t, fl);
    if (!used) {
        cur = t;
        jump(join);
        cur = fl;
        effect(other);
        jump(join);
        cur = join;
        return tl_opd_none();
    }
    int var = synthVar();
    setAndJoin(t, var, a, ext(common), join);
    cur = fl;
    tl_operand bv = value(other);
    setAndJoin(curBlock(), var, bv, ext(other), join);
    cur = join;
    return tl_opd_place(tl_place_base(f, var), textOf(c));
}

} // namespace threadlint
