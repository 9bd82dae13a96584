#include "japanesetext.h"

namespace gtol::japanese {

namespace {
constexpr char16_t kIdeographicSpace = 0x3000;

bool isHalfWidthKatakana(char16_t c)
{
    return c >= 0xFF61 && c <= 0xFF9F;
}

bool isSpace(QChar c)
{
    return c.isSpace() || c.unicode() == kIdeographicSpace;
}
} // namespace

QString fullWidthAsciiToAscii(const QString &text)
{
    QString result = text;
    for (QChar &c : result) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0));
        else if (u == kIdeographicSpace)
            c = QChar(u' ');
    }
    return result;
}

QString halfWidthKatakanaToFullWidth(const QString &text)
{
    // NFKC maps half-width katakana to full width and composes a following ﾞ/ﾟ into the voiced
    // letter (ｶﾞ -> ガ), exactly what is wanted; but applied to the whole string it would also
    // rewrite unrelated characters (①, ㈱, full-width ASCII), so only runs of half-width katakana
    // go through it.
    QString result;
    result.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isHalfWidthKatakana(text.at(i).unicode())) {
            result.append(text.at(i++));
            continue;
        }
        const qsizetype start = i;
        while (i < text.size() && isHalfWidthKatakana(text.at(i).unicode()))
            ++i;
        QString run = text.mid(start, i - start).normalized(QString::NormalizationForm_KC);
        // A voicing mark with nothing to attach to stays a visible mark (゛ ゜), not a combining one.
        run.replace(QChar(char16_t(0x3099)), QChar(char16_t(0x309B)));
        run.replace(QChar(char16_t(0x309A)), QChar(char16_t(0x309C)));
        result.append(run);
    }
    return result;
}

QString hiraganaToKatakana(const QString &text)
{
    QString result = text;
    for (QChar &c : result) {
        const char16_t u = c.unicode();
        if ((u >= 0x3041 && u <= 0x3096) || u == 0x309D || u == 0x309E)
            c = QChar(char16_t(u + 0x60));
    }
    return result;
}

QString katakanaToHiragana(const QString &text)
{
    QString result = text;
    for (QChar &c : result) {
        const char16_t u = c.unicode();
        if ((u >= 0x30A1 && u <= 0x30F6) || u == 0x30FD || u == 0x30FE)
            c = QChar(char16_t(u - 0x60));
    }
    return result;
}

QString foldSpacesToIdeographic(const QString &text)
{
    QString result;
    result.reserve(text.size());
    bool pendingSpace = false;
    for (QChar c : text) {
        if (isSpace(c)) {
            pendingSpace = !result.isEmpty();
            continue;
        }
        if (pendingSpace) {
            result.append(QChar(kIdeographicSpace));
            pendingSpace = false;
        }
        result.append(c);
    }
    return result;
}

QString asciiToFullWidth(const QString &text)
{
    QString result = text;
    for (QChar &c : result) {
        const char16_t u = c.unicode();
        if (u >= 0x21 && u <= 0x7E)
            c = QChar(char16_t(u + 0xFEE0));
        else if (u == u' ')
            c = QChar(kIdeographicSpace);
    }
    return result;
}

} // namespace gtol::japanese
