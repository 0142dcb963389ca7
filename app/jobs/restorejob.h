// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "engineerror.h"

#include <KJob>
#include <QFuture>

namespace Stasis
{

class EngineClient;

/// Starts a container from one of its checkpoints (`start?checkpoint=`).
/// Retries with a short backoff, saying so through infoMessage(), when
/// containerd answers its known transient "content … already exists".
class RestoreJob final : public KJob
{
    Q_OBJECT
    /// Read by JobQueue for the jobs panel (see JobQueue::errorDetailsProperty).
    Q_PROPERTY(QString errorDetails READ errorDetails)

public:
    enum Error { EngineRefused = UserDefinedError + 1 };

    static constexpr int maximumAttempts = 4;

    RestoreJob(EngineClient *client, const QString &container, const QString &checkpoint, QObject *parent = nullptr);

    void start() override;

    /// The engine's error of the last attempt, when the job failed.
    const EngineError &engineError() const
    {
        return m_engineError;
    }
    int attempts() const
    {
        return m_attempt;
    }
    /// After a CRIU failure: the `Error (…)` lines of CRIU's restore log
    /// (when the engine has not deleted it yet, moby#40529), what to do about
    /// known causes, and the log. Empty when there is nothing beyond errorText().
    const QString &errorDetails() const
    {
        return m_errorDetails;
    }

protected:
    bool doKill() override;

private:
    void attempt();
    void finishWithCriuDetails();

    EngineClient *m_client;
    QString m_container;
    QString m_checkpoint;
    int m_attempt = 0;
    EngineError m_engineError;
    QString m_errorDetails;
    QFuture<EngineResult<void>> m_pending;
};

} // namespace Stasis
