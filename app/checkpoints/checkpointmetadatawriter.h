// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "checkpoints/checkpointmetadata.h"
#include "engine/engineerror.h"

#include <QFuture>

namespace Stasis
{

class EngineClient;

/// Writes CheckpointMetadata into a checkpoint's folder through a read-write
/// HelperContainer and `PUT …/archive`, as a plain tar owned by 0/0
/// (UstarWriter). The helper is removed again.
class CheckpointMetadataWriter final
{
public:
    /// @p directory: the custom folder the checkpoint was created in; empty
    /// for the container's default folder.
    static QFuture<EngineResult<void>>
    write(EngineClient *client, const QString &container, const QString &checkpoint, const QString &directory, const CheckpointMetadata &metadata);
};

} // namespace Stasis
