// lang/types/constant.cpp — Constant values and their operations (design in constant.h).
//
// Representations, from narrowest to widest (go/constant's `ord`): Small (int64), BigInt,
// Rat, BigFloat. A binary operation first widens the narrower operand to the wider one's
// representation (go/constant `match`), then works there; every result goes through the
// factories in ConstantAccess, which pick the narrowest representation Go would pick.
#include "lang/types/constant.h"

#include "lang/types/constant_internal.h"

#include <bit>
#include <cmath>
#include <utility>

namespace vitro::lang::types {

using Access = ConstantAccess;
using Repr = Constant::Repr;

// ---------------------------------------------------------------------------------------------
// Factories

Constant Constant::make_bool(bool b)
{
    Constant c;
    c.m_repr = Repr::Bool;
    c.m_bool = b;
    return c;
}

Constant Constant::make_string(std::string_view s)
{
    Constant c;
    c.m_repr = Repr::String;
    c.m_payload = std::make_shared<const ConstPayload>(ConstPayload { std::string(s) });
    return c;
}

Constant Constant::make_int64(int64_t v)
{
    Constant c;
    c.m_repr = Repr::Small;
    c.m_small = v;
    return c;
}

Constant Constant::make_uint64(uint64_t v)
{
    if (v < (uint64_t(1) << 63))
        return make_int64(int64_t(v));
    return Access::make_int(BigInt::from_uint64(v));
}

Constant Constant::make_float64(double v)
{
    if (!std::isfinite(v))
        return Constant();
    // Every finite double is "small" in go/constant's sense, so it becomes an exact rational.
    return Access::make_exact_rat(rat_from_double(v));
}

Constant Constant::from_literal(LitKind kind, std::string_view source_text)
{
    switch (kind) {
    case LitKind::Int:
        return int_from_literal(source_text);
    case LitKind::Float:
        return float_from_literal(source_text);
    case LitKind::Rune:
        return rune_from_literal(source_text);
    case LitKind::String:
        return string_from_literal(source_text);
    case LitKind::Imag:
        return Constant(); // complex numbers are out of scope
    }
    return Constant();
}

Constant ConstantAccess::make_int(BigInt v)
{
    if (v.fits_int64())
        return Constant::make_int64(v.to_int64());
    Constant c;
    c.m_repr = Repr::BigInt;
    c.m_payload = std::make_shared<const ConstPayload>(ConstPayload { std::move(v) });
    return c;
}

Constant ConstantAccess::make_exact_rat(Rat r)
{
    Constant c;
    c.m_repr = Repr::Rat;
    c.m_payload = std::make_shared<const ConstPayload>(ConstPayload { std::move(r) });
    return c;
}

Constant ConstantAccess::make_rat(Rat r)
{
    if (rat_is_small(r))
        return make_exact_rat(std::move(r));
    return make_float(float_from_rat(r));
}

Constant ConstantAccess::make_float(BinFloat f)
{
    int64_t e = float_go_exponent(f);
    if (e > kMaxGoExponent)
        return Constant(); // big.Float overflows to ±Inf; makeFloat turns that into Unknown
    if (f.mant.is_zero() || e < kMinGoExponent)
        f = BinFloat(); // -0 and underflow are 0
    Constant c;
    c.m_repr = Repr::BigFloat;
    c.m_payload = std::make_shared<const ConstPayload>(ConstPayload { std::move(f) });
    return c;
}

BigInt ConstantAccess::to_big_int(const Constant& c)
{
    return c.m_repr == Repr::Small ? BigInt::from_int64(c.m_small) : big_int(c);
}

Rat ConstantAccess::to_rat(const Constant& c)
{
    return c.m_repr == Repr::Rat ? rat(c) : rat_from_int(to_big_int(c));
}

BinFloat ConstantAccess::to_bin_float(const Constant& c)
{
    switch (c.m_repr) {
    case Repr::Small:
    case Repr::BigInt:
        return float_from_int(to_big_int(c));
    case Repr::Rat:
        return float_from_rat(rat(c));
    case Repr::BigFloat:
        return bin_float(c);
    case Repr::Unknown:
    case Repr::Bool:
    case Repr::String:
        break;
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// Queries

ConstKind Constant::kind() const
{
    switch (m_repr) {
    case Repr::Unknown:
        return ConstKind::Unknown;
    case Repr::Bool:
        return ConstKind::Bool;
    case Repr::String:
        return ConstKind::String;
    case Repr::Small:
    case Repr::BigInt:
        return ConstKind::Int;
    case Repr::Rat:
    case Repr::BigFloat:
        return ConstKind::Float;
    }
    return ConstKind::Unknown;
}

bool Constant::bool_value() const
{
    return m_repr == Repr::Bool && m_bool;
}

std::string_view Constant::string_value() const
{
    if (m_repr != Repr::String)
        return {};
    return std::get<std::string>(m_payload->value);
}

std::optional<int64_t> Constant::int64_value() const
{
    if (m_repr == Repr::Small)
        return m_small;
    return std::nullopt; // a BigInt never fits: make_int keeps int64 values inline
}

std::optional<uint64_t> Constant::uint64_value() const
{
    if (m_repr == Repr::Small && m_small >= 0)
        return uint64_t(m_small);
    if (m_repr == Repr::BigInt && Access::big_int(*this).fits_uint64())
        return Access::big_int(*this).to_uint64();
    return std::nullopt;
}

double Constant::float64_value(bool* exact) const
{
    if (exact)
        *exact = false;
    switch (m_repr) {
    case Repr::Small:
        if (m_small > -(int64_t(1) << 53) && m_small < (int64_t(1) << 53)) {
            if (exact)
                *exact = true;
            return double(m_small);
        }
        return float_to_double(float_from_int(BigInt::from_int64(m_small)), exact);
    case Repr::BigInt: // go/constant rounds to 512 bits first (SetInt), then to 53
        return float_to_double(float_from_int(Access::big_int(*this)), exact);
    case Repr::Rat:
        return rat_to_double(Access::rat(*this), exact);
    case Repr::BigFloat:
        return float_to_double(Access::bin_float(*this), exact);
    case Repr::Unknown:
    case Repr::Bool:
    case Repr::String:
        break;
    }
    return 0;
}

float Constant::float32_value(bool* exact) const
{
    if (exact)
        *exact = false;
    switch (m_repr) {
    case Repr::Small:
    case Repr::BigInt:
        return float_to_float32(float_from_int(Access::to_big_int(*this)), exact);
    case Repr::Rat:
        return rat_to_float32(Access::rat(*this), exact);
    case Repr::BigFloat:
        return float_to_float32(Access::bin_float(*this), exact);
    case Repr::Unknown:
    case Repr::Bool:
    case Repr::String:
        break;
    }
    return 0;
}

int Constant::sign() const
{
    switch (m_repr) {
    case Repr::Small:
        return m_small < 0 ? -1 : (m_small > 0 ? 1 : 0);
    case Repr::BigInt:
        return Access::big_int(*this).sign();
    case Repr::Rat:
        return Access::rat(*this).num.sign();
    case Repr::BigFloat:
        return float_sign(Access::bin_float(*this));
    case Repr::Unknown:
    case Repr::Bool:
    case Repr::String:
        break;
    }
    return 1;
}

int Constant::bit_len() const
{
    if (m_repr == Repr::Small) {
        uint64_t mag = m_small < 0 ? uint64_t(0) - uint64_t(m_small) : uint64_t(m_small);
        return 64 - std::countl_zero(mag);
    }
    if (m_repr == Repr::BigInt)
        return int(Access::big_int(*this).bit_len());
    return 0;
}

Constant Constant::to_int() const
{
    switch (m_repr) {
    case Repr::Small:
    case Repr::BigInt:
        return *this;
    case Repr::Rat: {
        const Rat& r = Access::rat(*this);
        if (r.den == BigInt::from_uint64(1))
            return Access::make_int(r.num);
        return Constant();
    }
    case Repr::BigFloat:
        if (auto v = float_to_int(Access::bin_float(*this)))
            return Access::make_int(std::move(*v));
        return Constant();
    case Repr::Unknown:
    case Repr::Bool:
    case Repr::String:
        break;
    }
    return Constant();
}

Constant Constant::to_float() const
{
    switch (m_repr) {
    case Repr::Small:
        return Access::make_exact_rat(Access::to_rat(*this));
    case Repr::BigInt:
        if (Access::big_int(*this).bit_len() < kMaxRatBits)
            return Access::make_exact_rat(Access::to_rat(*this));
        return Access::make_float(float_from_int(Access::big_int(*this)));
    case Repr::Rat:
    case Repr::BigFloat:
        return *this;
    case Repr::Unknown:
    case Repr::Bool:
    case Repr::String:
        break;
    }
    return Constant();
}

// ---------------------------------------------------------------------------------------------
// Representability (types2 representableConst)

int const_type_bits(ConstType t)
{
    switch (t) {
    case ConstType::Int8:
    case ConstType::Uint8:
        return 8;
    case ConstType::Int16:
    case ConstType::Uint16:
        return 16;
    case ConstType::Int32:
    case ConstType::Uint32:
        return 32;
    case ConstType::Int:
    case ConstType::Int64:
    case ConstType::Uint:
    case ConstType::Uint64:
    case ConstType::Uintptr:
        return 64;
    case ConstType::Bool:
    case ConstType::String:
    case ConstType::Float32:
    case ConstType::Float64:
    case ConstType::UntypedBool:
    case ConstType::UntypedInt:
    case ConstType::UntypedRune:
    case ConstType::UntypedFloat:
    case ConstType::UntypedString:
        break;
    }
    return 0;
}

bool const_type_is_unsigned(ConstType t)
{
    switch (t) {
    case ConstType::Uint:
    case ConstType::Uint8:
    case ConstType::Uint16:
    case ConstType::Uint32:
    case ConstType::Uint64:
    case ConstType::Uintptr:
        return true;
    default:
        return false;
    }
}

namespace {

// Whether the Int value x fits an integer type of the given width and signedness.
bool int_fits(const Constant& x, int bits, bool is_unsigned)
{
    if (auto v = x.int64_value()) {
        if (is_unsigned)
            return *v >= 0 && (bits == 64 || *v <= (int64_t(1) << bits) - 1);
        return bits == 64 || (*v >= -(int64_t(1) << (bits - 1)) && *v <= (int64_t(1) << (bits - 1)) - 1);
    }
    return is_unsigned && bits == 64 && x.sign() >= 0 && x.bit_len() <= 64;
}

} // namespace

std::optional<Constant> Constant::represent_as(ConstType type) const
{
    if (is_unknown())
        return *this; // avoid follow-on errors
    switch (type) {
    case ConstType::Bool:
    case ConstType::UntypedBool:
        return kind() == ConstKind::Bool ? std::optional(*this) : std::nullopt;
    case ConstType::String:
    case ConstType::UntypedString:
        return kind() == ConstKind::String ? std::optional(*this) : std::nullopt;
    case ConstType::UntypedInt:
    case ConstType::UntypedRune: {
        Constant x = to_int();
        return x.kind() == ConstKind::Int ? std::optional(x) : std::nullopt;
    }
    case ConstType::UntypedFloat:
        // types2 leaves the value alone here (an Int value stays an Int).
        return to_float().kind() == ConstKind::Float ? std::optional(*this) : std::nullopt;
    case ConstType::Float32: {
        if (to_float().kind() != ConstKind::Float)
            return std::nullopt;
        float f = float32_value();
        return std::isinf(f) ? std::nullopt : std::optional(make_float64(double(f)));
    }
    case ConstType::Float64: {
        if (to_float().kind() != ConstKind::Float)
            return std::nullopt;
        double f = float64_value();
        return std::isinf(f) ? std::nullopt : std::optional(make_float64(f));
    }
    default: {
        Constant x = to_int();
        if (x.kind() != ConstKind::Int || !int_fits(x, const_type_bits(type), const_type_is_unsigned(type)))
            return std::nullopt;
        return x;
    }
    }
}

// ---------------------------------------------------------------------------------------------
// Text

namespace {

// go/constant stringVal.String: quoted, and cut to 72 runes ending in "...".
std::string shorten_quoted(std::string s)
{
    constexpr size_t kMaxRunes = 72;
    size_t runes = 0;
    for (unsigned char ch : s)
        runes += (ch & 0xC0) != 0x80 ? 1 : 0;
    if (runes <= kMaxRunes)
        return s;
    size_t i = 0;
    for (size_t n = 0; n < kMaxRunes - 3; n++) {
        size_t size = 0;
        decode_rune(std::string_view(s).substr(i), &size);
        i += size;
    }
    s.resize(i);
    return s + "...";
}

} // namespace

std::string Constant::to_string() const
{
    switch (m_repr) {
    case Repr::Unknown:
        return "unknown";
    case Repr::Bool:
        return m_bool ? "true" : "false";
    case Repr::String:
        return shorten_quoted(go_quote(string_value()));
    case Repr::Small:
        return std::to_string(m_small);
    case Repr::BigInt:
        return Access::big_int(*this).to_string();
    case Repr::Rat:
        return rat_to_string(Access::rat(*this));
    case Repr::BigFloat:
        return float_to_string(Access::bin_float(*this));
    }
    return "unknown";
}

std::string Constant::exact_string() const
{
    switch (m_repr) {
    case Repr::String:
        return go_quote(string_value());
    case Repr::Rat: {
        const Rat& r = Access::rat(*this);
        if (r.den == BigInt::from_uint64(1))
            return r.num.to_string();
        return r.num.to_string() + "/" + r.den.to_string();
    }
    case Repr::BigFloat:
        return float_to_exact_string(Access::bin_float(*this));
    case Repr::Unknown:
    case Repr::Bool:
    case Repr::Small:
    case Repr::BigInt:
        break;
    }
    return to_string();
}

} // namespace vitro::lang::types
