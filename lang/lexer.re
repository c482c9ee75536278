// lang/lexer.re — the Go scanner (re2c): tokens, automatic semicolons, literals, lexical errors.
//
// Overview: Lexer::next() is one re2c automaton over the source bytes. It mirrors Go's own
// scanner (cmd/compile/internal/syntax/scanner.go and source.go) token for token:
//   - Semicolons (Go spec "Semicolons"): after a name, a literal, `break` `continue`
//     `fallthrough` `return`, `++` `--` `)` `]` `}`, a newline or the end of the file becomes a
//     `;` token whose text is "newline" or "EOF" (an explicit one reads "semicolon"); a general
//     comment that spans lines counts as a newline, positioned at the comment.
//   - Positions are 1-based line and byte column of the token's first byte, as Go counts them.
//   - Well-formed literals are matched whole by the automaton; a literal the automaton cannot
//     match (a bad escape, a missing quote, a number with a misplaced `_` ...) is re-scanned by
//     a small routine that follows Go's scanner step by step, so that the error text and its
//     position are Go's. An imaginary literal is scanned and reported as "complex numbers are not
//     supported" (complex numbers are outside vitro's language).
//   - Any non-ASCII character starts or continues an identifier, as in Go; check_identifier()
//     reports the ones Go rejects (Unicode tables below: Go 1.19's, Unicode 13.0).
//
// Invariants: the automaton runs over a cleaned, NUL-terminated copy of the source in the arena:
// Go's reader drops a NUL byte, an invalid UTF-8 byte and a byte order mark with an error (a BOM
// at the very start silently), so prepare() drops them up front and remembers where, which keeps
// the automaton free of those cases; pos_at() adds the dropped bytes back into columns, and their
// errors are reported when scanning passes them. A `#!` first line (vitro's addition) is skipped.
//
// Go reference: syntax/scanner.go (next, number, rune, stdString, rawString, escape,
// fullComment), syntax/source.go (nextch). See also parse.cpp (the token bridge).
#include "lang/parse_internal.h"

#include <algorithm>
#include <cstring>
#include <string>

