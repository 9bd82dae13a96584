#pragma once

#include <QString>

namespace gtol::japanese {

// Japanese text normalisation used by the field rules and by facility search. Pure functions on
// QString; no locale or ICU dependency, so every platform gives the same answer.

// Full-width ASCII (U+FF01..U+FF5E) and the ideographic space to their ASCII forms.
QString fullWidthAsciiToAscii(const QString &text);
// Half-width katakana (U+FF61..U+FF9F), including voiced-mark sequences such as ｶﾞ, to full width.
QString halfWidthKatakanaToFullWidth(const QString &text);
// Hiragana (U+3041..U+3096, ゝゞ) to katakana.
QString hiraganaToKatakana(const QString &text);
// Katakana to hiragana (for search folding).
QString katakanaToHiragana(const QString &text);
// Trim, then fold every run of white space (ASCII, U+3000, tabs) into one U+3000.
QString foldSpacesToIdeographic(const QString &text);
// ASCII letters and digits to their full-width forms (names are stored full-width).
QString asciiToFullWidth(const QString &text);

} // namespace gtol::japanese
