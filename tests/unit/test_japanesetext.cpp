#include "catch.h"

#include "rules/japanesetext.h"

using namespace gtol::japanese;

TEST_CASE("Half-width katakana becomes full width, voiced marks composed", "[japanese]")
{
    CHECK(halfWidthKatakanaToFullWidth(QStringLiteral("ﾔﾏﾀﾞ ﾀﾛｳ")) == QStringLiteral("ヤマダ タロウ"));
    CHECK(halfWidthKatakanaToFullWidth(QStringLiteral("ﾊﾟｰｸ")) == QStringLiteral("パーク"));
    CHECK(halfWidthKatakanaToFullWidth(QStringLiteral("ｳﾞｨ")) == QStringLiteral("ヴィ"));
    // Only katakana runs are touched: full-width digits and circled numbers stay as typed.
    CHECK(halfWidthKatakanaToFullWidth(QStringLiteral("①１ｱ")) == QStringLiteral("①１ア"));
    // A lone voicing mark stays visible instead of turning into a combining character.
    CHECK(halfWidthKatakanaToFullWidth(QStringLiteral("ﾞ")) == QStringLiteral("゛"));
}

TEST_CASE("Hiragana and katakana convert both ways", "[japanese]")
{
    CHECK(hiraganaToKatakana(QStringLiteral("やまだ　たろう")) == QStringLiteral("ヤマダ　タロウ"));
    CHECK(hiraganaToKatakana(QStringLiteral("ゔぁ")) == QStringLiteral("ヴァ"));
    CHECK(katakanaToHiragana(QStringLiteral("ヤマダ・ヴ")) == QStringLiteral("やまだ・ゔ"));
    CHECK(hiraganaToKatakana(QStringLiteral("ー")) == QStringLiteral("ー"));
}

TEST_CASE("Full-width ASCII and spaces", "[japanese]")
{
    CHECK(fullWidthAsciiToAscii(QStringLiteral("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ")) == QStringLiteral("taro@example.jp"));
    CHECK(fullWidthAsciiToAscii(QStringLiteral("０７４２－１２")) == QStringLiteral("0742-12"));
    CHECK(asciiToFullWidth(QStringLiteral("AB 1")) == QStringLiteral("ＡＢ　１"));
    CHECK(foldSpacesToIdeographic(QStringLiteral("  院長 \t　 太郎  ")) == QStringLiteral("院長　太郎"));
    CHECK(foldSpacesToIdeographic(QStringLiteral("　")).isEmpty());
}
