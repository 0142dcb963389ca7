// SPDX-License-Identifier: GPL-2.0-or-later
#include "pathstat.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Stasis
{

std::optional<PathStat> PathStat::fromHeader(const QByteArray &value)
{
    const auto decoded = QByteArray::fromBase64Encoding(value.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) {
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(decoded.decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    PathStat stat;
    stat.name = object.value(QLatin1String("name")).toString();
    stat.size = object.value(QLatin1String("size")).toInteger();
    stat.mode = quint32(object.value(QLatin1String("mode")).toInteger());
    stat.modified = parseTime(object.value(QLatin1String("mtime")).toString());
    stat.linkTarget = object.value(QLatin1String("linkTarget")).toString();
    return stat;
}

QDateTime PathStat::parseTime(const QString &text)
{
    // Go writes up to nine fraction digits; Qt reads milliseconds.
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d)(?:\\.(\\d+))?(Z|[+-]\\d\\d:\\d\\d)")));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        return {};
    }
    const QString milliseconds = QString(match.captured(2) + QLatin1String("000")).left(3);
    const QDateTime time = QDateTime::fromString(match.captured(1) + QLatin1Char('.') + milliseconds + match.captured(3), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace Stasis
