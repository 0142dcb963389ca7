// SPDX-License-Identifier: GPL-2.0-or-later
#include "timelineticks.h"

#include <QDateTime>
#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QPalette>

#include <array>
#include <cmath>

namespace Stasis
{

namespace
{
constexpr qint64 second = TimelineTicks::second;
constexpr qint64 minute = 60 * second;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;
constexpr std::array tickSteps{second,      2 * second,  5 * second,  10 * second, 15 * second, 30 * second, minute,   2 * minute, 5 * minute,
                               10 * minute, 15 * minute, 30 * minute, hour,        2 * hour,    3 * hour,    6 * hour, 12 * hour,  day,
                               2 * day,     7 * day,     14 * day,    30 * day,    91 * day,    182 * day,   365 * day};
constexpr int tickLength = TimelineTicks::tickLength;
} // namespace

void TimelineTicks::paint(QPainter &painter, const QPalette &palette, const QFontMetrics &metrics, const Geometry &geometry)
{
    const int width = geometry.width;
    const int axis = geometry.axisY;
    const int labelWidth = metrics.horizontalAdvance(QStringLiteral("00:00:00")) + geometry.margin;
    qint64 step = tickSteps.back();
    for (qint64 candidate : tickSteps) {
        if (double(candidate) * geometry.scale >= labelWidth) {
            step = candidate;
            break;
        }
    }
    const QString timeFormat = step < minute ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm");
    const QLocale locale;
    const auto timeAt = [&geometry](double x) {
        return geometry.first + qint64(std::floor((x + geometry.offset - geometry.leftPad) / geometry.scale));
    };
    const qint64 leftTime = timeAt(-labelWidth);
    const qint64 rightTime = timeAt(width + labelWidth);
    // Align ticks to the local clock (whole minutes, hours, midnights).
    const qint64 zoneOffset = qint64(QDateTime::fromMSecsSinceEpoch(leftTime).offsetFromUtc()) * second;
    qint64 tick = (leftTime + zoneOffset) / step * step - zoneOffset;
    QDate previousDate;
    for (; tick <= rightTime; tick += step) {
        const int x = int(std::lround(geometry.leftPad + double(tick - geometry.first) * geometry.scale)) - geometry.offset;
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(tick);
        painter.setPen(QPen(palette.color(QPalette::Text), 1));
        painter.drawLine(QPointF(x + 0.5, axis), QPointF(x + 0.5, axis + tickLength));
        const QRect firstLine(x - labelWidth / 2, axis + tickLength + 1, labelWidth, metrics.height());
        if (step < day) {
            painter.drawText(firstLine, Qt::AlignHCenter | Qt::AlignTop, locale.toString(local.time(), timeFormat));
            if (local.date() != previousDate) {
                painter.setPen(palette.color(QPalette::PlaceholderText));
                painter.drawText(firstLine.translated(0, metrics.height()),
                                 Qt::AlignHCenter | Qt::AlignTop,
                                 locale.toString(local.date(), QLocale::ShortFormat));
                previousDate = local.date();
            }
        } else {
            painter.drawText(firstLine, Qt::AlignHCenter | Qt::AlignTop, locale.toString(local.date(), QLocale::ShortFormat));
        }
    }
}

} // namespace Stasis
