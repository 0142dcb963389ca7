// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "checkpointcopy.h"
#include "restoringjob.h"

namespace Stasis
{

/// Restores a container from a checkpoint the engine cannot start it from
/// directly: one in a custom folder, or one of another container (a clone
/// with the same image and command). Copies the checkpoint into the target's
/// default folder (CheckpointCopy), restores it with a RestoreJob (and its
/// retries), then removes the copy again, whether the restore worked or not:
/// the source keeps the checkpoint. A failed restore hands on the
/// RestoreJob's CRIU details (errorDetails()).
class RestoreFromJob final : public RestoringJob
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
private:
    void copy();
    void restore();
    void removeCopy();

    CheckpointCopy::Source m_source;
    QString m_target;
};

} // namespace Stasis
