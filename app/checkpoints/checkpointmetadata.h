// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QLatin1StringView>
#include <QString>

#include <expected>

namespace Stasis
{

/// What Stasis writes beside the CRIU images of a checkpoint it created
/// (fileName in the checkpoint's folder): facts the engine does not keep.
struct CheckpointMetadata {
    Q_DECLARE_TR_FUNCTIONS(Stasis::CheckpointMetadata)

public:
    static constexpr QLatin1StringView fileName{"stasis.json"};
    /// The largest file read: Stasis writes a few hundred bytes.
    static constexpr qint64 maxFileSize = 64 * 1024;

    /// How long the engine took to checkpoint; -1 when unknown.
    qint64 dumpMilliseconds = -1;
    /// Bytes on disk of the checkpoint's files; -1 when not measured.
    qint64 size = -1;
    /// Bytes of the memory pages (`pages-*.img`); -1 when not measured.
    qint64 memoryPagesSize = -1;
    bool leftRunning = false;
    QString engineVersion;
    QString stasisVersion;
    /// When the checkpoint was taken, in UTC.
    QDateTime created;

    bool operator==(const CheckpointMetadata &) const = default;

    /// The metadata, or why @p json is none (not Stasis's document, or a
    /// field of the wrong type: a sentence naming the field).
    static std::expected<CheckpointMetadata, QString> fromJson(const QByteArray &json);
    QByteArray toJson() const;
};

} // namespace Stasis
