// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "engine/engineerror.h"

#include <QFuture>

namespace Stasis
{

class EngineClient;

/// Copies one checkpoint folder into a container's default checkpoint folder
/// (`<DockerRootDir>/containers/<id>/checkpoints/<name>`), the only place
/// the engine restores from: it refuses `start` with a checkpoint-dir.
///
/// Through the engine alone, without root on the client: a read-only helper
/// container over the source folder exports the checkpoint with
/// `GET …/archive` (a plain tar the engine writes, owners 0/0), and a
/// read-write helper over the target container's folder extracts it with
/// `PUT …/archive`. Both helpers are removed whatever happens; a partly
/// extracted copy is removed again.
class CheckpointCopy final
{
public:
    struct Source {
        /// The container whose default folder holds the checkpoint; unused
        /// when directory is given.
        QString container;
        /// A custom checkpoint folder (engine host path), as given to `?dir=`.
        QString directory;
        QString checkpoint;
    };

    /// Copies @p source into @p target (name or id). Fails without copying
    /// when @p target already has a checkpoint of that name.
    static QFuture<EngineResult<void>> copy(EngineClient *client, const Source &source, const QString &target);
};

} // namespace Stasis
