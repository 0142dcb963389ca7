// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtGlobal>

class QFontMetrics;
class QPainter;
class QPalette;

namespace Stasis
{

/// The ticks and time labels under CheckpointTimelineView's axis: steps from
/// a second to a year, the smallest whose labels fit, aligned to the local
/// clock (whole minutes, hours, midnights), the date under the first time of
/// each day.
class TimelineTicks final
{
public:
    static constexpr qint64 second = 1000;
    static constexpr int tickLength = 4;

    /// Where time is on the viewport: time @p first is at content x @p leftPad,
    /// @p scale pixels per millisecond, the content scrolled by @p offset.
    struct Geometry {
        qint64 first = 0;
        double leftPad = 0;
        double scale = 0.001;
        int offset = 0;
        int width = 0;
        int axisY = 0;
        /// Labels keep this much room on each side.
        int margin = 0;
    };

    static void paint(QPainter &painter, const QPalette &palette, const QFontMetrics &metrics, const Geometry &geometry);
};

} // namespace Stasis
