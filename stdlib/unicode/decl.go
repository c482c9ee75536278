// stdlib/unicode/decl.go — Go 1.19's unicode: the classification and case functions, RangeTable and
// its friends, SpecialCase, the case constants, and every category, script and property table
// variable (values are filled in by the implementation).
//
// Skipped: nothing.
//
// Signatures only: the declarations have no bodies; the native implementations arrive with later
// issues, beside this file, without changing what is declared here.
package unicode

const (
	MaxRune         = '\U0010FFFF'
	ReplacementChar = '\uFFFD'
	MaxASCII        = '\u007F'
	MaxLatin1       = '\u00FF'
	UpperCase       = 0
	LowerCase       = 1
	TitleCase       = 2
	MaxCase         = 3
	UpperLower      = MaxRune + 1
	Version         = "13.0.0"
)

// The special cases, and the tables of graphic and printable characters.
var (
	TurkishCase   SpecialCase
	AzeriCase     SpecialCase
	GraphicRanges []*RangeTable
	PrintRanges   []*RangeTable
)

// The general categories, by name in Categories.
var (
	Categories map[string]*RangeTable
	Cc         *RangeTable
	Cf         *RangeTable
	Co         *RangeTable
	Cs         *RangeTable
	Digit      *RangeTable
	Nd         *RangeTable
	Letter     *RangeTable
	L          *RangeTable
	Lm         *RangeTable
	Lo         *RangeTable
	Lower      *RangeTable
	Ll         *RangeTable
	Mark       *RangeTable
	M          *RangeTable
	Mc         *RangeTable
	Me         *RangeTable
	Mn         *RangeTable
	Nl         *RangeTable
	No         *RangeTable
	Number     *RangeTable
	N          *RangeTable
	Other      *RangeTable
	C          *RangeTable
	Pc         *RangeTable
	Pd         *RangeTable
	Pe         *RangeTable
	Pf         *RangeTable
	Pi         *RangeTable
	Po         *RangeTable
	Ps         *RangeTable
	Punct      *RangeTable
	P          *RangeTable
	Sc         *RangeTable
	Sk         *RangeTable
	Sm         *RangeTable
	So         *RangeTable
	Space      *RangeTable
	Z          *RangeTable
	Symbol     *RangeTable
	S          *RangeTable
	Title      *RangeTable
	Lt         *RangeTable
	Upper      *RangeTable
	Lu         *RangeTable
	Zl         *RangeTable
	Zp         *RangeTable
	Zs         *RangeTable
)

// The scripts, by name in Scripts.
var (
	Scripts                map[string]*RangeTable
	Adlam                  *RangeTable
	Ahom                   *RangeTable
	Anatolian_Hieroglyphs  *RangeTable
	Arabic                 *RangeTable
	Armenian               *RangeTable
	Avestan                *RangeTable
	Balinese               *RangeTable
	Bamum                  *RangeTable
	Bassa_Vah              *RangeTable
	Batak                  *RangeTable
	Bengali                *RangeTable
	Bhaiksuki              *RangeTable
	Bopomofo               *RangeTable
	Brahmi                 *RangeTable
	Braille                *RangeTable
	Buginese               *RangeTable
	Buhid                  *RangeTable
	Canadian_Aboriginal    *RangeTable
	Carian                 *RangeTable
	Caucasian_Albanian     *RangeTable
	Chakma                 *RangeTable
	Cham                   *RangeTable
	Cherokee               *RangeTable
	Chorasmian             *RangeTable
	Common                 *RangeTable
	Coptic                 *RangeTable
	Cuneiform              *RangeTable
	Cypriot                *RangeTable
	Cyrillic               *RangeTable
	Deseret                *RangeTable
	Devanagari             *RangeTable
	Dives_Akuru            *RangeTable
	Dogra                  *RangeTable
	Duployan               *RangeTable
	Egyptian_Hieroglyphs   *RangeTable
	Elbasan                *RangeTable
	Elymaic                *RangeTable
	Ethiopic               *RangeTable
	Georgian               *RangeTable
	Glagolitic             *RangeTable
	Gothic                 *RangeTable
	Grantha                *RangeTable
	Greek                  *RangeTable
	Gujarati               *RangeTable
	Gunjala_Gondi          *RangeTable
	Gurmukhi               *RangeTable
	Han                    *RangeTable
	Hangul                 *RangeTable
	Hanifi_Rohingya        *RangeTable
	Hanunoo                *RangeTable
	Hatran                 *RangeTable
	Hebrew                 *RangeTable
	Hiragana               *RangeTable
	Imperial_Aramaic       *RangeTable
	Inherited              *RangeTable
	Inscriptional_Pahlavi  *RangeTable
	Inscriptional_Parthian *RangeTable
	Javanese               *RangeTable
	Kaithi                 *RangeTable
	Kannada                *RangeTable
	Katakana               *RangeTable
	Kayah_Li               *RangeTable
	Kharoshthi             *RangeTable
	Khitan_Small_Script    *RangeTable
	Khmer                  *RangeTable
	Khojki                 *RangeTable
	Khudawadi              *RangeTable
	Lao                    *RangeTable
	Latin                  *RangeTable
	Lepcha                 *RangeTable
	Limbu                  *RangeTable
	Linear_A               *RangeTable
	Linear_B               *RangeTable
	Lisu                   *RangeTable
	Lycian                 *RangeTable
	Lydian                 *RangeTable
	Mahajani               *RangeTable
	Makasar                *RangeTable
	Malayalam              *RangeTable
	Mandaic                *RangeTable
	Manichaean             *RangeTable
	Marchen                *RangeTable
	Masaram_Gondi          *RangeTable
	Medefaidrin            *RangeTable
	Meetei_Mayek           *RangeTable
	Mende_Kikakui          *RangeTable
	Meroitic_Cursive       *RangeTable
	Meroitic_Hieroglyphs   *RangeTable
	Miao                   *RangeTable
	Modi                   *RangeTable
	Mongolian              *RangeTable
	Mro                    *RangeTable
	Multani                *RangeTable
	Myanmar                *RangeTable
	Nabataean              *RangeTable
	Nandinagari            *RangeTable
	New_Tai_Lue            *RangeTable
	Newa                   *RangeTable
	Nko                    *RangeTable
	Nushu                  *RangeTable
	Nyiakeng_Puachue_Hmong *RangeTable
	Ogham                  *RangeTable
	Ol_Chiki               *RangeTable
	Old_Hungarian          *RangeTable
	Old_Italic             *RangeTable
	Old_North_Arabian      *RangeTable
	Old_Permic             *RangeTable
	Old_Persian            *RangeTable
	Old_Sogdian            *RangeTable
	Old_South_Arabian      *RangeTable
	Old_Turkic             *RangeTable
	Oriya                  *RangeTable
	Osage                  *RangeTable
	Osmanya                *RangeTable
	Pahawh_Hmong           *RangeTable
	Palmyrene              *RangeTable
	Pau_Cin_Hau            *RangeTable
	Phags_Pa               *RangeTable
	Phoenician             *RangeTable
	Psalter_Pahlavi        *RangeTable
	Rejang                 *RangeTable
	Runic                  *RangeTable
	Samaritan              *RangeTable
	Saurashtra             *RangeTable
	Sharada                *RangeTable
	Shavian                *RangeTable
	Siddham                *RangeTable
	SignWriting            *RangeTable
	Sinhala                *RangeTable
	Sogdian                *RangeTable
	Sora_Sompeng           *RangeTable
	Soyombo                *RangeTable
	Sundanese              *RangeTable
	Syloti_Nagri           *RangeTable
	Syriac                 *RangeTable
	Tagalog                *RangeTable
	Tagbanwa               *RangeTable
	Tai_Le                 *RangeTable
	Tai_Tham               *RangeTable
	Tai_Viet               *RangeTable
	Takri                  *RangeTable
	Tamil                  *RangeTable
	Tangut                 *RangeTable
	Telugu                 *RangeTable
	Thaana                 *RangeTable
	Thai                   *RangeTable
	Tibetan                *RangeTable
	Tifinagh               *RangeTable
	Tirhuta                *RangeTable
	Ugaritic               *RangeTable
	Vai                    *RangeTable
	Wancho                 *RangeTable
	Warang_Citi            *RangeTable
	Yezidi                 *RangeTable
	Yi                     *RangeTable
	Zanabazar_Square       *RangeTable
)