namespace vitro::lang::detail {

namespace {

// ---- Unicode classes (generated from Go 1.19's unicode.IsLetter / IsDigit / IsPrint over
// runes >= 0x80; ASCII is handled inline). ----

struct RuneRange {
    uint32_t lo, hi;
};

// clang-format off
// 620 ranges
constexpr RuneRange kLetters[] = {
    {0xAA, 0xAA}, {0xB5, 0xB5}, {0xBA, 0xBA}, {0xC0, 0xD6}, {0xD8, 0xF6},
    {0xF8, 0x2C1}, {0x2C6, 0x2D1}, {0x2E0, 0x2E4}, {0x2EC, 0x2EC}, {0x2EE, 0x2EE},
    {0x370, 0x374}, {0x376, 0x377}, {0x37A, 0x37D}, {0x37F, 0x37F}, {0x386, 0x386},
    {0x388, 0x38A}, {0x38C, 0x38C}, {0x38E, 0x3A1}, {0x3A3, 0x3F5}, {0x3F7, 0x481},
    {0x48A, 0x52F}, {0x531, 0x556}, {0x559, 0x559}, {0x560, 0x588}, {0x5D0, 0x5EA},
    {0x5EF, 0x5F2}, {0x620, 0x64A}, {0x66E, 0x66F}, {0x671, 0x6D3}, {0x6D5, 0x6D5},
    {0x6E5, 0x6E6}, {0x6EE, 0x6EF}, {0x6FA, 0x6FC}, {0x6FF, 0x6FF}, {0x710, 0x710},
    {0x712, 0x72F}, {0x74D, 0x7A5}, {0x7B1, 0x7B1}, {0x7CA, 0x7EA}, {0x7F4, 0x7F5},
    {0x7FA, 0x7FA}, {0x800, 0x815}, {0x81A, 0x81A}, {0x824, 0x824}, {0x828, 0x828},
    {0x840, 0x858}, {0x860, 0x86A}, {0x8A0, 0x8B4}, {0x8B6, 0x8C7}, {0x904, 0x939},
    {0x93D, 0x93D}, {0x950, 0x950}, {0x958, 0x961}, {0x971, 0x980}, {0x985, 0x98C},
    {0x98F, 0x990}, {0x993, 0x9A8}, {0x9AA, 0x9B0}, {0x9B2, 0x9B2}, {0x9B6, 0x9B9},
    {0x9BD, 0x9BD}, {0x9CE, 0x9CE}, {0x9DC, 0x9DD}, {0x9DF, 0x9E1}, {0x9F0, 0x9F1},
    {0x9FC, 0x9FC}, {0xA05, 0xA0A}, {0xA0F, 0xA10}, {0xA13, 0xA28}, {0xA2A, 0xA30},
    {0xA32, 0xA33}, {0xA35, 0xA36}, {0xA38, 0xA39}, {0xA59, 0xA5C}, {0xA5E, 0xA5E},
    {0xA72, 0xA74}, {0xA85, 0xA8D}, {0xA8F, 0xA91}, {0xA93, 0xAA8}, {0xAAA, 0xAB0},
    {0xAB2, 0xAB3}, {0xAB5, 0xAB9}, {0xABD, 0xABD}, {0xAD0, 0xAD0}, {0xAE0, 0xAE1},
    {0xAF9, 0xAF9}, {0xB05, 0xB0C}, {0xB0F, 0xB10}, {0xB13, 0xB28}, {0xB2A, 0xB30},
    {0xB32, 0xB33}, {0xB35, 0xB39}, {0xB3D, 0xB3D}, {0xB5C, 0xB5D}, {0xB5F, 0xB61},
    {0xB71, 0xB71}, {0xB83, 0xB83}, {0xB85, 0xB8A}, {0xB8E, 0xB90}, {0xB92, 0xB95},
    {0xB99, 0xB9A}, {0xB9C, 0xB9C}, {0xB9E, 0xB9F}, {0xBA3, 0xBA4}, {0xBA8, 0xBAA},
    {0xBAE, 0xBB9}, {0xBD0, 0xBD0}, {0xC05, 0xC0C}, {0xC0E, 0xC10}, {0xC12, 0xC28},
    {0xC2A, 0xC39}, {0xC3D, 0xC3D}, {0xC58, 0xC5A}, {0xC60, 0xC61}, {0xC80, 0xC80},
    {0xC85, 0xC8C}, {0xC8E, 0xC90}, {0xC92, 0xCA8}, {0xCAA, 0xCB3}, {0xCB5, 0xCB9},
    {0xCBD, 0xCBD}, {0xCDE, 0xCDE}, {0xCE0, 0xCE1}, {0xCF1, 0xCF2}, {0xD04, 0xD0C},
    {0xD0E, 0xD10}, {0xD12, 0xD3A}, {0xD3D, 0xD3D}, {0xD4E, 0xD4E}, {0xD54, 0xD56},
    {0xD5F, 0xD61}, {0xD7A, 0xD7F}, {0xD85, 0xD96}, {0xD9A, 0xDB1}, {0xDB3, 0xDBB},
    {0xDBD, 0xDBD}, {0xDC0, 0xDC6}, {0xE01, 0xE30}, {0xE32, 0xE33}, {0xE40, 0xE46},
    {0xE81, 0xE82}, {0xE84, 0xE84}, {0xE86, 0xE8A}, {0xE8C, 0xEA3}, {0xEA5, 0xEA5},
    {0xEA7, 0xEB0}, {0xEB2, 0xEB3}, {0xEBD, 0xEBD}, {0xEC0, 0xEC4}, {0xEC6, 0xEC6},
    {0xEDC, 0xEDF}, {0xF00, 0xF00}, {0xF40, 0xF47}, {0xF49, 0xF6C}, {0xF88, 0xF8C},
    {0x1000, 0x102A}, {0x103F, 0x103F}, {0x1050, 0x1055}, {0x105A, 0x105D}, {0x1061, 0x1061},
    {0x1065, 0x1066}, {0x106E, 0x1070}, {0x1075, 0x1081}, {0x108E, 0x108E}, {0x10A0, 0x10C5},
    {0x10C7, 0x10C7}, {0x10CD, 0x10CD}, {0x10D0, 0x10FA}, {0x10FC, 0x1248}, {0x124A, 0x124D},
    {0x1250, 0x1256}, {0x1258, 0x1258}, {0x125A, 0x125D}, {0x1260, 0x1288}, {0x128A, 0x128D},
    {0x1290, 0x12B0}, {0x12B2, 0x12B5}, {0x12B8, 0x12BE}, {0x12C0, 0x12C0}, {0x12C2, 0x12C5},
    {0x12C8, 0x12D6}, {0x12D8, 0x1310}, {0x1312, 0x1315}, {0x1318, 0x135A}, {0x1380, 0x138F},
    {0x13A0, 0x13F5}, {0x13F8, 0x13FD}, {0x1401, 0x166C}, {0x166F, 0x167F}, {0x1681, 0x169A},
    {0x16A0, 0x16EA}, {0x16F1, 0x16F8}, {0x1700, 0x170C}, {0x170E, 0x1711}, {0x1720, 0x1731},
    {0x1740, 0x1751}, {0x1760, 0x176C}, {0x176E, 0x1770}, {0x1780, 0x17B3}, {0x17D7, 0x17D7},
    {0x17DC, 0x17DC}, {0x1820, 0x1878}, {0x1880, 0x1884}, {0x1887, 0x18A8}, {0x18AA, 0x18AA},
    {0x18B0, 0x18F5}, {0x1900, 0x191E}, {0x1950, 0x196D}, {0x1970, 0x1974}, {0x1980, 0x19AB},
    {0x19B0, 0x19C9}, {0x1A00, 0x1A16}, {0x1A20, 0x1A54}, {0x1AA7, 0x1AA7}, {0x1B05, 0x1B33},
    {0x1B45, 0x1B4B}, {0x1B83, 0x1BA0}, {0x1BAE, 0x1BAF}, {0x1BBA, 0x1BE5}, {0x1C00, 0x1C23},
    {0x1C4D, 0x1C4F}, {0x1C5A, 0x1C7D}, {0x1C80, 0x1C88}, {0x1C90, 0x1CBA}, {0x1CBD, 0x1CBF},
    {0x1CE9, 0x1CEC}, {0x1CEE, 0x1CF3}, {0x1CF5, 0x1CF6}, {0x1CFA, 0x1CFA}, {0x1D00, 0x1DBF},
    {0x1E00, 0x1F15}, {0x1F18, 0x1F1D}, {0x1F20, 0x1F45}, {0x1F48, 0x1F4D}, {0x1F50, 0x1F57},
    {0x1F59, 0x1F59}, {0x1F5B, 0x1F5B}, {0x1F5D, 0x1F5D}, {0x1F5F, 0x1F7D}, {0x1F80, 0x1FB4},
    {0x1FB6, 0x1FBC}, {0x1FBE, 0x1FBE}, {0x1FC2, 0x1FC4}, {0x1FC6, 0x1FCC}, {0x1FD0, 0x1FD3},
    {0x1FD6, 0x1FDB}, {0x1FE0, 0x1FEC}, {0x1FF2, 0x1FF4}, {0x1FF6, 0x1FFC}, {0x2071, 0x2071},
    {0x207F, 0x207F}, {0x2090, 0x209C}, {0x2102, 0x2102}, {0x2107, 0x2107}, {0x210A, 0x2113},
    {0x2115, 0x2115}, {0x2119, 0x211D}, {0x2124, 0x2124}, {0x2126, 0x2126}, {0x2128, 0x2128},
    {0x212A, 0x212D}, {0x212F, 0x2139}, {0x213C, 0x213F}, {0x2145, 0x2149}, {0x214E, 0x214E},
    {0x2183, 0x2184}, {0x2C00, 0x2C2E}, {0x2C30, 0x2C5E}, {0x2C60, 0x2CE4}, {0x2CEB, 0x2CEE},
    {0x2CF2, 0x2CF3}, {0x2D00, 0x2D25}, {0x2D27, 0x2D27}, {0x2D2D, 0x2D2D}, {0x2D30, 0x2D67},
    {0x2D6F, 0x2D6F}, {0x2D80, 0x2D96}, {0x2DA0, 0x2DA6}, {0x2DA8, 0x2DAE}, {0x2DB0, 0x2DB6},
    {0x2DB8, 0x2DBE}, {0x2DC0, 0x2DC6}, {0x2DC8, 0x2DCE}, {0x2DD0, 0x2DD6}, {0x2DD8, 0x2DDE},
    {0x2E2F, 0x2E2F}, {0x3005, 0x3006}, {0x3031, 0x3035}, {0x303B, 0x303C}, {0x3041, 0x3096},
    {0x309D, 0x309F}, {0x30A1, 0x30FA}, {0x30FC, 0x30FF}, {0x3105, 0x312F}, {0x3131, 0x318E},
    {0x31A0, 0x31BF}, {0x31F0, 0x31FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFC}, {0xA000, 0xA48C},
    {0xA4D0, 0xA4FD}, {0xA500, 0xA60C}, {0xA610, 0xA61F}, {0xA62A, 0xA62B}, {0xA640, 0xA66E},
    {0xA67F, 0xA69D}, {0xA6A0, 0xA6E5}, {0xA717, 0xA71F}, {0xA722, 0xA788}, {0xA78B, 0xA7BF},
    {0xA7C2, 0xA7CA}, {0xA7F5, 0xA801}, {0xA803, 0xA805}, {0xA807, 0xA80A}, {0xA80C, 0xA822},
    {0xA840, 0xA873}, {0xA882, 0xA8B3}, {0xA8F2, 0xA8F7}, {0xA8FB, 0xA8FB}, {0xA8FD, 0xA8FE},
    {0xA90A, 0xA925}, {0xA930, 0xA946}, {0xA960, 0xA97C}, {0xA984, 0xA9B2}, {0xA9CF, 0xA9CF},
    {0xA9E0, 0xA9E4}, {0xA9E6, 0xA9EF}, {0xA9FA, 0xA9FE}, {0xAA00, 0xAA28}, {0xAA40, 0xAA42},
    {0xAA44, 0xAA4B}, {0xAA60, 0xAA76}, {0xAA7A, 0xAA7A}, {0xAA7E, 0xAAAF}, {0xAAB1, 0xAAB1},
    {0xAAB5, 0xAAB6}, {0xAAB9, 0xAABD}, {0xAAC0, 0xAAC0}, {0xAAC2, 0xAAC2}, {0xAADB, 0xAADD},
    {0xAAE0, 0xAAEA}, {0xAAF2, 0xAAF4}, {0xAB01, 0xAB06}, {0xAB09, 0xAB0E}, {0xAB11, 0xAB16},
    {0xAB20, 0xAB26}, {0xAB28, 0xAB2E}, {0xAB30, 0xAB5A}, {0xAB5C, 0xAB69}, {0xAB70, 0xABE2},
    {0xAC00, 0xD7A3}, {0xD7B0, 0xD7C6}, {0xD7CB, 0xD7FB}, {0xF900, 0xFA6D}, {0xFA70, 0xFAD9},
    {0xFB00, 0xFB06}, {0xFB13, 0xFB17}, {0xFB1D, 0xFB1D}, {0xFB1F, 0xFB28}, {0xFB2A, 0xFB36},
    {0xFB38, 0xFB3C}, {0xFB3E, 0xFB3E}, {0xFB40, 0xFB41}, {0xFB43, 0xFB44}, {0xFB46, 0xFBB1},
    {0xFBD3, 0xFD3D}, {0xFD50, 0xFD8F}, {0xFD92, 0xFDC7}, {0xFDF0, 0xFDFB}, {0xFE70, 0xFE74},
    {0xFE76, 0xFEFC}, {0xFF21, 0xFF3A}, {0xFF41, 0xFF5A}, {0xFF66, 0xFFBE}, {0xFFC2, 0xFFC7},
    {0xFFCA, 0xFFCF}, {0xFFD2, 0xFFD7}, {0xFFDA, 0xFFDC}, {0x10000, 0x1000B}, {0x1000D, 0x10026},
    {0x10028, 0x1003A}, {0x1003C, 0x1003D}, {0x1003F, 0x1004D}, {0x10050, 0x1005D}, {0x10080, 0x100FA},
    {0x10280, 0x1029C}, {0x102A0, 0x102D0}, {0x10300, 0x1031F}, {0x1032D, 0x10340}, {0x10342, 0x10349},
    {0x10350, 0x10375}, {0x10380, 0x1039D}, {0x103A0, 0x103C3}, {0x103C8, 0x103CF}, {0x10400, 0x1049D},
    {0x104B0, 0x104D3}, {0x104D8, 0x104FB}, {0x10500, 0x10527}, {0x10530, 0x10563}, {0x10600, 0x10736},
    {0x10740, 0x10755}, {0x10760, 0x10767}, {0x10800, 0x10805}, {0x10808, 0x10808}, {0x1080A, 0x10835},
    {0x10837, 0x10838}, {0x1083C, 0x1083C}, {0x1083F, 0x10855}, {0x10860, 0x10876}, {0x10880, 0x1089E},
    {0x108E0, 0x108F2}, {0x108F4, 0x108F5}, {0x10900, 0x10915}, {0x10920, 0x10939}, {0x10980, 0x109B7},
    {0x109BE, 0x109BF}, {0x10A00, 0x10A00}, {0x10A10, 0x10A13}, {0x10A15, 0x10A17}, {0x10A19, 0x10A35},
    {0x10A60, 0x10A7C}, {0x10A80, 0x10A9C}, {0x10AC0, 0x10AC7}, {0x10AC9, 0x10AE4}, {0x10B00, 0x10B35},
    {0x10B40, 0x10B55}, {0x10B60, 0x10B72}, {0x10B80, 0x10B91}, {0x10C00, 0x10C48}, {0x10C80, 0x10CB2},
    {0x10CC0, 0x10CF2}, {0x10D00, 0x10D23}, {0x10E80, 0x10EA9}, {0x10EB0, 0x10EB1}, {0x10F00, 0x10F1C},
    {0x10F27, 0x10F27}, {0x10F30, 0x10F45}, {0x10FB0, 0x10FC4}, {0x10FE0, 0x10FF6}, {0x11003, 0x11037},
    {0x11083, 0x110AF}, {0x110D0, 0x110E8}, {0x11103, 0x11126}, {0x11144, 0x11144}, {0x11147, 0x11147},
    {0x11150, 0x11172}, {0x11176, 0x11176}, {0x11183, 0x111B2}, {0x111C1, 0x111C4}, {0x111DA, 0x111DA},
    {0x111DC, 0x111DC}, {0x11200, 0x11211}, {0x11213, 0x1122B}, {0x11280, 0x11286}, {0x11288, 0x11288},
    {0x1128A, 0x1128D}, {0x1128F, 0x1129D}, {0x1129F, 0x112A8}, {0x112B0, 0x112DE}, {0x11305, 0x1130C},
    {0x1130F, 0x11310}, {0x11313, 0x11328}, {0x1132A, 0x11330}, {0x11332, 0x11333}, {0x11335, 0x11339},
    {0x1133D, 0x1133D}, {0x11350, 0x11350}, {0x1135D, 0x11361}, {0x11400, 0x11434}, {0x11447, 0x1144A},
    {0x1145F, 0x11461}, {0x11480, 0x114AF}, {0x114C4, 0x114C5}, {0x114C7, 0x114C7}, {0x11580, 0x115AE},
    {0x115D8, 0x115DB}, {0x11600, 0x1162F}, {0x11644, 0x11644}, {0x11680, 0x116AA}, {0x116B8, 0x116B8},
    {0x11700, 0x1171A}, {0x11800, 0x1182B}, {0x118A0, 0x118DF}, {0x118FF, 0x11906}, {0x11909, 0x11909},
    {0x1190C, 0x11913}, {0x11915, 0x11916}, {0x11918, 0x1192F}, {0x1193F, 0x1193F}, {0x11941, 0x11941},
    {0x119A0, 0x119A7}, {0x119AA, 0x119D0}, {0x119E1, 0x119E1}, {0x119E3, 0x119E3}, {0x11A00, 0x11A00},
    {0x11A0B, 0x11A32}, {0x11A3A, 0x11A3A}, {0x11A50, 0x11A50}, {0x11A5C, 0x11A89}, {0x11A9D, 0x11A9D},
    {0x11AC0, 0x11AF8}, {0x11C00, 0x11C08}, {0x11C0A, 0x11C2E}, {0x11C40, 0x11C40}, {0x11C72, 0x11C8F},
    {0x11D00, 0x11D06}, {0x11D08, 0x11D09}, {0x11D0B, 0x11D30}, {0x11D46, 0x11D46}, {0x11D60, 0x11D65},
    {0x11D67, 0x11D68}, {0x11D6A, 0x11D89}, {0x11D98, 0x11D98}, {0x11EE0, 0x11EF2}, {0x11FB0, 0x11FB0},
    {0x12000, 0x12399}, {0x12480, 0x12543}, {0x13000, 0x1342E}, {0x14400, 0x14646}, {0x16800, 0x16A38},
    {0x16A40, 0x16A5E}, {0x16AD0, 0x16AED}, {0x16B00, 0x16B2F}, {0x16B40, 0x16B43}, {0x16B63, 0x16B77},
    {0x16B7D, 0x16B8F}, {0x16E40, 0x16E7F}, {0x16F00, 0x16F4A}, {0x16F50, 0x16F50}, {0x16F93, 0x16F9F},
    {0x16FE0, 0x16FE1}, {0x16FE3, 0x16FE3}, {0x17000, 0x187F7}, {0x18800, 0x18CD5}, {0x18D00, 0x18D08},
    {0x1B000, 0x1B11E}, {0x1B150, 0x1B152}, {0x1B164, 0x1B167}, {0x1B170, 0x1B2FB}, {0x1BC00, 0x1BC6A},
    {0x1BC70, 0x1BC7C}, {0x1BC80, 0x1BC88}, {0x1BC90, 0x1BC99}, {0x1D400, 0x1D454}, {0x1D456, 0x1D49C},
    {0x1D49E, 0x1D49F}, {0x1D4A2, 0x1D4A2}, {0x1D4A5, 0x1D4A6}, {0x1D4A9, 0x1D4AC}, {0x1D4AE, 0x1D4B9},
    {0x1D4BB, 0x1D4BB}, {0x1D4BD, 0x1D4C3}, {0x1D4C5, 0x1D505}, {0x1D507, 0x1D50A}, {0x1D50D, 0x1D514},
    {0x1D516, 0x1D51C}, {0x1D51E, 0x1D539}, {0x1D53B, 0x1D53E}, {0x1D540, 0x1D544}, {0x1D546, 0x1D546},
    {0x1D54A, 0x1D550}, {0x1D552, 0x1D6A5}, {0x1D6A8, 0x1D6C0}, {0x1D6C2, 0x1D6DA}, {0x1D6DC, 0x1D6FA},
    {0x1D6FC, 0x1D714}, {0x1D716, 0x1D734}, {0x1D736, 0x1D74E}, {0x1D750, 0x1D76E}, {0x1D770, 0x1D788},
    {0x1D78A, 0x1D7A8}, {0x1D7AA, 0x1D7C2}, {0x1D7C4, 0x1D7CB}, {0x1E100, 0x1E12C}, {0x1E137, 0x1E13D},
    {0x1E14E, 0x1E14E}, {0x1E2C0, 0x1E2EB}, {0x1E800, 0x1E8C4}, {0x1E900, 0x1E943}, {0x1E94B, 0x1E94B},
    {0x1EE00, 0x1EE03}, {0x1EE05, 0x1EE1F}, {0x1EE21, 0x1EE22}, {0x1EE24, 0x1EE24}, {0x1EE27, 0x1EE27},
    {0x1EE29, 0x1EE32}, {0x1EE34, 0x1EE37}, {0x1EE39, 0x1EE39}, {0x1EE3B, 0x1EE3B}, {0x1EE42, 0x1EE42},
    {0x1EE47, 0x1EE47}, {0x1EE49, 0x1EE49}, {0x1EE4B, 0x1EE4B}, {0x1EE4D, 0x1EE4F}, {0x1EE51, 0x1EE52},
    {0x1EE54, 0x1EE54}, {0x1EE57, 0x1EE57}, {0x1EE59, 0x1EE59}, {0x1EE5B, 0x1EE5B}, {0x1EE5D, 0x1EE5D},
    {0x1EE5F, 0x1EE5F}, {0x1EE61, 0x1EE62}, {0x1EE64, 0x1EE64}, {0x1EE67, 0x1EE6A}, {0x1EE6C, 0x1EE72},
    {0x1EE74, 0x1EE77}, {0x1EE79, 0x1EE7C}, {0x1EE7E, 0x1EE7E}, {0x1EE80, 0x1EE89}, {0x1EE8B, 0x1EE9B},
    {0x1EEA1, 0x1EEA3}, {0x1EEA5, 0x1EEA9}, {0x1EEAB, 0x1EEBB}, {0x20000, 0x2A6DD}, {0x2A700, 0x2B734},
    {0x2B740, 0x2B81D}, {0x2B820, 0x2CEA1}, {0x2CEB0, 0x2EBE0}, {0x2F800, 0x2FA1D}, {0x30000, 0x3134A},
};
// 60 ranges
constexpr RuneRange kDigits[] = {
    {0x660, 0x669}, {0x6F0, 0x6F9}, {0x7C0, 0x7C9}, {0x966, 0x96F}, {0x9E6, 0x9EF},
    {0xA66, 0xA6F}, {0xAE6, 0xAEF}, {0xB66, 0xB6F}, {0xBE6, 0xBEF}, {0xC66, 0xC6F},
    {0xCE6, 0xCEF}, {0xD66, 0xD6F}, {0xDE6, 0xDEF}, {0xE50, 0xE59}, {0xED0, 0xED9},
    {0xF20, 0xF29}, {0x1040, 0x1049}, {0x1090, 0x1099}, {0x17E0, 0x17E9}, {0x1810, 0x1819},
    {0x1946, 0x194F}, {0x19D0, 0x19D9}, {0x1A80, 0x1A89}, {0x1A90, 0x1A99}, {0x1B50, 0x1B59},
    {0x1BB0, 0x1BB9}, {0x1C40, 0x1C49}, {0x1C50, 0x1C59}, {0xA620, 0xA629}, {0xA8D0, 0xA8D9},
    {0xA900, 0xA909}, {0xA9D0, 0xA9D9}, {0xA9F0, 0xA9F9}, {0xAA50, 0xAA59}, {0xABF0, 0xABF9},
    {0xFF10, 0xFF19}, {0x104A0, 0x104A9}, {0x10D30, 0x10D39}, {0x11066, 0x1106F}, {0x110F0, 0x110F9},
    {0x11136, 0x1113F}, {0x111D0, 0x111D9}, {0x112F0, 0x112F9}, {0x11450, 0x11459}, {0x114D0, 0x114D9},
    {0x11650, 0x11659}, {0x116C0, 0x116C9}, {0x11730, 0x11739}, {0x118E0, 0x118E9}, {0x11950, 0x11959},
    {0x11C50, 0x11C59}, {0x11D50, 0x11D59}, {0x11DA0, 0x11DA9}, {0x16A60, 0x16A69}, {0x16B50, 0x16B59},
    {0x1D7CE, 0x1D7FF}, {0x1E140, 0x1E149}, {0x1E2F0, 0x1E2F9}, {0x1E950, 0x1E959}, {0x1FBF0, 0x1FBF9},
};
// 677 ranges
constexpr RuneRange kPrintable[] = {
    {0xA1, 0xAC}, {0xAE, 0x377}, {0x37A, 0x37F}, {0x384, 0x38A}, {0x38C, 0x38C},
    {0x38E, 0x3A1}, {0x3A3, 0x52F}, {0x531, 0x556}, {0x559, 0x58A}, {0x58D, 0x58F},
    {0x591, 0x5C7}, {0x5D0, 0x5EA}, {0x5EF, 0x5F4}, {0x606, 0x61B}, {0x61E, 0x6DC},
    {0x6DE, 0x70D}, {0x710, 0x74A}, {0x74D, 0x7B1}, {0x7C0, 0x7FA}, {0x7FD, 0x82D},
    {0x830, 0x83E}, {0x840, 0x85B}, {0x85E, 0x85E}, {0x860, 0x86A}, {0x8A0, 0x8B4},
    {0x8B6, 0x8C7}, {0x8D3, 0x8E1}, {0x8E3, 0x983}, {0x985, 0x98C}, {0x98F, 0x990},
    {0x993, 0x9A8}, {0x9AA, 0x9B0}, {0x9B2, 0x9B2}, {0x9B6, 0x9B9}, {0x9BC, 0x9C4},
    {0x9C7, 0x9C8}, {0x9CB, 0x9CE}, {0x9D7, 0x9D7}, {0x9DC, 0x9DD}, {0x9DF, 0x9E3},
    {0x9E6, 0x9FE}, {0xA01, 0xA03}, {0xA05, 0xA0A}, {0xA0F, 0xA10}, {0xA13, 0xA28},
    {0xA2A, 0xA30}, {0xA32, 0xA33}, {0xA35, 0xA36}, {0xA38, 0xA39}, {0xA3C, 0xA3C},
    {0xA3E, 0xA42}, {0xA47, 0xA48}, {0xA4B, 0xA4D}, {0xA51, 0xA51}, {0xA59, 0xA5C},
    {0xA5E, 0xA5E}, {0xA66, 0xA76}, {0xA81, 0xA83}, {0xA85, 0xA8D}, {0xA8F, 0xA91},
    {0xA93, 0xAA8}, {0xAAA, 0xAB0}, {0xAB2, 0xAB3}, {0xAB5, 0xAB9}, {0xABC, 0xAC5},
    {0xAC7, 0xAC9}, {0xACB, 0xACD}, {0xAD0, 0xAD0}, {0xAE0, 0xAE3}, {0xAE6, 0xAF1},
    {0xAF9, 0xAFF}, {0xB01, 0xB03}, {0xB05, 0xB0C}, {0xB0F, 0xB10}, {0xB13, 0xB28},
    {0xB2A, 0xB30}, {0xB32, 0xB33}, {0xB35, 0xB39}, {0xB3C, 0xB44}, {0xB47, 0xB48},
    {0xB4B, 0xB4D}, {0xB55, 0xB57}, {0xB5C, 0xB5D}, {0xB5F, 0xB63}, {0xB66, 0xB77},
    {0xB82, 0xB83}, {0xB85, 0xB8A}, {0xB8E, 0xB90}, {0xB92, 0xB95}, {0xB99, 0xB9A},
    {0xB9C, 0xB9C}, {0xB9E, 0xB9F}, {0xBA3, 0xBA4}, {0xBA8, 0xBAA}, {0xBAE, 0xBB9},
    {0xBBE, 0xBC2}, {0xBC6, 0xBC8}, {0xBCA, 0xBCD}, {0xBD0, 0xBD0}, {0xBD7, 0xBD7},
    {0xBE6, 0xBFA}, {0xC00, 0xC0C}, {0xC0E, 0xC10}, {0xC12, 0xC28}, {0xC2A, 0xC39},
    {0xC3D, 0xC44}, {0xC46, 0xC48}, {0xC4A, 0xC4D}, {0xC55, 0xC56}, {0xC58, 0xC5A},
    {0xC60, 0xC63}, {0xC66, 0xC6F}, {0xC77, 0xC8C}, {0xC8E, 0xC90}, {0xC92, 0xCA8},
    {0xCAA, 0xCB3}, {0xCB5, 0xCB9}, {0xCBC, 0xCC4}, {0xCC6, 0xCC8}, {0xCCA, 0xCCD},
    {0xCD5, 0xCD6}, {0xCDE, 0xCDE}, {0xCE0, 0xCE3}, {0xCE6, 0xCEF}, {0xCF1, 0xCF2},
    {0xD00, 0xD0C}, {0xD0E, 0xD10}, {0xD12, 0xD44}, {0xD46, 0xD48}, {0xD4A, 0xD4F},
    {0xD54, 0xD63}, {0xD66, 0xD7F}, {0xD81, 0xD83}, {0xD85, 0xD96}, {0xD9A, 0xDB1},
    {0xDB3, 0xDBB}, {0xDBD, 0xDBD}, {0xDC0, 0xDC6}, {0xDCA, 0xDCA}, {0xDCF, 0xDD4},
    {0xDD6, 0xDD6}, {0xDD8, 0xDDF}, {0xDE6, 0xDEF}, {0xDF2, 0xDF4}, {0xE01, 0xE3A},
    {0xE3F, 0xE5B}, {0xE81, 0xE82}, {0xE84, 0xE84}, {0xE86, 0xE8A}, {0xE8C, 0xEA3},
    {0xEA5, 0xEA5}, {0xEA7, 0xEBD}, {0xEC0, 0xEC4}, {0xEC6, 0xEC6}, {0xEC8, 0xECD},
    {0xED0, 0xED9}, {0xEDC, 0xEDF}, {0xF00, 0xF47}, {0xF49, 0xF6C}, {0xF71, 0xF97},
    {0xF99, 0xFBC}, {0xFBE, 0xFCC}, {0xFCE, 0xFDA}, {0x1000, 0x10C5}, {0x10C7, 0x10C7},
    {0x10CD, 0x10CD}, {0x10D0, 0x1248}, {0x124A, 0x124D}, {0x1250, 0x1256}, {0x1258, 0x1258},
    {0x125A, 0x125D}, {0x1260, 0x1288}, {0x128A, 0x128D}, {0x1290, 0x12B0}, {0x12B2, 0x12B5},
    {0x12B8, 0x12BE}, {0x12C0, 0x12C0}, {0x12C2, 0x12C5}, {0x12C8, 0x12D6}, {0x12D8, 0x1310},
    {0x1312, 0x1315}, {0x1318, 0x135A}, {0x135D, 0x137C}, {0x1380, 0x1399}, {0x13A0, 0x13F5},
    {0x13F8, 0x13FD}, {0x1400, 0x167F}, {0x1681, 0x169C}, {0x16A0, 0x16F8}, {0x1700, 0x170C},
    {0x170E, 0x1714}, {0x1720, 0x1736}, {0x1740, 0x1753}, {0x1760, 0x176C}, {0x176E, 0x1770},
    {0x1772, 0x1773}, {0x1780, 0x17DD}, {0x17E0, 0x17E9}, {0x17F0, 0x17F9}, {0x1800, 0x180D},
    {0x1810, 0x1819}, {0x1820, 0x1878}, {0x1880, 0x18AA}, {0x18B0, 0x18F5}, {0x1900, 0x191E},
    {0x1920, 0x192B}, {0x1930, 0x193B}, {0x1940, 0x1940}, {0x1944, 0x196D}, {0x1970, 0x1974},
    {0x1980, 0x19AB}, {0x19B0, 0x19C9}, {0x19D0, 0x19DA}, {0x19DE, 0x1A1B}, {0x1A1E, 0x1A5E},
    {0x1A60, 0x1A7C}, {0x1A7F, 0x1A89}, {0x1A90, 0x1A99}, {0x1AA0, 0x1AAD}, {0x1AB0, 0x1AC0},
    {0x1B00, 0x1B4B}, {0x1B50, 0x1B7C}, {0x1B80, 0x1BF3}, {0x1BFC, 0x1C37}, {0x1C3B, 0x1C49},
    {0x1C4D, 0x1C88}, {0x1C90, 0x1CBA}, {0x1CBD, 0x1CC7}, {0x1CD0, 0x1CFA}, {0x1D00, 0x1DF9},
    {0x1DFB, 0x1F15}, {0x1F18, 0x1F1D}, {0x1F20, 0x1F45}, {0x1F48, 0x1F4D}, {0x1F50, 0x1F57},
    {0x1F59, 0x1F59}, {0x1F5B, 0x1F5B}, {0x1F5D, 0x1F5D}, {0x1F5F, 0x1F7D}, {0x1F80, 0x1FB4},
    {0x1FB6, 0x1FC4}, {0x1FC6, 0x1FD3}, {0x1FD6, 0x1FDB}, {0x1FDD, 0x1FEF}, {0x1FF2, 0x1FF4},
    {0x1FF6, 0x1FFE}, {0x2010, 0x2027}, {0x2030, 0x205E}, {0x2070, 0x2071}, {0x2074, 0x208E},
    {0x2090, 0x209C}, {0x20A0, 0x20BF}, {0x20D0, 0x20F0}, {0x2100, 0x218B}, {0x2190, 0x2426},
    {0x2440, 0x244A}, {0x2460, 0x2B73}, {0x2B76, 0x2B95}, {0x2B97, 0x2C2E}, {0x2C30, 0x2C5E},
    {0x2C60, 0x2CF3}, {0x2CF9, 0x2D25}, {0x2D27, 0x2D27}, {0x2D2D, 0x2D2D}, {0x2D30, 0x2D67},
    {0x2D6F, 0x2D70}, {0x2D7F, 0x2D96}, {0x2DA0, 0x2DA6}, {0x2DA8, 0x2DAE}, {0x2DB0, 0x2DB6},
    {0x2DB8, 0x2DBE}, {0x2DC0, 0x2DC6}, {0x2DC8, 0x2DCE}, {0x2DD0, 0x2DD6}, {0x2DD8, 0x2DDE},
    {0x2DE0, 0x2E52}, {0x2E80, 0x2E99}, {0x2E9B, 0x2EF3}, {0x2F00, 0x2FD5}, {0x2FF0, 0x2FFB},
    {0x3001, 0x303F}, {0x3041, 0x3096}, {0x3099, 0x30FF}, {0x3105, 0x312F}, {0x3131, 0x318E},
    {0x3190, 0x31E3}, {0x31F0, 0x321E}, {0x3220, 0x9FFC}, {0xA000, 0xA48C}, {0xA490, 0xA4C6},
    {0xA4D0, 0xA62B}, {0xA640, 0xA6F7}, {0xA700, 0xA7BF}, {0xA7C2, 0xA7CA}, {0xA7F5, 0xA82C},
    {0xA830, 0xA839}, {0xA840, 0xA877}, {0xA880, 0xA8C5}, {0xA8CE, 0xA8D9}, {0xA8E0, 0xA953},
    {0xA95F, 0xA97C}, {0xA980, 0xA9CD}, {0xA9CF, 0xA9D9}, {0xA9DE, 0xA9FE}, {0xAA00, 0xAA36},
    {0xAA40, 0xAA4D}, {0xAA50, 0xAA59}, {0xAA5C, 0xAAC2}, {0xAADB, 0xAAF6}, {0xAB01, 0xAB06},
    {0xAB09, 0xAB0E}, {0xAB11, 0xAB16}, {0xAB20, 0xAB26}, {0xAB28, 0xAB2E}, {0xAB30, 0xAB6B},
    {0xAB70, 0xABED}, {0xABF0, 0xABF9}, {0xAC00, 0xD7A3}, {0xD7B0, 0xD7C6}, {0xD7CB, 0xD7FB},
    {0xF900, 0xFA6D}, {0xFA70, 0xFAD9}, {0xFB00, 0xFB06}, {0xFB13, 0xFB17}, {0xFB1D, 0xFB36},
    {0xFB38, 0xFB3C}, {0xFB3E, 0xFB3E}, {0xFB40, 0xFB41}, {0xFB43, 0xFB44}, {0xFB46, 0xFBC1},
    {0xFBD3, 0xFD3F}, {0xFD50, 0xFD8F}, {0xFD92, 0xFDC7}, {0xFDF0, 0xFDFD}, {0xFE00, 0xFE19},
    {0xFE20, 0xFE52}, {0xFE54, 0xFE66}, {0xFE68, 0xFE6B}, {0xFE70, 0xFE74}, {0xFE76, 0xFEFC},
    {0xFF01, 0xFFBE}, {0xFFC2, 0xFFC7}, {0xFFCA, 0xFFCF}, {0xFFD2, 0xFFD7}, {0xFFDA, 0xFFDC},
    {0xFFE0, 0xFFE6}, {0xFFE8, 0xFFEE}, {0xFFFC, 0xFFFD}, {0x10000, 0x1000B}, {0x1000D, 0x10026},
    {0x10028, 0x1003A}, {0x1003C, 0x1003D}, {0x1003F, 0x1004D}, {0x10050, 0x1005D}, {0x10080, 0x100FA},
    {0x10100, 0x10102}, {0x10107, 0x10133}, {0x10137, 0x1018E}, {0x10190, 0x1019C}, {0x101A0, 0x101A0},
    {0x101D0, 0x101FD}, {0x10280, 0x1029C}, {0x102A0, 0x102D0}, {0x102E0, 0x102FB}, {0x10300, 0x10323},
    {0x1032D, 0x1034A}, {0x10350, 0x1037A}, {0x10380, 0x1039D}, {0x1039F, 0x103C3}, {0x103C8, 0x103D5},
    {0x10400, 0x1049D}, {0x104A0, 0x104A9}, {0x104B0, 0x104D3}, {0x104D8, 0x104FB}, {0x10500, 0x10527},
    {0x10530, 0x10563}, {0x1056F, 0x1056F}, {0x10600, 0x10736}, {0x10740, 0x10755}, {0x10760, 0x10767},
    {0x10800, 0x10805}, {0x10808, 0x10808}, {0x1080A, 0x10835}, {0x10837, 0x10838}, {0x1083C, 0x1083C},
    {0x1083F, 0x10855}, {0x10857, 0x1089E}, {0x108A7, 0x108AF}, {0x108E0, 0x108F2}, {0x108F4, 0x108F5},
    {0x108FB, 0x1091B}, {0x1091F, 0x10939}, {0x1093F, 0x1093F}, {0x10980, 0x109B7}, {0x109BC, 0x109CF},
    {0x109D2, 0x10A03}, {0x10A05, 0x10A06}, {0x10A0C, 0x10A13}, {0x10A15, 0x10A17}, {0x10A19, 0x10A35},
    {0x10A38, 0x10A3A}, {0x10A3F, 0x10A48}, {0x10A50, 0x10A58}, {0x10A60, 0x10A9F}, {0x10AC0, 0x10AE6},
    {0x10AEB, 0x10AF6}, {0x10B00, 0x10B35}, {0x10B39, 0x10B55}, {0x10B58, 0x10B72}, {0x10B78, 0x10B91},
    {0x10B99, 0x10B9C}, {0x10BA9, 0x10BAF}, {0x10C00, 0x10C48}, {0x10C80, 0x10CB2}, {0x10CC0, 0x10CF2},
    {0x10CFA, 0x10D27}, {0x10D30, 0x10D39}, {0x10E60, 0x10E7E}, {0x10E80, 0x10EA9}, {0x10EAB, 0x10EAD},
    {0x10EB0, 0x10EB1}, {0x10F00, 0x10F27}, {0x10F30, 0x10F59}, {0x10FB0, 0x10FCB}, {0x10FE0, 0x10FF6},
    {0x11000, 0x1104D}, {0x11052, 0x1106F}, {0x1107F, 0x110BC}, {0x110BE, 0x110C1}, {0x110D0, 0x110E8},
    {0x110F0, 0x110F9}, {0x11100, 0x11134}, {0x11136, 0x11147}, {0x11150, 0x11176}, {0x11180, 0x111DF},
    {0x111E1, 0x111F4}, {0x11200, 0x11211}, {0x11213, 0x1123E}, {0x11280, 0x11286}, {0x11288, 0x11288},
    {0x1128A, 0x1128D}, {0x1128F, 0x1129D}, {0x1129F, 0x112A9}, {0x112B0, 0x112EA}, {0x112F0, 0x112F9},
    {0x11300, 0x11303}, {0x11305, 0x1130C}, {0x1130F, 0x11310}, {0x11313, 0x11328}, {0x1132A, 0x11330},
    {0x11332, 0x11333}, {0x11335, 0x11339}, {0x1133B, 0x11344}, {0x11347, 0x11348}, {0x1134B, 0x1134D},
    {0x11350, 0x11350}, {0x11357, 0x11357}, {0x1135D, 0x11363}, {0x11366, 0x1136C}, {0x11370, 0x11374},
    {0x11400, 0x1145B}, {0x1145D, 0x11461}, {0x11480, 0x114C7}, {0x114D0, 0x114D9}, {0x11580, 0x115B5},
    {0x115B8, 0x115DD}, {0x11600, 0x11644}, {0x11650, 0x11659}, {0x11660, 0x1166C}, {0x11680, 0x116B8},
    {0x116C0, 0x116C9}, {0x11700, 0x1171A}, {0x1171D, 0x1172B}, {0x11730, 0x1173F}, {0x11800, 0x1183B},
    {0x118A0, 0x118F2}, {0x118FF, 0x11906}, {0x11909, 0x11909}, {0x1190C, 0x11913}, {0x11915, 0x11916},
    {0x11918, 0x11935}, {0x11937, 0x11938}, {0x1193B, 0x11946}, {0x11950, 0x11959}, {0x119A0, 0x119A7},
    {0x119AA, 0x119D7}, {0x119DA, 0x119E4}, {0x11A00, 0x11A47}, {0x11A50, 0x11AA2}, {0x11AC0, 0x11AF8},
    {0x11C00, 0x11C08}, {0x11C0A, 0x11C36}, {0x11C38, 0x11C45}, {0x11C50, 0x11C6C}, {0x11C70, 0x11C8F},
    {0x11C92, 0x11CA7}, {0x11CA9, 0x11CB6}, {0x11D00, 0x11D06}, {0x11D08, 0x11D09}, {0x11D0B, 0x11D36},
    {0x11D3A, 0x11D3A}, {0x11D3C, 0x11D3D}, {0x11D3F, 0x11D47}, {0x11D50, 0x11D59}, {0x11D60, 0x11D65},
    {0x11D67, 0x11D68}, {0x11D6A, 0x11D8E}, {0x11D90, 0x11D91}, {0x11D93, 0x11D98}, {0x11DA0, 0x11DA9},
    {0x11EE0, 0x11EF8}, {0x11FB0, 0x11FB0}, {0x11FC0, 0x11FF1}, {0x11FFF, 0x12399}, {0x12400, 0x1246E},
    {0x12470, 0x12474}, {0x12480, 0x12543}, {0x13000, 0x1342E}, {0x14400, 0x14646}, {0x16800, 0x16A38},
    {0x16A40, 0x16A5E}, {0x16A60, 0x16A69}, {0x16A6E, 0x16A6F}, {0x16AD0, 0x16AED}, {0x16AF0, 0x16AF5},
    {0x16B00, 0x16B45}, {0x16B50, 0x16B59}, {0x16B5B, 0x16B61}, {0x16B63, 0x16B77}, {0x16B7D, 0x16B8F},
    {0x16E40, 0x16E9A}, {0x16F00, 0x16F4A}, {0x16F4F, 0x16F87}, {0x16F8F, 0x16F9F}, {0x16FE0, 0x16FE4},
    {0x16FF0, 0x16FF1}, {0x17000, 0x187F7}, {0x18800, 0x18CD5}, {0x18D00, 0x18D08}, {0x1B000, 0x1B11E},
    {0x1B150, 0x1B152}, {0x1B164, 0x1B167}, {0x1B170, 0x1B2FB}, {0x1BC00, 0x1BC6A}, {0x1BC70, 0x1BC7C},
    {0x1BC80, 0x1BC88}, {0x1BC90, 0x1BC99}, {0x1BC9C, 0x1BC9F}, {0x1D000, 0x1D0F5}, {0x1D100, 0x1D126},
    {0x1D129, 0x1D172}, {0x1D17B, 0x1D1E8}, {0x1D200, 0x1D245}, {0x1D2E0, 0x1D2F3}, {0x1D300, 0x1D356},
    {0x1D360, 0x1D378}, {0x1D400, 0x1D454}, {0x1D456, 0x1D49C}, {0x1D49E, 0x1D49F}, {0x1D4A2, 0x1D4A2},
    {0x1D4A5, 0x1D4A6}, {0x1D4A9, 0x1D4AC}, {0x1D4AE, 0x1D4B9}, {0x1D4BB, 0x1D4BB}, {0x1D4BD, 0x1D4C3},
    {0x1D4C5, 0x1D505}, {0x1D507, 0x1D50A}, {0x1D50D, 0x1D514}, {0x1D516, 0x1D51C}, {0x1D51E, 0x1D539},
    {0x1D53B, 0x1D53E}, {0x1D540, 0x1D544}, {0x1D546, 0x1D546}, {0x1D54A, 0x1D550}, {0x1D552, 0x1D6A5},
    {0x1D6A8, 0x1D7CB}, {0x1D7CE, 0x1DA8B}, {0x1DA9B, 0x1DA9F}, {0x1DAA1, 0x1DAAF}, {0x1E000, 0x1E006},
    {0x1E008, 0x1E018}, {0x1E01B, 0x1E021}, {0x1E023, 0x1E024}, {0x1E026, 0x1E02A}, {0x1E100, 0x1E12C},
    {0x1E130, 0x1E13D}, {0x1E140, 0x1E149}, {0x1E14E, 0x1E14F}, {0x1E2C0, 0x1E2F9}, {0x1E2FF, 0x1E2FF},
    {0x1E800, 0x1E8C4}, {0x1E8C7, 0x1E8D6}, {0x1E900, 0x1E94B}, {0x1E950, 0x1E959}, {0x1E95E, 0x1E95F},
    {0x1EC71, 0x1ECB4}, {0x1ED01, 0x1ED3D}, {0x1EE00, 0x1EE03}, {0x1EE05, 0x1EE1F}, {0x1EE21, 0x1EE22},
    {0x1EE24, 0x1EE24}, {0x1EE27, 0x1EE27}, {0x1EE29, 0x1EE32}, {0x1EE34, 0x1EE37}, {0x1EE39, 0x1EE39},
    {0x1EE3B, 0x1EE3B}, {0x1EE42, 0x1EE42}, {0x1EE47, 0x1EE47}, {0x1EE49, 0x1EE49}, {0x1EE4B, 0x1EE4B},
    {0x1EE4D, 0x1EE4F}, {0x1EE51, 0x1EE52}, {0x1EE54, 0x1EE54}, {0x1EE57, 0x1EE57}, {0x1EE59, 0x1EE59},
    {0x1EE5B, 0x1EE5B}, {0x1EE5D, 0x1EE5D}, {0x1EE5F, 0x1EE5F}, {0x1EE61, 0x1EE62}, {0x1EE64, 0x1EE64},
    {0x1EE67, 0x1EE6A}, {0x1EE6C, 0x1EE72}, {0x1EE74, 0x1EE77}, {0x1EE79, 0x1EE7C}, {0x1EE7E, 0x1EE7E},
    {0x1EE80, 0x1EE89}, {0x1EE8B, 0x1EE9B}, {0x1EEA1, 0x1EEA3}, {0x1EEA5, 0x1EEA9}, {0x1EEAB, 0x1EEBB},
    {0x1EEF0, 0x1EEF1}, {0x1F000, 0x1F02B}, {0x1F030, 0x1F093}, {0x1F0A0, 0x1F0AE}, {0x1F0B1, 0x1F0BF},
    {0x1F0C1, 0x1F0CF}, {0x1F0D1, 0x1F0F5}, {0x1F100, 0x1F1AD}, {0x1F1E6, 0x1F202}, {0x1F210, 0x1F23B},
    {0x1F240, 0x1F248}, {0x1F250, 0x1F251}, {0x1F260, 0x1F265}, {0x1F300, 0x1F6D7}, {0x1F6E0, 0x1F6EC},
    {0x1F6F0, 0x1F6FC}, {0x1F700, 0x1F773}, {0x1F780, 0x1F7D8}, {0x1F7E0, 0x1F7EB}, {0x1F800, 0x1F80B},
    {0x1F810, 0x1F847}, {0x1F850, 0x1F859}, {0x1F860, 0x1F887}, {0x1F890, 0x1F8AD}, {0x1F8B0, 0x1F8B1},
    {0x1F900, 0x1F978}, {0x1F97A, 0x1F9CB}, {0x1F9CD, 0x1FA53}, {0x1FA60, 0x1FA6D}, {0x1FA70, 0x1FA74},
    {0x1FA78, 0x1FA7A}, {0x1FA80, 0x1FA86}, {0x1FA90, 0x1FAA8}, {0x1FAB0, 0x1FAB6}, {0x1FAC0, 0x1FAC2},
    {0x1FAD0, 0x1FAD6}, {0x1FB00, 0x1FB92}, {0x1FB94, 0x1FBCA}, {0x1FBF0, 0x1FBF9}, {0x20000, 0x2A6DD},
    {0x2A700, 0x2B734}, {0x2B740, 0x2B81D}, {0x2B820, 0x2CEA1}, {0x2CEB0, 0x2EBE0}, {0x2F800, 0x2FA1D},
    {0x30000, 0x3134A}, {0xE0100, 0xE01EF},
};
// clang-format on

template<size_t N>
bool in_table(const RuneRange (&table)[N], uint32_t r)
{
    const RuneRange* it
        = std::upper_bound(table, table + N, r, [](uint32_t v, const RuneRange& rr) { return v < rr.lo; });
    return it != table && r <= (it - 1)->hi;
}

bool is_letter(uint32_t r)
{
    if (r < 0x80)
        return (r | 0x20) >= 'a' && (r | 0x20) <= 'z';
    return in_table(kLetters, r);
}

bool is_digit(uint32_t r)
{
    if (r < 0x80)
        return r >= '0' && r <= '9';
    return in_table(kDigits, r);
}

bool is_print(uint32_t r)
{
    if (r < 0x80)
        return r >= 0x20 && r < 0x7f;
    return in_table(kPrintable, r);
}

constexpr uint32_t kRuneError = 0xFFFD;
constexpr uint32_t kMaxRune = 0x10FFFF;

// Decodes one UTF-8 sequence from [p, end) with Go's rules (utf8.DecodeRune): an invalid or
// truncated sequence, an overlong form, a surrogate or a value past U+10FFFF decodes as
// (RuneError, 1).
uint32_t decode_rune(const unsigned char* p, const unsigned char* end, int& width)
{
    unsigned c0 = p[0];
    width = 1;
    if (c0 < 0x80)
        return c0;
    int n = c0 >= 0xF0 ? 4 : c0 >= 0xE0 ? 3 : c0 >= 0xC0 ? 2 : 0;
    if (n == 0 || c0 > 0xF4 || end - p < n)
        return kRuneError;
    uint32_t r = c0 & (0x7F >> n);
    for (int i = 1; i < n; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return kRuneError;
        r = (r << 6) | (p[i] & 0x3F);
    }
    static constexpr uint32_t kMin[] = { 0, 0, 0x80, 0x800, 0x10000 };
    if (r < kMin[n] || r > kMaxRune || (r >= 0xD800 && r < 0xE000))
        return kRuneError;
    width = n;
    return r;
}

void append_utf8(std::string& out, uint32_t r)
{
    if (r < 0x80) {
        out += char(r);
    } else if (r < 0x800) {
        out += char(0xC0 | (r >> 6));
        out += char(0x80 | (r & 0x3F));
    } else if (r < 0x10000) {
        out += char(0xE0 | (r >> 12));
        out += char(0x80 | ((r >> 6) & 0x3F));
        out += char(0x80 | (r & 0x3F));
    } else {
        out += char(0xF0 | (r >> 18));
        out += char(0x80 | ((r >> 12) & 0x3F));
        out += char(0x80 | ((r >> 6) & 0x3F));
        out += char(0x80 | (r & 0x3F));
    }
}

std::string hex_upper(uint32_t v, int min_digits)
{
    static const char* kHex = "0123456789ABCDEF";
    std::string s;
    do {
        s.insert(s.begin(), kHex[v & 15]);
        v >>= 4;
    } while (v != 0);
    while (int(s.size()) < min_digits)
        s.insert(s.begin(), '0');
    return s;
}

// Go's %#U: "U+0040 '@'" (the quoted character only when printable).
std::string sharp_u(uint32_t r)
{
    std::string s = "U+" + hex_upper(r, 4);
    if (r <= kMaxRune && is_print(r)) {
        s += " '";
        append_utf8(s, r);
        s += "'";
    }
    return s;
}

// Go's %q for a rune (strconv.QuoteRune): 'x', '\n', '\x01', '\u00a0'.
std::string quote_rune(uint32_t r)
{
    std::string s = "'";
    switch (r) {
    case '\a': s += "\\a"; break;
    case '\b': s += "\\b"; break;
    case '\f': s += "\\f"; break;
    case '\n': s += "\\n"; break;
    case '\r': s += "\\r"; break;
    case '\t': s += "\\t"; break;
    case '\v': s += "\\v"; break;
    case '\\': s += "\\\\"; break;
    case '\'': s += "\\'"; break;
    default:
        if (is_print(r)) {
            append_utf8(s, r);
        } else if (r < 0x80) {
            std::string h = hex_upper(r, 2);
            std::transform(h.begin(), h.end(), h.begin(), [](char c) { return char(std::tolower(c)); });
            s += "\\x" + h;
        } else {
            std::string h = hex_upper(r, r > 0xFFFF ? 8 : 4);
            std::transform(h.begin(), h.end(), h.begin(), [](char c) { return char(std::tolower(c)); });
            s += (r > 0xFFFF ? "\\U" : "\\u") + h;
        }
    }
    return s + "'";
}

int lower(int c) { return c | 0x20; }
bool is_decimal(int c) { return c >= '0' && c <= '9'; }
bool is_hex(int c) { return is_decimal(c) || (lower(c) >= 'a' && lower(c) <= 'f'); }

const char* base_name(int base)
{
    switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
    default: return "hexadecimal";
    }
}

// The index of the first misplaced `_` in a number literal, or -1 (mirrors invalidSep in
// scanner.go: a `_` must sit between two digits, or between the base prefix and a digit).
int invalid_separator(std::string_view x)
{
    int x1 = ' ';
    int d = '.';
    size_t i = 0;
    if (x.size() >= 2 && x[0] == '0') {
        x1 = lower(x[1]);
        if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
            d = '0';
            i = 2;
        }
    }
    for (; i < x.size(); ++i) {
        int p = d;
        d = x[i];
        if (d == '_') {
            if (p != '0')
                return int(i);
        } else if (is_decimal(d) || (x1 == 'x' && is_hex(d))) {
            d = '0';
        } else {
            if (p == '_')
                return int(i) - 1;
            d = '.';
        }
    }
    return d == '_' ? int(x.size()) - 1 : -1;
}

} // namespace

