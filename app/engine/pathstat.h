// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Stasis
{

/// A path's stat as the engine reports it in the `X-Docker-Container-Path-Stat`
/// header of `HEAD /containers/{id}/archive` (base64 of Go's JSON).
struct PathStat {
    QString name;
    qint64 size = 0;
    /// Go's os.FileMode: permission bits plus type bits in the high bits.
    quint32 mode = 0;
    /// In UTC.
    QDateTime modified;
    QString linkTarget;

    bool isDirectory() const
    {
        return mode & (1U << 31);
    }
    /// A block or character device (os.ModeDevice).
    bool isDevice() const
    {
        return mode & (1U << 26);
    }

    /// Decodes the header's value; nullopt when it is not base64 of a JSON object.
    static std::optional<PathStat> fromHeader(const QByteArray &value);
    /// Parses Go's RFC 3339 time with nanoseconds and any zone, to UTC.
    static QDateTime parseTime(const QString &text);
};

} // namespace Stasis
