// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

class QObject;

namespace Stasis
{

class EngineClient;
class Job;

/// What a user asks for when restoring, and the one place that decides which
/// job does it — the window and stasisctl both ask here.
struct RestoreRequest {
    /// The container to start from the checkpoint (name or id).
    QString container;
    QString checkpoint;
    /// A custom folder (engine host path) holding the checkpoint; empty: a
    /// container's default folder.
    QString directory;
    /// The container whose default folder holds the checkpoint; empty (or
    /// the target itself): the target's own.
    QString sourceContainer;
    /// Create the target first, configured as sourceContainer.
    bool createTarget = false;
    /// Create it even when the source's configuration reaches the host (HostAccess).
    bool allowHostAccess = false;
    /// The target runs: stop it first.
    bool rewind = false;

    enum class Kind {
        /// `start?checkpoint=` of the target's own checkpoint (RestoreJob).
        Restore,
        /// Stop, then restore (RewindJob).
        Rewind,
        /// Copy into the target's folder, restore, remove the copy (RestoreFromJob).
        RestoreFrom,
    };
    /// A checkpoint the engine cannot start from directly (another folder,
    /// another container, a container to create) needs a copy; else a running
    /// target is rewound.
    Kind kind() const;

    /// The job that carries out this request.
    Job *makeJob(EngineClient *client, QObject *parent = nullptr) const;
};

} // namespace Stasis
