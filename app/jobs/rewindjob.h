// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "engine/engineerror.h"

#include <KJob>

#include <QFuture>
#include <QPointer>

namespace Stasis
{

class EngineClient;
class RestoreJob;

/// "Stop, then restore": rewinds a running container to one of its
/// checkpoints. The engine refuses to restore a running container (304), so
/// the container is stopped first, with a short grace period.
class RewindJob final : public KJob
{
    Q_OBJECT

public:
    enum Error { StopFailed = UserDefinedError + 1, RestoreFailed };

    static constexpr int stopTimeoutSeconds = 2;

    RewindJob(EngineClient *client, const QString &container, const QString &checkpoint, QObject *parent = nullptr);

    void start() override;

    const EngineError &engineError() const
    {
        return m_engineError;
    }

protected:
    bool doKill() override;

private:
    void stop();
    void restore();

    EngineClient *m_client;
    QString m_container;
    QString m_checkpoint;
    QFuture<EngineResult<void>> m_pending;
    QPointer<RestoreJob> m_restore;
    EngineError m_engineError;
};

} // namespace Stasis
