// SPDX-License-Identifier: GPL-2.0-or-later
#include "untrustedtext.h"

#include <QList>

namespace Stasis::UntrustedText
{

bool isHidden(char32_t character)
{
    switch (QChar::category(character)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

namespace
{

/// @p text with the characters @p escapes picks written as escapes: hidden
/// ones of Latin-1 as `\x1b`, the others as `\u{202e}`.
QString escapedWhere(QStringView text, bool (*escapes)(char32_t))
{
    QString result;
    result.reserve(text.size());
    for (const uint character : text.toUcs4()) {
        if (!escapes(character)) {
            result.append(QStringView(QChar::fromUcs4(character)));
        } else if (character < 0x100 && isHidden(character)) {
            result += QStringLiteral("\\x%1").arg(uint(character), 2, 16, QLatin1Char('0'));
        } else {
            result += QStringLiteral("\\u{%1}").arg(uint(character), 4, 16, QLatin1Char('0'));
        }
    }
    return result;
}

bool isBeyondPrintableAscii(char32_t character)
{
    return character < 0x20 || character >= 0x7f;
}

} // namespace

QString escaped(QStringView text)
{
    return escapedWhere(text, isHidden);
}

QString asciiEscaped(QStringView text)
{
    return escapedWhere(text, isBeyondPrintableAscii);
}

} // namespace Stasis::UntrustedText