// ---- source preparation ----

Lexer::Lexer(std::string_view source, support::Arena& arena, support::Diagnostics& diags)
    : m_diags(diags)
{
    prepare(source, arena);
}

void Lexer::prepare(std::string_view source, support::Arena& arena)
{
    // Fast check: most sources have no NUL, no BOM and no invalid UTF-8.
    auto* s = reinterpret_cast<const Char*>(source.data());
    const Char* e = s + source.size();
    bool clean_text = true;
    for (const Char* p = s; p < e && clean_text;) {
        if (*p >= 0x80) {
            int w;
            uint32_t r = decode_rune(p, e, w);
            clean_text = !(r == kRuneError && w == 1) && r != 0xFEFF;
            p += w;
        } else {
            clean_text = *p != 0;
            ++p;
        }
    }
    if (clean_text) {
        auto* copy = static_cast<Char*>(arena.allocate(source.size() + 1, 1));
        std::memcpy(copy, source.data(), source.size());
        copy[source.size()] = 0;
        m_begin = copy;
        m_end = copy + source.size();
    } else {
        clean(source, arena);
    }
    m_cur = m_line_start = m_begin;
    // A `#!` first line (vitro's addition; Go has none) is skipped up to its newline.
    if (m_end - m_begin >= 2 && m_begin[0] == '#' && m_begin[1] == '!') {
        while (m_cur < m_end && *m_cur != '\n')
            ++m_cur;
    }
}

