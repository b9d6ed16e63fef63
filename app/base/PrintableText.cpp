#include "PrintableText.h"

namespace odoodeploy {

namespace {

bool unprintable(char16_t c)
{
    if (c == u'\t' || c == u'\n')
        return false;
    return c < 0x20 || c == 0x7f                  // C0 controls, DEL
           || (c >= 0x80 && c <= 0x9f)             // C1 controls (0x9b is a CSI on some terminals)
           || (c >= 0x202a && c <= 0x202e)         // bidi embeddings and overrides
           || (c >= 0x2066 && c <= 0x2069)         // bidi isolates
           || c == 0x200e || c == 0x200f || c == 0x061c; // direction marks
}

} // namespace

QString printableText(const QString &text)
{
    // Most output is plain: return it untouched, without a copy.
    qsizetype first = 0;
    while (first < text.size() && !unprintable(text.at(first).unicode()))
        ++first;
    if (first == text.size())
        return text;
    QString result;
    result.reserve(text.size());
    result.append(QStringView(text).left(first));
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                continue; // CR LF: one line break
            result.append(u'\n');
        } else {
            result.append(unprintable(c) ? QChar(QChar::ReplacementCharacter) : QChar(c));
        }
    }
    return result;
}

} // namespace odoodeploy
