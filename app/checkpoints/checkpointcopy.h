// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "engineerror.h"

#include <QFuture>

#include <functional>

namespace Stasis
{

class EngineClient;

/// Copies one checkpoint folder into a container's default checkpoint folder
/// (`<DockerRootDir>/containers/<id>/checkpoints/<name>`), the only place
/// the engine restores from: it refuses `start` with a checkpoint-dir.
///
/// Through the engines alone, without root on the client, in bounded memory
/// and atomically: a read-only helper container over the source folder
/// first lists the checkpoint's files and their sizes (`stasis-stage list`,
/// CheckpointListing), then streams them with `GET …/archive` into a
/// FreshTarDevice (CheckpointCopySource), which turns the stream into a
/// fresh root-owned tar (files 0600, folders 0700) as CheckpointStager
/// uploads it into a staging folder beside the target's `checkpoints/` and
/// renames it into place in one step, once the files arrived exactly as
/// listed. The engine never lists a half-written copy; on failure nothing
/// stays behind. The helpers are removed whatever happens.
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
        /// The engine the source is on, when it is not the target's: the
        /// copy then streams from one engine to the other through this
        /// process, never held whole on the client.
        EngineClient *engine = nullptr;
    };

    /// A copy under way.
    struct Run {
        /// Finishes when the copy landed, failed or was cancelled, and its
        /// helpers and staging folder are gone.
        QFuture<EngineResult<void>> done;
        /// Stops the copy: nothing lands in the target, unless the copy was
        /// already being committed (then done says it succeeded).
        std::function<void()> cancel;
    };

    /// Copies @p source into @p target (name or id). Fails without copying
    /// when @p target already has a checkpoint of that name.
    static Run copy(EngineClient *client, const Source &source, const QString &target);
};

} // namespace Stasis