// Drops what Go's reader drops (source.go nextch), recording each drop for positions and errors.
void Lexer::clean(std::string_view source, support::Arena& arena)
{
    auto* s = reinterpret_cast<const Char*>(source.data());
    const Char* e = s + source.size();
    auto* out = static_cast<Char*>(arena.allocate(source.size() + 1, 1));
    size_t n = 0;
    uint32_t dropped = 0;
    uint32_t line = 1, col = 1;
    auto drop = [&](int width, const char* message) {
        if (message)
            m_pending.push_back({ uint32_t(n), Pos { line, col }, message });
        dropped += width;
        if (!m_dropped.empty() && m_dropped.back().offset == n)
            m_dropped.back().total = dropped;
        else
            m_dropped.push_back({ uint32_t(n), dropped });
        col += width;
    };
    for (const Char* p = s; p < e;) {
        int w = 1;
        uint32_t r = *p < 0x80 ? *p : decode_rune(p, e, w);
        if (r == 0) {
            drop(1, "invalid NUL character");
        } else if (r == kRuneError && w == 1) {
            drop(1, "invalid UTF-8 encoding");
        } else if (r == 0xFEFF) {
            drop(w, p == s ? nullptr : "invalid BOM in the middle of the file");
        } else {
            std::memcpy(out + n, p, w);
            n += w;
            if (r == '\n') {
                ++line;
                col = 1;
            } else {
                col += w;
            }
        }
        p += w;
    }
    out[n] = 0;
    m_begin = out;
    m_end = out + n;
}

