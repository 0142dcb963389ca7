// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "restoringjob.h"

namespace Stasis
{

/// "Stop, then restore": rewinds a running container to one of its
/// checkpoints. The engine refuses to restore a running container (304), so
/// the container is stopped first, with a short grace period. A failed
/// restore hands on the RestoreJob's CRIU details (errorDetails()).
class RewindJob final : public RestoringJob
{
    Q_OBJECT

public:
    enum Error { StopFailed = UserDefinedError + 1, RestoreFailed };

    static constexpr int stopTimeoutSeconds = 2;

    RewindJob(EngineClient *client, const QString &container, const QString &checkpoint, QObject *parent = nullptr);

    void start() override;

private:
    void stop();
    void restore();

    QString m_container;
    QString m_checkpoint;
};

} // namespace Stasis
