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

QString escaped(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (const uint character : text.toUcs4()) {
        if (!isHidden(character)) {
            result.append(QStringView(QChar::fromUcs4(character)));
        } else if (character < 0x100) {
            result += QStringLiteral("\\x%1").arg(uint(character), 2, 16, QLatin1Char('0'));
        } else {
            result += QStringLiteral("\\u{%1}").arg(uint(character), 4, 16, QLatin1Char('0'));
        }
    }
    return result;
}

} // namespace Stasis::UntrustedText