Pos Lexer::pos_at(const Char* p) const
{
    uint32_t off = uint32_t(p - m_begin);
    uint32_t line_off = uint32_t(m_line_start - m_begin);
    if (m_dropped.empty())
        return { m_line, off - line_off + 1 };
    // Original offsets: cleaned offset plus the bytes dropped before it. The line starts just
    // after its newline in the original text, before any bytes dropped there.
    auto before = [&](uint32_t o) {
        auto it = std::upper_bound(m_dropped.begin(), m_dropped.end(), o,
            [](uint32_t v, const Dropped& d) { return v < d.offset; });
        return it == m_dropped.begin() ? 0u : (it - 1)->total;
    };
    uint32_t orig = off + before(off);
    uint32_t orig_line = line_off == 0 ? 0 : (line_off - 1) + before(line_off - 1) + 1;
    return { m_line, orig - orig_line + 1 };
}

void Lexer::error_at(const Char* p, std::string message)
{
    ++m_errors;
    m_go_scanner_errors += m_go_scanner;
    m_diags.error(pos_at(p), std::move(message));
}

// Accounts for the newlines in [from, to): called for every newline the scanner passes.
void Lexer::newlines(const Char* from, const Char* to)
{
    for (const Char* p = from; p < to; ++p) {
        if (*p == '\n') {
            ++m_line;
            m_line_start = p + 1;
        }
    }
}