// The properties, by name in Properties.
var (
	Properties                         map[string]*RangeTable
	ASCII_Hex_Digit                    *RangeTable
	Bidi_Control                       *RangeTable
	Dash                               *RangeTable
	Deprecated                         *RangeTable
	Diacritic                          *RangeTable
	Extender                           *RangeTable
	Hex_Digit                          *RangeTable
	Hyphen                             *RangeTable
	IDS_Binary_Operator                *RangeTable
	IDS_Trinary_Operator               *RangeTable
	Ideographic                        *RangeTable
	Join_Control                       *RangeTable
	Logical_Order_Exception            *RangeTable
	Noncharacter_Code_Point            *RangeTable
	Other_Alphabetic                   *RangeTable
	Other_Default_Ignorable_Code_Point *RangeTable
	Other_Grapheme_Extend              *RangeTable
	Other_ID_Continue                  *RangeTable
	Other_ID_Start                     *RangeTable
	Other_Lowercase                    *RangeTable
	Other_Math                         *RangeTable
	Other_Uppercase                    *RangeTable
	Pattern_Syntax                     *RangeTable
	Pattern_White_Space                *RangeTable
	Prepended_Concatenation_Mark       *RangeTable
	Quotation_Mark                     *RangeTable
	Radical                            *RangeTable
	Regional_Indicator                 *RangeTable
	STerm                              *RangeTable
	Sentence_Terminal                  *RangeTable
	Soft_Dotted                        *RangeTable
	Terminal_Punctuation               *RangeTable
	Unified_Ideograph                  *RangeTable
	Variation_Selector                 *RangeTable
	White_Space                        *RangeTable
)

// The case mappings and case-folding tables.
var (
	CaseRanges   []CaseRange
	FoldCategory map[string]*RangeTable
	FoldScript   map[string]*RangeTable
)

type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

// d holds the deltas of a CaseRange, indexed by UpperCase, LowerCase and TitleCase.
type d [MaxCase]rune

type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
}

type SpecialCase []CaseRange

func (special SpecialCase) ToLower(r rune) rune
func (special SpecialCase) ToTitle(r rune) rune
func (special SpecialCase) ToUpper(r rune) rune

func In(r rune, ranges ...*RangeTable) bool
func Is(rangeTab *RangeTable, r rune) bool
func IsControl(r rune) bool
func IsDigit(r rune) bool
func IsGraphic(r rune) bool
func IsLetter(r rune) bool
func IsLower(r rune) bool
func IsMark(r rune) bool
func IsNumber(r rune) bool
func IsOneOf(ranges []*RangeTable, r rune) bool
func IsPrint(r rune) bool
func IsPunct(r rune) bool
func IsSpace(r rune) bool
func IsSymbol(r rune) bool
func IsTitle(r rune) bool
func IsUpper(r rune) bool
func SimpleFold(r rune) rune
func To(_case int, r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune
func ToUpper(r rune) rune
