// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "checkpointmetadata.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Stasis
{

/// One checkpoint of a container, as the catalog found it.
struct CheckpointInfo {
    QString name;
    /// When the checkpoint's folder was written, in UTC; invalid when unknown.
    QDateTime created;
    /// Bytes on disk; -1 while unknown. Listing does not walk the CRIU images:
    /// the size will come from the metadata file Stasis writes beside them.
    qint64 size = -1;
    /// The checkpoint folder's parent on the engine host as given to `?dir=`;
    /// empty for the engine's default folder under its data root.
    QString directory;
    /// What Stasis wrote beside the CRIU images (CheckpointMetadata::fileName);
    /// empty for checkpoints taken without Stasis.
    std::optional<CheckpointMetadata> metadata = std::nullopt;

    bool operator==(const CheckpointInfo &) const = default;

    /// Checkpoints are told apart by name within their folder.
    bool isSameCheckpoint(const CheckpointInfo &other) const
    {
        return name == other.name && directory == other.directory;
    }
};

} // namespace Stasis