void Lexer::flush_pending(const Char* upto)
{
    uint32_t off = uint32_t(upto - m_begin);
    while (m_next_pending < m_pending.size() && m_pending[m_next_pending].offset <= off) {
        Pending& p = m_pending[m_next_pending++];
        ++m_errors;
        m_diags.error(p.pos, std::move(p.message));
    }
}

Token Lexer::make(Tok kind, const Char* start)
{
    Token t;
    t.kind = kind;
    t.pos = pos_at(start);
    return t;
}

Token Lexer::semi(const Char* at, std::string_view lit)
{
    Token t = make(Tok::Semi, at);
    t.text = lit;
    return t;
}

// ---- the automaton ----

/*!re2c
    re2c:api:style = free-form;
    re2c:define:YYCTYPE = Char;
    re2c:define:YYCURSOR = m_cur;
    re2c:define:YYMARKER = m_marker;
    re2c:define:YYCTXMARKER = m_ctxmarker;
    re2c:yyfill:enable = 0;

    hex    = [0-9a-fA-F];
    u4     = [0-9a-cA-C] hex{3} | [dD] [0-7] hex{2} | [eEfF] hex{3};
    u8     = "0000" u4 | "000" [1-9a-fA-F] hex{4} | "0010" hex{4};
    esc    = "\\" ([abfnrtv\\] | [0-3][0-7]{2} | "x" hex{2} | "u" u4 | "U" u8);
    utf8   = [\xc2-\xdf][\x80-\xbf] | [\xe0-\xef][\x80-\xbf]{2} | [\xf0-\xf4][\x80-\xbf]{3};
    exp10  = [eEpP] [+-]? [0-9_]*;
    imag   = "i"?;
*/

