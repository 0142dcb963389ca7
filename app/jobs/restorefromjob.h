// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "checkpointcopy.h"
#include "compositejob.h"

namespace Stasis
{

class EngineClient;

/// Restores a container from a checkpoint the engine cannot start it from
/// directly: one in a custom folder, or one of another container (a clone
/// with the same image and command). Steps: optionally create the target,
/// configured as the source container (CreateContainerJob), with the
/// source's file system changes (CopyFileSystemJob); copy the
/// checkpoint into the target's default folder (CopyCheckpointJob); restore
/// it (RestoreJob, with its retries); remove the copy again, whether the
/// restore worked or not (RemoveCheckpointJob): the source keeps the
/// checkpoint. A failed restore hands on the RestoreJob's CRIU details.
///
/// Killable at every step; after a kill it removes a copy that landed.
class RestoreFromJob final : public CompositeJob
{
    Q_OBJECT

public:
    RestoreFromJob(EngineClient *client, const CheckpointCopy::Source &source, const QString &target, QObject *parent = nullptr);

    /// Creates @p target first, configured as the source container (which must be given).
    void setCreateTarget(bool create)
    {
        m_createTarget = create;
    }

    /// Creates it even when the source's configuration reaches the host (HostAccess).
    void setAllowHostAccess(bool allow)
    {
        m_allowHostAccess = allow;
    }

    const CheckpointCopy::Source &source() const
    {
        return m_source;
    }
    const QString &target() const
    {
        return m_target;
    }

protected:
    void run() override;
    void afterKill(const std::function<void()> &done) override;

private:
    void copyFileSystem();
    void copy();
    void restore();
    void removeCopy();

    EngineClient *m_client;
    CheckpointCopy::Source m_source;
    QString m_target;
    bool m_createTarget = false;
    bool m_allowHostAccess = false;
    bool m_copied = false;
};

} // namespace Stasis
