// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "checkpointmetadata.h"
#include "engineerror.h"

#include <QFuture>

namespace Stasis
{

class EngineClient;

/// Writes CheckpointMetadata into a checkpoint's folder (CheckpointFolder)
/// through a read-write helper container (HelperLease) and `PUT …/archive`, as a plain tar owned by 0/0
/// (UstarWriter), after measuring the checkpoint's size and memory pages
/// through the same helper. The helper is removed again.
class CheckpointMetadataWriter final
{
public:
    /// @p directory: the custom folder the checkpoint was created in; empty
    /// for the container's default folder.
    /// Returns what was written: @p metadata with the measured sizes.
    static QFuture<EngineResult<CheckpointMetadata>>
    write(EngineClient *client, const QString &container, const QString &checkpoint, const QString &directory, const CheckpointMetadata &metadata);
};

} // namespace Stasis
