// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "checkpoints/checkpointcopy.h"
#include "engine/engineerror.h"

#include <KJob>

#include <QPointer>

namespace Stasis
{

class EngineClient;
class RestoreJob;

/// Restores a container from a checkpoint the engine cannot start it from
/// directly: one in a custom folder, or one of another container (a clone
/// with the same image and command). Copies the checkpoint into the target's
/// default folder (CheckpointCopy), restores it with a RestoreJob (and its
/// retries), then removes the copy again, whether the restore worked or not:
/// the source keeps the checkpoint.
class RestoreFromJob final : public KJob
{
    Q_OBJECT

public:
    enum Error { CopyFailed = UserDefinedError + 1, RestoreFailed };

    RestoreFromJob(EngineClient *client, const CheckpointCopy::Source &source, const QString &target, QObject *parent = nullptr);

    void start() override;

    const CheckpointCopy::Source &source() const
    {
        return m_source;
    }
    const QString &target() const
    {
        return m_target;
    }
    /// The engine's error of the failed step.
    const EngineError &engineError() const
    {
        return m_engineError;
    }

protected:
    bool doKill() override;

private:
    void copy();
    void restore();
    void removeCopy();

    EngineClient *m_client;
    CheckpointCopy::Source m_source;
    QString m_target;
    QFuture<EngineResult<void>> m_pending;
    QPointer<RestoreJob> m_restore;
    EngineError m_engineError;
};

} // namespace Stasis
