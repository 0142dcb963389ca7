// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Stasis
{

/// One complete line of a container's log.
struct LogLine {
    enum class Stream : quint8 { Stdout, Stderr };

    Stream stream = Stream::Stdout;
    /// When the engine received the line (UTC, millisecond precision); invalid when it sent no timestamp.
    QDateTime timestamp;
    /// The same instant in nanoseconds since the epoch, as the engine sent it; 0 without a timestamp.
    qint64 nanoseconds = 0;
    /// The line without its timestamp and line ending.
    QString text;
};

} // namespace Stasis

Q_DECLARE_METATYPE(Stasis::LogLine)