Token Lexer::next()
{
    Token t = scan();
    if (m_next_pending < m_pending.size())
        flush_pending(m_cur);
    return t;
}

Token Lexer::scan()
{
    bool nlsemi = m_nlsemi;
    m_nlsemi = false;
    m_comment = nullptr;
    for (;;) {
        const Char* start = m_cur;
        /*!re2c
        "\x00" {
            // The sentinel: the cleaned text holds no other NUL.
            m_cur = m_end;
            m_eof = pos_at(m_end);
            if (m_end > m_begin && m_end[-1] == '\n' && m_eof.col == 1 && m_eof.line > 1) {
                // The final newline's column: recompute from its line start.
                const Char* nl = m_end - 1;
                const Char* ls = nl;
                while (ls > m_begin && ls[-1] != '\n')
                    --ls;
                m_last_newline_at_end = true;
                m_final_newline_col = uint32_t(nl - ls) + 1;
            }
            if (nlsemi) {
                Token t = semi(m_end, "EOF");
                if (m_comment)
                    t.comment = pos_at(m_comment);
                return t;
            }
            return make(Tok::Eof, m_end);
        }
        [ \t\r]+ { continue; }
        "\n" {
            if (nlsemi) {
                Token t = semi(start, "newline");
                if (m_comment)
                    t.comment = pos_at(m_comment);
                newlines(start, m_cur);
                return t;
            }
            newlines(start, m_cur);
            continue;
        }
        "//" [^\n\x00]* {
            if (nlsemi && !m_comment)
                m_comment = start;
            continue;
        }
        "/*" ([^*\x00] | "*"+ [^*/\x00])* "*"+ "/" {
            const Char* nl = static_cast<const Char*>(std::memchr(start, '\n', m_cur - start));
            if (nl == nullptr) {
                if (nlsemi && !m_comment)
                    m_comment = start;
                continue;
            }
            Token t = semi(start, "newline");
            newlines(start, m_cur);
            if (nlsemi)
                return t;
            continue;
        }
        "/*" {
            error_at(start, "comment not terminated");
            m_cur = m_end;
            const Char* nl = static_cast<const Char*>(std::memchr(start, '\n', m_cur - start));
            Token t = semi(start, "newline");
            newlines(start, m_cur);
            if (nlsemi && nl != nullptr)
                return t;
            continue;
        }

        "break"       { m_nlsemi = true; return make(Tok::Break, start); }
        "case"        { return make(Tok::Case, start); }
        "chan"        { return make(Tok::Chan, start); }
        "const"       { return make(Tok::Const, start); }
        "continue"    { m_nlsemi = true; return make(Tok::Continue, start); }
        "default"     { return make(Tok::Default, start); }
        "defer"       { return make(Tok::Defer, start); }
        "else"        { return make(Tok::Else, start); }
        "fallthrough" { m_nlsemi = true; return make(Tok::Fallthrough, start); }
        "for"         { return make(Tok::For, start); }
        "func"        { return make(Tok::Func, start); }
        "go"          { return make(Tok::Go, start); }
        "goto"        { return make(Tok::Goto, start); }
        "if"          { return make(Tok::If, start); }
        "import"      { return make(Tok::Import, start); }
        "interface"   { return make(Tok::Interface, start); }
        "map"         { return make(Tok::Map, start); }
        "package"     { return make(Tok::Package, start); }
        "range"       { return make(Tok::Range, start); }
        "return"      { m_nlsemi = true; return make(Tok::Return, start); }
        "select"      { return make(Tok::Select, start); }
        "struct"      { return make(Tok::Struct, start); }
        "switch"      { return make(Tok::Switch, start); }
        "type"        { return make(Tok::Type, start); }
        "var"         { return make(Tok::Var, start); }

        [a-zA-Z_][a-zA-Z_0-9]* {
            m_nlsemi = true;
            Token t = make(Tok::Name, start);
            t.text = text(start);
            return t;
        }
        [a-zA-Z_\x80-\xff][a-zA-Z_0-9\x80-\xff]* {
            check_identifier(start, m_cur);
            m_nlsemi = true;
            Token t = make(Tok::Name, start);
            t.text = text(start);
            return t;
        }

        "0" | [1-9][0-9]* { return literal(start, LitKind::Int, true); }
        [0-9] [0-9_]* ("." [0-9_]*)? exp10? imag                   { return number(start); }
        "0" [xX] [0-9a-fA-F_]* ("." [0-9a-fA-F_]*)? ([pP] [+-]? [0-9_]*)? imag { return number(start); }
        "0" [oObB] [0-9_]* ("." [0-9_]*)? exp10? imag                { return number(start); }
        "." [0-9] [0-9_]* exp10? imag                                 { return number(start); }

        ["] ([^"\\\n\x00] | esc | "\\\"")* ["]            { return literal(start, LitKind::String, true); }
        ["]                                               { return std_string_slow(start); }
        ['] ([^'\\\n\x00\x80-\xff] | utf8 | esc | "\\'") [']  { return literal(start, LitKind::Rune, true); }
        [']                                               { return rune_slow(start); }
        "`" [^`\x00]* "`" {
            Token t = literal(start, LitKind::String, true);
            newlines(start, m_cur);
            return t;
        }
        "`" {
            error_at(start, m_go_scanner ? "raw string literal not terminated" : "string not terminated");
            m_cur = m_end;
            Token t = literal(start, LitKind::String, false);
            newlines(start, m_cur);
            return t;
        }

        "(" { return make(Tok::Lparen, start); }
        "[" { return make(Tok::Lbrack, start); }
        "{" { return make(Tok::Lbrace, start); }
        ")" { m_nlsemi = true; return make(Tok::Rparen, start); }
        "]" { m_nlsemi = true; return make(Tok::Rbrack, start); }
        "}" { m_nlsemi = true; return make(Tok::Rbrace, start); }
        "," { return make(Tok::Comma, start); }
        ";" { return semi(start, "semicolon"); }
        ":" { return make(Tok::Colon, start); }
        ":=" { return make(Tok::Define, start); }
        "." { return make(Tok::Dot, start); }
        "..." { return make(Tok::DotDotDot, start); }

        "||" { return op(Tok::OrOr, Op::OrOr, start); }
        "&&" { return op(Tok::AndAnd, Op::AndAnd, start); }
        "==" { return op(Tok::Cmp, Op::Eql, start); }
        "!=" { return op(Tok::Cmp, Op::Neq, start); }
        "<"  { return op(Tok::Cmp, Op::Lss, start); }
        "<=" { return op(Tok::Cmp, Op::Leq, start); }
        ">"  { return op(Tok::Cmp, Op::Gtr, start); }
        ">=" { return op(Tok::Cmp, Op::Geq, start); }
        "+"  { return op(Tok::Add, Op::Add, start); }
        "-"  { return op(Tok::Add, Op::Sub, start); }
        "|"  { return op(Tok::Add, Op::Or, start); }
        "^"  { return op(Tok::Add, Op::Xor, start); }
        "*"  { return op(Tok::Star, Op::Mul, start); }
        "/"  { return op(Tok::Mul, Op::Div, start); }
        "%"  { return op(Tok::Mul, Op::Rem, start); }
        "&"  { return op(Tok::Mul, Op::And, start); }
        "&^" { return op(Tok::Mul, Op::AndNot, start); }
        "<<" { return op(Tok::Mul, Op::Shl, start); }
        ">>" { return op(Tok::Mul, Op::Shr, start); }
        "!"  { return op(Tok::Not, Op::Not, start); }
        "~"  { return op(Tok::Tilde, Op::Tilde, start); }
        "<-" { return make(Tok::Arrow, start); }
        "="  { return make(Tok::Assign, start); }

        "+=" { return op(Tok::AssignOp, Op::Add, start); }
        "-=" { return op(Tok::AssignOp, Op::Sub, start); }
        "|=" { return op(Tok::AssignOp, Op::Or, start); }
        "^=" { return op(Tok::AssignOp, Op::Xor, start); }
        "*=" { return op(Tok::AssignOp, Op::Mul, start); }
        "/=" { return op(Tok::AssignOp, Op::Div, start); }
        "%=" { return op(Tok::AssignOp, Op::Rem, start); }
        "&=" { return op(Tok::AssignOp, Op::And, start); }
        "&^=" { return op(Tok::AssignOp, Op::AndNot, start); }
        "<<=" { return op(Tok::AssignOp, Op::Shl, start); }
        ">>=" { return op(Tok::AssignOp, Op::Shr, start); }
        "++" { m_nlsemi = true; return op(Tok::IncOp, Op::Add, start); }
        "--" { m_nlsemi = true; return op(Tok::IncOp, Op::Sub, start); }

        * {
            // Only ASCII reaches here: every byte >= 0x80 starts an identifier.
            error_at(start, (m_go_scanner ? "illegal character " : "invalid character ") + sharp_u(*start));
            continue;
        }
        */
    }
}

std::string_view Lexer::text(const Char* start) const
{
    return { reinterpret_cast<const char*>(start), size_t(m_cur - start) };
}

Token Lexer::op(Tok kind, Op o, const Char* start)
{
    Token t = make(kind, start);
    t.op = o;
    return t;
}

Token Lexer::literal(const Char* start, LitKind kind, bool ok)
{
    m_nlsemi = true;
    Token t = make(Tok::Literal, start);
    t.lit_kind = kind;
    t.bad = !ok;
    t.text = text(start);
    return t;
}

// Go's ident() accepts any non-ASCII character in an identifier but reports the ones that are
// neither letters nor (after the first) digits.
void Lexer::check_identifier(const Char* start, const Char* end)
{
    for (const Char* p = start; p < end;) {
        int w = 1;
        uint32_t r = *p < 0x80 ? *p : decode_rune(p, end, w);
        if (r >= 0x80 && !is_letter(r)) {
            if (!is_digit(r))
                error_at(p, "invalid character " + sharp_u(r) + " in identifier");
            else if (p == start)
                error_at(p, "identifier cannot begin with digit " + sharp_u(r));
        }
        p += w;
    }
}

// ---- literals the automaton leaves to Go's step-by-step rules ----

// Validates the number literal [start, m_cur) that the automaton matched (its extent is what
// Go's scanner consumes), reporting what number() in scanner.go reports, where it reports it.
Token Lexer::number(const Char* start)
{
    const Char* p = start;
    const Char* end = m_cur;
    auto ch = [&]() -> int { return p < end ? *p : -1; };
    // digits(): consumes digits of `base` and '_'; bit 0 = saw a digit, bit 1 = saw '_'.
    auto digits = [&](int base, int* invalid) {
        int digsep = 0;
        for (; p < end; ++p) {
            int c = *p;
            if (c == '_') {
                digsep |= 2;
                continue;
            }
            if (base <= 10 ? !is_decimal(c) : !is_hex(c))
                break;
            digsep |= 1;
            if (base <= 10 && c >= '0' + base && invalid && *invalid < 0)
                *invalid = int(p - start);
        }
        return digsep;
    };
    bool ok = true;
    LitKind kind = LitKind::Int;
    int base = 10;
    int prefix = 0;
    int digsep = 0;
    int invalid = -1;
    bool seen_point = *p == '.';
    if (seen_point) {
        ++p;
    } else {
        if (*p == '0') {
            ++p;
            switch (lower(ch())) {
            case 'x': base = 16, prefix = 'x', ++p; break;
            case 'o': base = 8, prefix = 'o', ++p; break;
            case 'b': base = 2, prefix = 'b', ++p; break;
            default: base = 8, prefix = '0', digsep = 1; break;
            }
        }
        digsep |= digits(base, &invalid);
        if (ch() == '.') {
            if (prefix == 'o' || prefix == 'b') {
                error_at(p, std::string("invalid radix point in ") + base_name(base) + " literal");
                ok = false;
            }
            ++p;
            seen_point = true;
        }
    }
    if (seen_point) {
        kind = LitKind::Float;
        digsep |= digits(base, &invalid);
    }
    if ((digsep & 1) == 0 && ok) {
        error_at(p, std::string(base_name(base)) + " literal has no digits");
        ok = false;
    }
    if (int e = lower(ch()); e == 'e' || e == 'p') {
        if (ok && e == 'e' && prefix != 0 && prefix != '0') {
            error_at(p, quote_rune(*p) + " exponent requires decimal mantissa");
            ok = false;
        } else if (ok && e == 'p' && prefix != 'x') {
            error_at(p, quote_rune(*p) + " exponent requires hexadecimal mantissa");
            ok = false;
        }
        ++p;
        kind = LitKind::Float;
        if (ch() == '+' || ch() == '-')
            ++p;
        int ds = digits(10, nullptr);
        digsep = ds | (digsep & 2);
        if ((ds & 1) == 0 && ok) {
            error_at(p, "exponent has no digits");
            ok = false;
        }
    } else if (prefix == 'x' && kind == LitKind::Float && ok) {
        error_at(p, "hexadecimal mantissa requires a 'p' exponent");
        ok = false;
    }
    if (ch() == 'i') {
        kind = LitKind::Imag;
        ++p;
    }
    std::string_view lit = text(start);
    if (kind == LitKind::Int && invalid >= 0 && ok) {
        error_at(start + invalid,
            "invalid digit " + quote_rune(Char(lit[invalid])) + " in " + base_name(base) + " literal");
        ok = false;
    }
    if ((digsep & 2) != 0 && ok) {
        if (int i = invalid_separator(lit); i >= 0) {
            error_at(start + i, "'_' must separate successive digits");
            ok = false;
        }
    }
    if (kind == LitKind::Imag && ok) {
        error_at(start, "complex numbers are not supported");
        ok = false;
    }
    return literal(start, kind, ok);
}

// One character at the cursor, or -1 at the end (escape and literal re-scans).
int Lexer::peek() const { return m_cur < m_end ? *m_cur : -1; }

// The rune at the cursor (for messages that quote it).
uint32_t Lexer::peek_rune() const
{
    int w;
    return *m_cur < 0x80 ? *m_cur : decode_rune(m_cur, m_end, w);
}

void Lexer::skip_char()
{
    int w = 1;
    if (*m_cur >= 0x80)
        decode_rune(m_cur, m_end, w);
    m_cur += w;
}

// Mirrors escape() in scanner.go; the cursor is just past the backslash. Returns false after
// reporting a malformed escape; an escape cut short by the end of the file is left to the
// caller.
bool Lexer::escape(Char quote)
{
    int n = 0;
    uint32_t base = 0, max = 0;
    int c = peek();
    if (c == quote) {
        ++m_cur;
        return true;
    }
    switch (c) {
    case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v': case '\\':
        ++m_cur;
        return true;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        n = 3, base = 8, max = 255;
        break;
    case 'x': ++m_cur, n = 2, base = 16, max = 255; break;
    case 'u': ++m_cur, n = 4, base = 16, max = kMaxRune; break;
    case 'U': ++m_cur, n = 8, base = 16, max = kMaxRune; break;
    default:
        if (c < 0)
            return true;
        error_at(m_cur, "unknown escape");
        return false;
    }
    uint32_t x = 0;
    for (int i = n; i > 0; --i) {
        c = peek();
        if (c < 0)
            return true;
        uint32_t d = base;
        if (is_decimal(c))
            d = uint32_t(c - '0');
        else if (lower(c) >= 'a' && lower(c) <= 'f')
            d = uint32_t(lower(c) - 'a' + 10);
        if (d >= base) {
            error_at(m_cur, "invalid character " + quote_rune(peek_rune()) + " in " + base_name(int(base)) + " escape");
            return false;
        }
        x = x * base + d;
        ++m_cur;
    }
    if (x > max && base == 8) {
        error_at(m_cur, "octal escape value " + std::to_string(x) + " > 255");
        return false;
    }
    if (x > max || (x >= 0xD800 && x < 0xE000)) {
        error_at(m_cur, "escape is invalid Unicode code point " + sharp_u(x));
        return false;
    }
    return true;
}

// An interpreted string the automaton could not match whole (stdString in scanner.go).
Token Lexer::std_string_slow(const Char* start)
{
    bool ok = true;
    for (;;) {
        int c = peek();
        if (c == '"') {
            ++m_cur;
            break;
        }
        if (c == '\\') {
            ++m_cur;
            ok = escape('"') && ok;
            continue;
        }
        if (c == '\n') {
            if (m_go_scanner)
                error_at(start, "string literal not terminated");
            else
                error_at(m_cur, "newline in string");
            ok = false;
            break;
        }
        if (c < 0) {
            error_at(start, m_go_scanner ? "string literal not terminated" : "string not terminated");
            ok = false;
            break;
        }
        skip_char();
    }
    return literal(start, LitKind::String, ok);
}

// A rune literal the automaton could not match whole (rune in scanner.go).
Token Lexer::rune_slow(const Char* start)
{
    bool ok = true;
    for (int n = 0;; ++n) {
        int c = peek();
        if (c == '\'') {
            if (ok && n == 0) {
                error_at(m_cur, "empty rune literal or unescaped '");
                ok = false;
            } else if (ok && n != 1) {
                error_at(start, "more than one character in rune literal");
                ok = false;
            }
            ++m_cur;
            break;
        }
        if (c == '\\') {
            ++m_cur;
            ok = escape('\'') && ok;
            continue;
        }
        if (c == '\n') {
            if (ok)
                error_at(m_cur, "newline in rune literal");
            ok = false;
            break;
        }
        if (c < 0) {
            if (ok)
                error_at(start, "rune literal not terminated");
            ok = false;
            break;
        }
        skip_char();
    }
    return literal(start, LitKind::Rune, ok);
}

// ---- token spellings for messages ----

std::string_view tok_string(Tok t)
{
    switch (t) {
    case Tok::Eof: return "EOF";
    case Tok::Name: return "name";
    case Tok::Literal: return "literal";
    case Tok::OrOr:
    case Tok::AndAnd:
    case Tok::Cmp:
    case Tok::Add:
    case Tok::Mul:
    case Tok::Not:
    case Tok::Tilde: return "op";
    case Tok::Star: return "*";
    case Tok::AssignOp: return "op=";
    case Tok::IncOp: return "opop";
    case Tok::Assign: return "=";
    case Tok::Define: return ":=";
    case Tok::Arrow: return "<-";
    case Tok::Lparen: return "(";
    case Tok::Lbrack: return "[";
    case Tok::Lbrace:
    case Tok::Lbody: return "{";
    case Tok::Rparen: return ")";
    case Tok::Rbrack: return "]";
    case Tok::Rbrace: return "}";
    case Tok::Comma: return "comma";
    case Tok::Semi: return "semicolon or newline";
    case Tok::Colon: return ":";
    case Tok::Dot: return ".";
    case Tok::DotDotDot: return "...";
    case Tok::Break: return "break";
    case Tok::Case: return "case";
    case Tok::Chan: return "chan";
    case Tok::Const: return "const";
    case Tok::Continue: return "continue";
    case Tok::Default: return "default";
    case Tok::Defer: return "defer";
    case Tok::Else: return "else";
    case Tok::Fallthrough: return "fallthrough";
    case Tok::For: return "for";
    case Tok::Func: return "func";
    case Tok::Go: return "go";
    case Tok::Goto: return "goto";
    case Tok::If: return "if";
    case Tok::Import: return "import";
    case Tok::Interface: return "interface";
    case Tok::Map: return "map";
    case Tok::Package: return "package";
    case Tok::Range: return "range";
    case Tok::Return: return "return";
    case Tok::Select: return "select";
    case Tok::Struct: return "struct";
    case Tok::Switch: return "switch";
    case Tok::Type: return "type";
    case Tok::Var: return "var";
    }
    return "?";
}

std::string describe_token(const Token& t)
{
    switch (t.kind) {
    case Tok::Name:
    case Tok::Semi: return std::string(t.text);
    case Tok::Literal: return "literal " + std::string(t.text);
    case Tok::OrOr:
    case Tok::AndAnd:
    case Tok::Cmp:
    case Tok::Add:
    case Tok::Mul:
    case Tok::Not:
    case Tok::Tilde: return std::string(op_string(t.op));
    case Tok::AssignOp: return std::string(op_string(t.op)) + "=";
    case Tok::IncOp: return std::string(op_string(t.op)) + std::string(op_string(t.op));
    default: return std::string(tok_string(t.kind));
    }
}

} // namespace vitro::lang::detail
